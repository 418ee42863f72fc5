/**
 * `dl-tutor validate FILE...`: checks lesson files and prints every problem, one per line.
 */
import { markDuplicateIds } from '../../lesson/duplicate-ids.js';
import { loadLessonFile } from '../../lesson/load.js';
import type { Lang } from '../../lesson/model.js';
import { EXIT } from '../exit-codes.js';
import type { CommandIo } from './io.js';
import { commandMessages } from './messages.js';

/**
 * Validates the files together (an id used twice is an error of the later file). Prints each
 * problem to `err` and `ok: FILE (N stages)` to `out` for each good file.
 *
 * @returns EXIT.ok (0) when every file is a valid lesson, EXIT.usage (2) otherwise
 */
export async function runValidate(files: string[], io: CommandIo, lang: Lang = 'en') {
  if (files.length === 0) {
    io.err(commandMessages(lang).validateUsage);
    return EXIT.usage;
  }

  const loaded = await Promise.all(
    files.map(async (file) => ({ file, result: await loadLessonFile(file) })),
  );
  let isAllValid = true;
  for (const { file, result } of markDuplicateIds(loaded)) {
    if (result.lesson && result.errors.length === 0) {
      io.out(`ok: ${file} (${result.lesson.stages.length} stages)`);
      continue;
    }
    isAllValid = false;
    for (const error of result.errors) io.err(String(error));
  }
  return isAllValid ? EXIT.ok : EXIT.usage;
}

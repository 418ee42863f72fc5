/**
 * `dl-tutor new NAME`: writes a commented starter lesson to start from.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../lesson/model.js';
import { isLessonId, starterLesson } from '../../lesson/starter.js';
import { EXIT } from '../exit-codes.js';
import type { CommandIo } from './io.js';
import { commandMessages } from './messages.js';

export interface NewOptions {
  /** The folder to write into; the CLI passes the user's lesson folder or --dir. */
  dir: string;
  lang: Lang;
}

/**
 * Writes `<dir>/<name>.yaml`, never over an existing file.
 *
 * @returns EXIT.ok (0) when written; EXIT.usage (2) for a bad name, an existing file or a
 *   file that cannot be written
 */
export async function runNew(name: string, io: CommandIo, options: NewOptions) {
  const messages = commandMessages(options.lang);
  if (!isLessonId(name)) {
    io.err(messages.badName(name));
    return EXIT.usage;
  }

  const file = join(options.dir, `${name}.yaml`);
  try {
    await mkdir(options.dir, { recursive: true });
    // "wx" fails if the file exists, so an existing lesson is never replaced.
    await writeFile(file, starterLesson(name), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'EEXIST' ? messages.exists(file) : messages.cannotWrite(file, code ?? String(error)),
    );
    return EXIT.usage;
  }

  io.out(messages.created(file));
  io.out(messages.next(file));
  return EXIT.ok;
}

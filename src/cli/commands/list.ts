/**
 * `dl-tutor list`: the lessons there are, bundled and the user's, broken ones with their first
 * problem.
 */
import { listLessons, type CatalogOptions } from '../../lesson/catalog.js';
import { userLessonDir } from '../../lesson/lesson-dirs.js';
import type { Lang } from '../../lesson/model.js';
import { pick } from '../../messages/index.js';
import { EXIT } from '../exit-codes.js';
import type { CommandIo } from './io.js';
import { commandMessages } from './messages.js';

/**
 * Prints one block per lesson: `id  title  [source]`, then its description or, for a broken
 * lesson, its first problem. Ends with the user's lesson folder.
 *
 * @returns EXIT.ok; a broken lesson is shown, not a failure of the command
 */
export async function runList(io: CommandIo, options: CatalogOptions & { lang: Lang }) {
  const messages = commandMessages(options.lang);
  const entries = await listLessons(options);
  if (entries.length === 0) io.out(messages.noLessons);

  const width = Math.max(0, ...entries.map((entry) => entry.id.length));
  for (const entry of entries) {
    const tag = entry.status === 'ok' ? entry.source : `${entry.source}, ${messages.broken}`;
    const title = pick(entry.title, options.lang);
    io.out(`${entry.id.padEnd(width)}  ${title ? `${title}  ` : ''}[${tag}]`);
    const detail = entry.status === 'ok' ? pick(entry.description, options.lang) : entry.firstError;
    if (detail) io.out(`${' '.repeat(width + 2)}${detail}`);
  }
  io.out(messages.userFolder(userLessonDir(options.env)));
  return EXIT.ok;
}

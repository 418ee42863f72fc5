/** The part of `dl-tutor --help` after the options: lessons, answers, folders, exit codes. */
import { join } from 'node:path';
import { userLessonDir, type LessonEnv } from '../lesson/lesson-dirs.js';
import type { Lang } from '../lesson/model.js';
import { dataDir, progressDir } from './data-paths.js';
import { say } from './text/index.js';

/** The text after the options of `dl-tutor --help`, with the folders this environment uses. */
export function rootHelp(env: LessonEnv, lang: Lang): string {
  const folders = {
    data: dataDir(env),
    lessons: userLessonDir(env),
    progress: join(progressDir(env), ''),
  };
  return [
    '',
    say(lang, 'help.about-lessons'),
    '',
    say(lang, 'help.about-answers'),
    '',
    say(lang, 'help.about-plain'),
    '',
    say(lang, 'help.about-folders', folders),
    '',
    say(lang, 'help.exit-codes'),
  ].join('\n');
}

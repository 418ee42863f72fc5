/** What every command gets from main.ts: the language, the environment and the streams. */
import type { LessonEnv } from '../lesson/lesson-dirs.js';
import type { Lang } from '../lesson/model.js';
import type { CommandIo } from './commands/io.js';

export interface CliContext {
  /** From `--lang` or the locale, found before parsing so that `--help` is in it too. */
  lang: Lang;
  env: LessonEnv;
  io: CommandIo;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Set by the command that ran. */
  exitCode: number;
}

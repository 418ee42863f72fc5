/**
 * `dl-tutor export [LESSON] --numpy [--seed N]`: the lesson as a standalone numpy program.
 */
import type { LessonEnv } from '../../lesson/lesson-dirs.js';
import type { Lang } from '../../lesson/model.js';
import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { ExportError } from '../numpy/export-error.js';
import { numpyProgram } from '../numpy/numpy-program.js';
import { openLesson } from '../open-lesson.js';
import { say } from '../text/index.js';
import type { CommandIo } from './io.js';

export interface ExportOptions {
  lesson: string;
  isNumpy: boolean;
  seed?: number;
  lang: Lang;
  env: LessonEnv;
}

/** Prints the program to `io.out`; 2 when no format is chosen or the lesson cannot be written. */
export async function runExport(io: CommandIo, options: ExportOptions): Promise<number> {
  if (!options.isNumpy) throw new CliError(say(options.lang, 'error.export-format'));
  const engine = await openLesson(options.lesson, options.env, options.lang, options.seed);

  let program: string;
  try {
    program = numpyProgram(engine, options.lang);
  } catch (error) {
    if (error instanceof ExportError) throw new CliError(error.message);
    throw error;
  }
  io.out(program.trimEnd());
  return EXIT.ok;
}

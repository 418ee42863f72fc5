/**
 * From a LESSON argument to an engine: finds the lesson (bundled id, user id or path),
 * compiles it and, with a seed, takes the variant. The engine (and mathjs) loads on first use.
 */
import type { LessonEngine } from '../engine/lesson-engine.js';
import { findLesson } from '../lesson/catalog.js';
import type { LessonEnv } from '../lesson/lesson-dirs.js';
import type { Lang } from '../lesson/model.js';
import type { LessonKey } from '../session/progress-store.js';
import { CliError } from './cli-error.js';
import { say } from './text/index.js';

/** The lesson of commands given none (and of plain mode). */
export const DEFAULT_LESSON = 'matrix-backprop';

export interface Opened {
  engine?: LessonEngine;
  /** Every problem of a lesson that cannot be opened, one line each. */
  errors: string[];
}

/** Opens a lesson; never throws. */
export async function tryOpenLesson(
  idOrPath: string,
  env: LessonEnv,
  seed?: number,
): Promise<Opened> {
  const result = await findLesson(idOrPath, { env });
  if (!result.compiled || result.errors.length > 0) {
    return { errors: result.errors.map(String) };
  }

  const { LessonEngine } = await import('../engine/lesson-engine.js');
  const engine = new LessonEngine(result.compiled);
  return { engine: seed === undefined ? engine : engine.variant(seed), errors: [] };
}

/**
 * Opens a lesson or throws a CliError (exit 2) naming its first problem and how many more
 * there are.
 */
export async function openLesson(
  idOrPath: string,
  env: LessonEnv,
  lang: Lang,
  seed?: number,
): Promise<LessonEngine> {
  const { engine, errors } = await tryOpenLesson(idOrPath, env, seed);
  if (engine) return engine;

  const [first = say(lang, 'error.lesson-unknown', { lesson: idOrPath })] = errors;
  const more =
    errors.length > 1 ? say(lang, 'error.lesson-more', { count: errors.length - 1 }) : '';
  throw new CliError(`${first}${more}`);
}

/** The key progress of this engine is saved under. */
export function lessonKey(engine: LessonEngine, seed?: number): LessonKey {
  return {
    id: engine.lesson.id,
    version: engine.lesson.version,
    stages: engine.stages.length,
    updates: engine.updates,
    ...(seed === undefined ? {} : { seed }),
  };
}

/**
 * Where dl-tutor keeps its data: `$DL_TUTOR_HOME` when set, else the platform's data folder
 * (on Linux `~/.local/share/dl-tutor`). Lessons of the user are in `lessons/`, progress in
 * `progress/`, one file per lesson key.
 */
import envPaths from 'env-paths';
import { join } from 'node:path';
import type { LessonEnv } from '../lesson/lesson-dirs.js';
import type { LessonKey } from '../session/progress-store.js';

/** The data folder. */
export function dataDir(env: LessonEnv): string {
  const home = env.DL_TUTOR_HOME;
  if (home !== undefined && home !== '') return home;
  return envPaths('dl-tutor', { suffix: '' }).data;
}

/** The folder of the progress files. */
export function progressDir(env: LessonEnv): string {
  return join(dataDir(env), 'progress');
}

/**
 * The progress file of a lesson key. Lesson ids are `[a-z0-9-]+`, so they are safe in a file
 * name; anything else is replaced all the same.
 *
 * @example progressFileName({ id: 'matrix-backprop', version: 1, stages: 13, updates: 3 })
 *   // "matrix-backprop.v1.json"
 * @example progressFileName({ ...key, seed: 42 })  // "matrix-backprop.v1.seed-42.json"
 */
export function progressFileName(key: LessonKey): string {
  const id = key.id.replace(/[^a-z0-9-]/g, '_');
  const seed = key.seed === undefined ? '' : `.seed-${key.seed}`;
  return `${id}.v${key.version}${seed}.json`;
}

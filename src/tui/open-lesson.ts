/**
 * Opening a lesson for a session: the engine from the CLI (a variant when a seed is given), the
 * key its progress is saved under, and the progress saved before.
 */
import type { LessonEngine } from '../engine/lesson-engine.js';
import { pick } from '../messages/index.js';
import type { LessonKey } from '../session/progress-store.js';
import type { SessionState } from '../session/state.js';
import type { TuiOptions } from './options.js';
import { sanitizeLine } from '../lesson/sanitize.js';

export interface ReadyLesson {
  engine: LessonEngine;
  key: LessonKey;
  title: string;
  /** Progress saved before, when there is any worth resuming. */
  saved?: SessionState;
  /** The store's warning (unreadable file moved aside, folder not readable). */
  warning?: string;
}

export type OpenResult = { ready: ReadyLesson } | { errors: string[] };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasProgress(state: SessionState | undefined): state is SessionState {
  return state !== undefined && (state.records.length > 0 || state.phase.kind !== 'intro');
}

/**
 * @param isReset forget the saved progress instead of offering it (`--reset`)
 */
export async function openForSession(
  options: TuiOptions,
  idOrPath: string,
  isReset: boolean,
): Promise<OpenResult> {
  let base: LessonEngine | undefined;
  try {
    const opened = await options.openLesson(idOrPath);
    if (!opened.engine) return { errors: opened.errors };
    base = opened.engine;
  } catch (error) {
    return { errors: [message(error)] };
  }

  const engine = options.seed === undefined ? base : base.variant(options.seed);
  const { lesson } = engine;
  const key: LessonKey = {
    id: lesson.id,
    version: lesson.version,
    stages: engine.stages.length,
    updates: engine.updates,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
  const title = sanitizeLine(pick(lesson.title, options.lang)) || lesson.id;

  try {
    if (isReset) {
      const warning = await options.progress.clear(key);
      return { ready: { engine, key, title, ...(warning ? { warning } : {}) } };
    }
    const loaded = await options.progress.load(key);
    const saved = hasProgress(loaded.state) ? { saved: loaded.state } : {};
    return {
      ready: {
        engine,
        key,
        title,
        ...saved,
        ...(loaded.warning ? { warning: loaded.warning } : {}),
      },
    };
  } catch (error) {
    return { ready: { engine, key, title, warning: message(error) } };
  }
}

/**
 * Where a session's progress is kept. The CLI provides a store on disk; tests use memory.
 * A store never throws: problems come back as warnings the renderer shows.
 */
import type { SessionState } from './state.js';

export interface LessonKey {
  id: string;
  version: number;
  stages: number;
  updates: number;
  /** Variants (`quiz --seed N`) keep their own progress. */
  seed?: number;
}

export interface LoadedProgress {
  state?: SessionState;
  /** Set when a file was unreadable (and moved aside) or the folder could not be read. */
  warning?: string;
}

export interface ProgressStore {
  load(key: LessonKey): Promise<LoadedProgress>;
  /** Saves atomically. Returns a warning instead of throwing when saving is impossible. */
  save(key: LessonKey, state: SessionState): Promise<string | undefined>;
  /** Forgets the progress of a lesson (`--reset`). */
  clear(key: LessonKey): Promise<string | undefined>;
}

/** A store in memory, for tests and for `--no-save`. */
export function memoryStore(): ProgressStore & { saved: Map<string, SessionState> } {
  const saved = new Map<string, SessionState>();
  const name = (key: LessonKey) =>
    `${key.id}@${key.version}${key.seed === undefined ? '' : `#${key.seed}`}`;
  return {
    saved,
    load: async (key) => {
      const state = saved.get(name(key));
      return state ? { state } : {};
    },
    save: async (key, state) => {
      saved.set(name(key), state);
      return undefined;
    },
    clear: async (key) => {
      saved.delete(name(key));
      return undefined;
    },
  };
}

/**
 * A progress store that knows which saves are still being written, so that quitting on a
 * signal can wait for them instead of cutting the last one off.
 */
import type { ProgressStore } from '../session/progress-store.js';

export interface TrackedStore extends ProgressStore {
  /** Resolves once every save and clear started so far has finished. */
  settle(): Promise<void>;
}

/** Wraps `store`, keeping the saves and clears that are still running. */
export function trackedStore(store: ProgressStore): TrackedStore {
  const pending = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    void work.finally(() => pending.delete(work)).catch(() => undefined);
    return work;
  };

  return {
    load: (key) => store.load(key),
    save: (key, state) => track(store.save(key, state)),
    clear: (key) => track(store.clear(key)),
    settle: async () => {
      await Promise.allSettled([...pending]);
    },
  };
}

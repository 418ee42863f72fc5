/**
 * Saves of progress, one after the other, so an older state never overwrites a newer one, and
 * quitting can wait for the last save.
 */
import type { Lang } from '../lesson/model.js';
import { t } from '../messages/index.js';
import type { LessonKey, ProgressStore } from '../session/progress-store.js';
import type { SessionState } from '../session/state.js';

/** How long quitting waits for a save before it gives up on it. */
const FLUSH_TIMEOUT_MS = 3_000;

export class SaveQueue {
  private last: Promise<void> = Promise.resolve();
  private warning: string | undefined;

  constructor(
    private readonly store: ProgressStore,
    private readonly lang: Lang,
  ) {}

  /** Queues a save; resolves with the store's warning, if any. */
  save(key: LessonKey, state: SessionState): Promise<string | undefined> {
    const saved = this.last
      .then(() => this.store.save(key, state))
      // A store should not throw; if one does, the session goes on and says so.
      .catch((error: unknown) =>
        t(this.lang, 'warning.progress-unwritable', { reason: String(error) }),
      )
      .then((warning) => {
        this.warning = warning;
        return warning;
      });
    this.last = saved.then(() => undefined);
    return saved;
  }

  /** Waits for the queued saves (at most a few seconds); resolves with the last warning. */
  async flush(): Promise<string | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, FLUSH_TIMEOUT_MS)));
    await Promise.race([this.last, timeout]);
    clearTimeout(timer);
    return this.warning;
  }
}

/**
 * The progress store on disk. One JSON file per lesson key, written atomically (a temporary
 * file, fsync, rename), so a crash or a second dl-tutor never leaves half a file: of two
 * instances saving at once, the last rename wins. A file that cannot be read as progress of
 * this lesson is moved aside to `NAME.corrupt-<time>` with a warning, never silently dropped.
 */
import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Lang } from '../lesson/model.js';
import { t } from '../messages/index.js';
import type { LessonKey, LoadedProgress, ProgressStore } from '../session/progress-store.js';
import type { SessionState } from '../session/state.js';
import { say } from './text/index.js';
import { progressFileName } from './data-paths.js';

export interface FileStoreOptions {
  /** The folder of the progress files (created on the first save). */
  dir: string;
  lang: Lang;
  /** The clock, for `savedAt` and the names of moved-aside files. */
  now?: () => Date;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

// The format pulls in the schema library; loaded on first use, after the first frame.
const progressFormat = () => import('../session/progress.js');

/** `2025-01-31T09-15-02-123Z`: a time that is safe in a file name on every platform. */
function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** A store of progress files in `options.dir`. It never throws; problems are warnings. */
export function fileProgressStore(options: FileStoreOptions): ProgressStore {
  const { dir, lang } = options;
  const now = options.now ?? (() => new Date());
  const fileOf = (key: LessonKey) => join(dir, progressFileName(key));

  async function moveAside(file: string, reason: string): Promise<LoadedProgress> {
    const aside = `${file}.corrupt-${fileStamp(now())}`;
    try {
      await rename(file, aside);
    } catch (error) {
      return {
        warning: say(lang, 'progress.cannot-move', { file, reason, code: errorCode(error) }),
      };
    }
    return { warning: `${t(lang, 'warning.progress-corrupt', { file: aside })} (${reason})` };
  }

  return {
    async load(key) {
      const file = fileOf(key);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR') return {};
        return { warning: say(lang, 'progress.unreadable', { file, code }) };
      }

      const { parseProgress } = await progressFormat();
      const parsed = parseProgress(text, key);
      if (!parsed.ok) return moveAside(file, parsed.reason);
      if (parsed.state.seed !== key.seed) {
        const seed = parsed.state.seed ?? 'none';
        return moveAside(file, `saved for seed ${seed}, not ${key.seed ?? 'none'}`);
      }
      return { state: parsed.state };
    },

    async save(key: LessonKey, state: SessionState) {
      try {
        await mkdir(dir, { recursive: true });
        const { serializeProgress } = await progressFormat();
        await writeFileAtomic(fileOf(key), serializeProgress(state, now()), { fsync: true });
      } catch (error) {
        return t(lang, 'warning.progress-unwritable', { reason: `${errorCode(error)}, ${dir}` });
      }
      return undefined;
    },

    async clear(key) {
      try {
        await unlink(fileOf(key));
      } catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        return say(lang, 'progress.cannot-clear', { file: fileOf(key), code });
      }
      return undefined;
    },
  };
}

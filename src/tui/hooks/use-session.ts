/**
 * A running session: the state, the events that change it (through the session's reducer and
 * the lesson's engine), and a save after every change.
 */
import { useCallback, useRef, useState } from 'react';
import type { LessonEngine } from '../../engine/lesson-engine.js';
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import type { LessonKey } from '../../session/progress-store.js';
import { reduce } from '../../session/reduce.js';
import type { SessionEvent, SessionState } from '../../session/state.js';
import type { SaveQueue } from '../save-queue.js';

export interface SessionHandle {
  state: SessionState;
  /** The state after the latest event, even before it is rendered. */
  current: () => SessionState;
  /** Applies an event, saves the new state, and returns it. */
  dispatch: (event: SessionEvent) => SessionState;
  /** The store's latest warning, or an error met while applying an event. */
  status?: string;
}

export function useSession(
  engine: LessonEngine,
  key: LessonKey,
  initial: SessionState,
  saver: SaveQueue,
  lang: Lang,
  warning?: string,
): SessionHandle {
  const ref = useRef(initial);
  const [state, setState] = useState(initial);
  const [status, setStatus] = useState(warning);

  const dispatch = useCallback(
    (event: SessionEvent) => {
      let next: SessionState;
      try {
        next = reduce(ref.current, event, engine);
      } catch (error) {
        // An engine failure on one answer must not end the session.
        const detail = error instanceof Error ? error.message : String(error);
        setStatus(t(lang, 'tui.error', { error: detail }));
        return ref.current;
      }
      if (next === ref.current) return next;

      ref.current = next;
      setState(next);
      void saver.save(key, next).then(setStatus);
      return next;
    },
    [engine, key, saver, lang],
  );
  const current = useCallback(() => ref.current, []);

  return { state, current, dispatch, ...(status ? { status } : {}) };
}

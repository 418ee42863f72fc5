/**
 * The whole program on screen: the lesson list, opening a lesson, the offer to resume, the
 * lesson itself, and goodbye. The app alone listens to the terminal; Ctrl+C quits from
 * anywhere once the last save is done, and other keys go to the screen on view.
 */
import { useApp, useInput } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../messages/index.js';
import type { LessonKey } from '../../session/progress-store.js';
import { initialState, type SessionState } from '../../session/state.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { openForSession, type ReadyLesson } from '../open-lesson.js';
import type { TuiOptions } from '../options.js';
import { SaveQueue } from '../save-queue.js';
import { byeRows } from '../screens/notice-screens.js';
import { Frame } from './Frame.js';
import { KeyContext, type KeyHandler } from './key-context.js';
import { LessonPicker } from './LessonPicker.js';
import { LessonView } from './LessonView.js';
import { OpeningViews } from './OpeningViews.js';

export type Route =
  | { kind: 'picker' }
  | { kind: 'loading'; name: string }
  | { kind: 'failed'; name: string; errors: string[] }
  | { kind: 'resume'; lesson: ReadyLesson; saved: SessionState }
  | { kind: 'lesson'; lesson: ReadyLesson; state: SessionState; run: number }
  | { kind: 'bye'; warning?: string };

export interface AppProps {
  options: TuiOptions;
  /**
   * Called once before the app ends, with the exit code (0, or 130 for Ctrl+C) and the last
   * words shown (progress saved, or why it was not).
   */
  onExit: (code: number, farewell: string) => void;
}

const fresh = (lesson: ReadyLesson) =>
  initialState(lesson.key.id, lesson.key.version, lesson.key.seed);

export function App({ options, onExit }: AppProps) {
  const { lang } = options;
  const { exit } = useApp();
  const size = useTerminalSize();
  const saver = useMemo(() => new SaveQueue(options.progress, lang), [options.progress, lang]);
  const [route, setRoute] = useState<Route>(
    options.lessonArg ? { kind: 'loading', name: options.lessonArg } : { kind: 'picker' },
  );
  const [picked, setPicked] = useState(0);
  const knownKeys = useRef(new Map<string, LessonKey>());
  const isResetPending = useRef(options.isReset === true);
  const isQuitting = useRef(false);
  const runs = useRef(0);
  const keys = useRef<KeyHandler | undefined>(undefined);

  const quit = useCallback(
    async (code: number) => {
      if (isQuitting.current) return;
      isQuitting.current = true;
      const warning = await saver.flush();
      onExit(code, warning ?? t(lang, 'tui.bye'));
      setRoute(warning ? { kind: 'bye', warning } : { kind: 'bye' });
    },
    [saver, onExit, lang],
  );
  const start = (lesson: ReadyLesson, state: SessionState) =>
    setRoute({ kind: 'lesson', lesson, state, run: ++runs.current });
  const toPicker = () => setRoute({ kind: 'picker' });

  const open = useCallback(
    async (name: string) => {
      setRoute({ kind: 'loading', name });
      const isReset = isResetPending.current;
      isResetPending.current = false;
      const result = await openForSession(options, name, isReset);
      if (isQuitting.current) return;
      if ('errors' in result) return setRoute({ kind: 'failed', name, errors: result.errors });

      const { ready } = result;
      knownKeys.current.set(ready.key.id, ready.key);
      if (ready.saved) setRoute({ kind: 'resume', lesson: ready, saved: ready.saved });
      else start(ready, fresh(ready));
    },
    [options],
  );

  useEffect(() => {
    // The lesson named on the command line opens once, at start.
    if (options.lessonArg) void open(options.lessonArg);
  }, [options.lessonArg, open]);
  useEffect(() => {
    if (route.kind === 'bye') exit();
  }, [route, exit]);
  useInput((input, key) => {
    if (key.ctrl && input === 'c') void quit(130);
    else if (!isQuitting.current) keys.current?.(input, key);
  });

  const screen = () => {
    switch (route.kind) {
      case 'picker':
        return (
          <LessonPicker
            lang={lang}
            listLessons={options.listLessons}
            progress={options.progress}
            knownKeys={knownKeys.current}
            {...(options.seed === undefined ? {} : { seed: options.seed })}
            selected={picked}
            onOpen={(choice, index) => {
              setPicked(index);
              void open(choice.id);
            }}
            onQuit={() => void quit(0)}
          />
        );
      case 'lesson':
        return (
          <LessonView
            key={route.run}
            lesson={route.lesson}
            initial={route.state}
            lang={lang}
            saver={saver}
            onBack={toPicker}
            onQuit={(code) => void quit(code)}
          />
        );
      case 'bye': {
        const rows = byeRows(lang, route.warning, size.columns - 1);
        return (
          <Frame arranged={{ rows, offset: 0, maxOffset: 0, page: 1 }} size={size} lang={lang} />
        );
      }
      default:
        return (
          <OpeningViews
            route={route}
            lang={lang}
            onResume={(lesson, isResuming) => {
              const isSaved = isResuming && route.kind === 'resume';
              start(lesson, isSaved ? route.saved : fresh(lesson));
            }}
            onBack={toPicker}
            onQuit={() => void quit(0)}
          />
        );
    }
  };

  return <KeyContext.Provider value={keys}>{screen()}</KeyContext.Provider>;
}

/**
 * A lesson being worked through: the screen of the session's phase, and the keys that drive
 * it. The maths happens in the engine, the transitions in the session's reducer.
 */
import { useMemo, useRef, useState } from 'react';
import type { Preview } from '../../engine/types.js';
import type { Lang } from '../../lesson/model.js';
import type { Phase, SessionEvent, SessionState } from '../../session/state.js';
import { useLineEditor } from '../hooks/use-line-editor.js';
import { useSession } from '../hooks/use-session.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { lessonKey } from '../input/lesson-keys.js';
import { arrange, contentHeight, contentWidth, type Arranged } from '../layout/screen.js';
import type { ReadyLesson } from '../open-lesson.js';
import type { SaveQueue } from '../save-queue.js';
import { lessonScreen } from '../screens/lesson-screen.js';
import { helpScreen } from '../screens/notice-screens.js';
import { Frame } from './Frame.js';

export interface LessonViewProps {
  lesson: ReadyLesson;
  initial: SessionState;
  lang: Lang;
  saver: SaveQueue;
  /** Back to the lesson list; progress is saved by then. */
  onBack: () => void;
  onQuit: (code: number) => void;
}

function isSamePlace(a: Phase, b: Phase): boolean {
  const place = (p: Phase) =>
    `${p.kind}:${'update' in p ? p.update : ''}:${'stage' in p ? p.stage : ''}`;
  return place(a) === place(b);
}

export function LessonView({ lesson, initial, lang, saver, onBack, onQuit }: LessonViewProps) {
  const { engine } = lesson;
  const size = useTerminalSize();
  const session = useSession(engine, lesson.key, initial, saver, lang, lesson.warning);
  const editor = useLineEditor();
  const [scroll, setScroll] = useState(0);
  const [isHelp, setHelp] = useState(false);
  const [isHintExhausted, setHintExhausted] = useState(false);
  const arrangedRef = useRef<Arranged | undefined>(undefined);
  const helpRef = useRef(false);

  const phase = session.state.phase;
  const text = editor.state.chars.join('');
  const preview = useMemo((): Preview | undefined => {
    if (phase.kind !== 'asking' || text.trim() === '') return undefined;
    try {
      return engine.preview(phase.stage, phase.update, text);
    } catch {
      return undefined;
    }
  }, [engine, phase, text]);

  const width = contentWidth(size);
  const context = { engine, state: session.state, lang, width, height: contentHeight(size) };
  const ctx = session.status ? { ...context, status: session.status } : context;
  const input = { chars: editor.state.chars, cursor: editor.state.cursor, isHintExhausted };
  const screen = isHelp
    ? helpScreen(lang, width)
    : lessonScreen(ctx, preview ? { ...input, preview } : input);
  const arranged = arrange(screen, size, scroll, lang);
  arrangedRef.current = arranged;

  const showHelp = (isShown: boolean) => {
    helpRef.current = isShown;
    setHelp(isShown);
  };
  const apply = (event: SessionEvent) => {
    const before = session.current().phase;
    const next = session.dispatch(event);
    if (!isSamePlace(before, next.phase)) {
      editor.clear();
      setScroll(0);
      setHintExhausted(false);
    }
    return next;
  };

  useKeys((input, key) => {
    if (helpRef.current) return showHelp(false);

    const state = session.current();
    const answer = editor.current();
    const action = lessonKey(state.phase.kind, input, key, answer.chars.length === 0);
    switch (action.type) {
      case 'session':
        apply(action.event);
        return;
      case 'submit': {
        const typed = answer.chars.join('');
        if (apply({ type: 'submit', text: typed }).phase.kind === 'asking') {
          editor.edit({ type: 'set', text: typed });
        }
        return;
      }
      case 'hint': {
        const current = state.phase;
        if (current.kind !== 'asking') return;
        const total = engine.stages[current.stage]!.def.hints.length;
        if (current.hints >= total) setHintExhausted(true);
        else apply({ type: 'hint' });
        return;
      }
      case 'edit':
        editor.edit(action.action);
        return;
      case 'recall':
        editor.edit({ type: action.direction, history: state.history });
        return;
      case 'scroll': {
        const shown = arrangedRef.current;
        if (!shown) return;
        const steps = {
          'line-up': -1,
          'line-down': 1,
          'page-up': -shown.page,
          'page-down': shown.page,
        };
        const step = steps[action.by];
        setScroll(Math.max(0, Math.min(shown.maxOffset, shown.offset + step)));
        return;
      }
      case 'help':
        showHelp(true);
        return;
      case 'back':
        void saver.flush().then(onBack);
        return;
      case 'quit':
        onQuit(0);
        return;
      case 'none':
        return;
    }
  });

  return <Frame arranged={arranged} size={size} lang={lang} />;
}

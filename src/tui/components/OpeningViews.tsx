/** The screens while a lesson opens: loading, a failure to open, the offer to resume. */
import type { Lang } from '../../lesson/model.js';
import type { SessionState } from '../../session/state.js';
import { position } from '../../session/view.js';
import { NO, YES } from '../input/lesson-keys.js';
import type { ReadyLesson } from '../open-lesson.js';
import { failedScreen, loadingScreen, resumeScreen } from '../screens/notice-screens.js';
import { NoticeView } from './NoticeView.js';

type OpeningRoute =
  | { kind: 'loading'; name: string }
  | { kind: 'failed'; name: string; errors: string[] }
  | { kind: 'resume'; lesson: ReadyLesson; saved: SessionState };

export interface OpeningViewsProps {
  route: OpeningRoute;
  lang: Lang;
  /** The learner's answer to the offer: resume the saved progress, or start over. */
  onResume: (lesson: ReadyLesson, isResuming: boolean) => void;
  onBack: () => void;
  onQuit: () => void;
}

/** Where saved progress stands, 1-based, for the offer to resume. */
export function resumePoint(state: SessionState, stages: number, updates: number) {
  const at = position(state);
  if (at) return { update: at.update, stage: at.stage + 1 };
  const phase = state.phase;
  if (phase.kind === 'applied') return { update: phase.update, stage: stages };
  if (phase.kind === 'carry') return { update: phase.update, stage: 1 };
  return { update: updates, stage: stages };
}

export function OpeningViews({ route, lang, onResume, onBack, onQuit }: OpeningViewsProps) {
  switch (route.kind) {
    case 'loading':
      return (
        <NoticeView
          lang={lang}
          screen={(width) => loadingScreen(lang, route.name, width)}
          onKey={(input) => input === 'q' && onQuit()}
        />
      );
    case 'failed':
      return (
        <NoticeView
          lang={lang}
          screen={(width) => failedScreen(lang, route.name, route.errors, width)}
          onKey={(input, key) => {
            if (key.escape || key.return) onBack();
            else if (input === 'q') onQuit();
          }}
        />
      );
    case 'resume': {
      const { lesson, saved } = route;
      const where = resumePoint(saved, lesson.key.stages, lesson.key.updates);
      return (
        <NoticeView
          lang={lang}
          screen={(width) => resumeScreen(lang, lesson.title, where, width)}
          onKey={(input, key) => {
            if (YES.has(input)) onResume(lesson, true);
            else if (NO.has(input)) onResume(lesson, false);
            else if (key.escape) onBack();
            else if (input === 'q') onQuit();
          }}
        />
      );
    }
  }
}

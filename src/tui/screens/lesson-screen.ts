/** The screen for whatever phase the session is in. */
import type { Screen } from '../layout/screen.js';
import { askingScreen, type AskingInput } from './asking-screen.js';
import type { LessonContext } from './lesson-parts.js';
import { appliedScreen, carryScreen, introScreen } from './progress-screens.js';
import { solvedScreen } from './solved-screen.js';
import { summaryScreen } from './summary-screen.js';

export function lessonScreen(ctx: LessonContext, input: AskingInput): Screen {
  const phase = ctx.state.phase;
  switch (phase.kind) {
    case 'intro':
      return introScreen(ctx);
    case 'asking':
      return askingScreen(ctx, phase, input);
    case 'solved':
      return solvedScreen(ctx, phase);
    case 'applied':
      return appliedScreen(ctx, phase.update);
    case 'carry':
      return carryScreen(ctx, phase.update);
    case 'done':
      return summaryScreen(ctx);
  }
}

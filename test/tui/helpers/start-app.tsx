/** Starts the App on the seed lesson and walks to a given point, the way a learner would. */
import type { LessonEngine } from '../../../src/engine/lesson-engine.js';
import { t } from '../../../src/messages/index.js';
import type { TuiOptions } from '../../../src/tui/options.js';
import { App } from '../../../src/tui/components/App.js';
import { optionsFor } from './lesson.js';
import { renderTui, type RenderedTui, type TermSize } from './render-tui.js';

export interface StartedApp {
  tui: RenderedTui;
  options: TuiOptions;
  progress: ReturnType<typeof optionsFor>['progress'];
  exits: number[];
}

export function startApp(
  engine: LessonEngine,
  extra: Partial<TuiOptions> = {},
  size?: TermSize,
  isColor = true,
): StartedApp {
  const { options, progress } = optionsFor(engine, extra);
  const exits: number[] = [];
  const tui = renderTui(
    <App options={options} onExit={(code) => exits.push(code)} />,
    size,
    isColor,
  );
  return { tui, options, progress, exits };
}

/** Opens the lesson from the command line and begins it: its first stage is asked. */
export async function startAsking(
  engine: LessonEngine,
  extra: Partial<TuiOptions> = {},
  size?: TermSize,
): Promise<StartedApp> {
  const app = startApp(engine, { lessonArg: engine.lesson.id, ...extra }, size);
  await app.tui.waitFor(t(app.options.lang, 'tui.begin'));
  await app.tui.press('enter');
  await app.tui.waitFor(`${engine.stages[0]!.asks} = ?`);
  return app;
}

/** Answers stages with their expected formulas until `stage` is asked. */
export async function answerUntil(app: StartedApp, engine: LessonEngine, stage: number) {
  for (let s = 0; s < stage; s++) {
    await app.tui.write(engine.stages[s]!.def.expected);
    await app.tui.press('enter');
    await app.tui.waitFor('Press Enter to continue.');
    await app.tui.press('enter');
  }
  const next = engine.stages[stage]!;
  await app.tui.waitFor(`${next.kind === 'update' ? 'new ' : ''}${next.asks} = ?`);
}

/**
 * Stages by the names users type: what the stage asks (`Z`, `dL/dW2`, `W1` for an update) or
 * a gradient's alias (`dW2`).
 */
import type { CompiledStage } from '../engine/compiled.js';
import type { LessonEngine } from '../engine/lesson-engine.js';
import type { Lang } from '../lesson/model.js';
import { CliError } from './cli-error.js';
import { say } from './text/index.js';

/** The stage called `name`; a CliError (exit 2) listing the names when there is none. */
export function stageNamed(engine: LessonEngine, name: string, lang: Lang): CompiledStage {
  const wanted = name.trim();
  const stage =
    engine.stages.find((s) => s.asks === wanted) ??
    engine.stages.find((s) => s.kind === 'gradient' && s.resultName === wanted);
  if (stage) return stage;

  const names = engine.stages.map((s) => s.asks).join(', ');
  throw new CliError(say(lang, 'error.unknown-stage', { name, names }));
}

/** An update number checked against the lesson; a CliError (exit 2) when out of range. */
export function updateNumber(engine: LessonEngine, update: number, lang: Lang): number {
  if (update >= 1 && update <= engine.updates) return update;
  throw new CliError(say(lang, 'error.update-range', { update, updates: engine.updates }));
}

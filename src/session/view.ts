/**
 * What a renderer shows at a point of the session, computed from the state and the engine:
 * the known matrices with their values, the question, the update's before/after. No layout.
 */
import type { LessonEngine } from '../engine/lesson-engine.js';
import type { NumMatrix, Shape } from '../engine/types.js';
import type { SessionState } from './state.js';

export interface KnownValue {
  name: string;
  /** How it is defined, e.g. `W1 * x + B`; absent for starting values. */
  definition?: string;
  value: NumMatrix;
}

/** The update and stage the state is at, when it is at one. */
export function position(state: SessionState): { update: number; stage: number } | undefined {
  const p = state.phase;
  if (p.kind === 'asking' || p.kind === 'solved') return { update: p.update, stage: p.stage };
  return undefined;
}

/**
 * Starting symbols at this update, then every result of the stages before `stage` in this update.
 *
 * @example knownValues(engine, 1, 2).map((v) => v.name)  // ['W1', 'B', 'W2', 'x', 'T', 'Z', 'A']
 */
export function knownValues(engine: LessonEngine, update: number, stage: number): KnownValue[] {
  const scope = engine.scopeAt(update);
  const symbols = engine.lesson.symbols.map((s) => ({
    name: s.name,
    value: scope.get(s.name)!.data,
  }));
  const earlier = engine.stages.slice(0, stage).filter((s) => s.kind !== 'update');
  return [
    ...symbols,
    ...earlier.map((s) => ({
      name: s.asks,
      definition: s.def.expected,
      value: engine.answerAt(s.index, update),
    })),
  ];
}

export interface Question {
  /** What is asked; for an update stage, the parameter whose new value is asked. */
  asks: string;
  kind: 'forward' | 'gradient' | 'update';
  shape: Shape;
  /** The alias later answers may use, e.g. `dW2`. */
  alias?: string;
}

export function question(engine: LessonEngine, stage: number): Question {
  const s = engine.stages[stage]!;
  return {
    asks: s.asks,
    kind: s.kind,
    shape: s.shape,
    ...(s.kind === 'gradient' && s.resultName ? { alias: s.resultName } : {}),
  };
}

export interface ParameterChange {
  name: string;
  before: NumMatrix;
  after: NumMatrix;
}

/** Every parameter before and after update `update`, and the loss before and after. */
export function updateSummary(engine: LessonEngine, update: number) {
  const before = engine.symbolsByUpdate[update - 1]!;
  const after = engine.symbolsByUpdate[update]!;
  const changes: ParameterChange[] = engine.compiled.parameters.map((name) => ({
    name,
    before: before.get(name)!.data,
    after: after.get(name)!.data,
  }));
  return { changes, lossBefore: engine.lossAt(update), lossAfter: engine.lossAt(update + 1) };
}

/** The loss before the first update and after each one. */
export function lossCurve(engine: LessonEngine): number[] {
  return Array.from({ length: engine.updates + 1 }, (_, k) => engine.lossAt(k + 1));
}

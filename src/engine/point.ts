/**
 * Every named value of a lesson at one point (one set of symbol values): symbols and their
 * entries, lr, forward results, the loss, and each stage's result under its name.
 */
import { numbers, type Algebra } from './algebra.js';
import type { CompiledLesson, CompiledStage } from './compiled.js';
import { evaluate } from './evaluate.js';
import { addWithEntries, baseScope, runForward } from './forward.js';
import type { Mat } from './matrix.js';

export type Scope = ReadonlyMap<string, Mat<number>>;

/**
 * @example pointScope(compiled, compiled.initial).get('dW2')  // the 2x2 gradient at the start
 */
export function pointScope(compiled: CompiledLesson, symbols: Scope): Map<string, Mat<number>> {
  const { plan } = compiled;
  const scope = runForward(plan, numbers, baseScope(plan, numbers, symbols));
  addGradientResults(compiled, numbers, scope);
  return scope;
}

/**
 * Adds each gradient stage's result under its name (`dY`, `dW2`, ...), in stage order, so that
 * later stages can use it; in any algebra.
 */
export function addGradientResults<S>(
  compiled: CompiledLesson,
  algebra: Algebra<S>,
  scope: Map<string, Mat<S>>,
): void {
  for (const stage of compiled.stages) {
    if (stage.kind !== 'gradient' || !stage.resultName) continue;
    const value = evaluate(stage.expected, { algebra, scope: stageScope(scope, stage) });
    addWithEntries(scope, compiled.plan, stage.resultName, value);
  }
}

/** The part of a point's scope a stage may use. */
export function stageScope<S>(
  scope: ReadonlyMap<string, Mat<S>>,
  stage: CompiledStage,
): Map<string, Mat<S>> {
  return new Map([...scope].filter(([name]) => !stage.hidden.has(name)));
}

/** The value a stage asks for at a point. */
export function stageValue(
  compiled: CompiledLesson,
  scope: Scope,
  stage: CompiledStage,
): Mat<number> {
  return evaluate(stage.expected, { algebra: numbers, scope: stageScope(scope, stage) });
}

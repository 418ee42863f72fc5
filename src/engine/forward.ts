/**
 * Runs a lesson's forward equations and loss over any scalar algebra.
 */
import type { MathNode } from 'mathjs';
import type { Algebra } from './algebra.js';
import { evaluate } from './evaluate.js';
import type { Mat } from './matrix.js';

/** The parts of a compiled lesson the forward pass needs. */
export interface ForwardPlan {
  /** Entry names of every named matrix (symbols and forward results). */
  entryNames: Map<string, string[][]>;
  forward: { name: string; node: MathNode }[];
  loss: { name: string; node: MathNode };
  learningRateName: string;
  learningRate: number;
}

/**
 * Adds each matrix's entries to the scope as scalars (`w1`, `z1`), next to the matrix itself.
 */
export function addWithEntries<S>(
  scope: Map<string, Mat<S>>,
  plan: ForwardPlan,
  name: string,
  value: Mat<S>,
): void {
  scope.set(name, value);

  const names = plan.entryNames.get(name);
  if (!names) return;
  names.forEach((row, i) =>
    row.forEach((entry, j) => {
      const v = value.data[i]?.[j];
      if (v !== undefined) scope.set(entry, { rows: 1, cols: 1, data: [[v]] });
    }),
  );
}

/**
 * Evaluates forward equations and the loss in order, starting from `base` (symbols and lr).
 * With `override`, that forward name takes the given value instead of its equation, which is how
 * derivatives with respect to an intermediate are taken.
 *
 * @example runForward(plan, numbers, base).get('L')  // 1x1 loss
 */
export function runForward<S>(
  plan: ForwardPlan,
  algebra: Algebra<S>,
  base: ReadonlyMap<string, Mat<S>>,
  override?: { name: string; value: Mat<S> },
): Map<string, Mat<S>> {
  const scope = new Map(base);

  for (const step of plan.forward) {
    const value =
      override?.name === step.name ? override.value : evaluate(step.node, { algebra, scope });
    addWithEntries(scope, plan, step.name, value);
  }
  scope.set(plan.loss.name, evaluate(plan.loss.node, { algebra, scope }));
  return scope;
}

/** Builds the starting scope of symbols (with their entries) and the learning rate. */
export function baseScope<S>(
  plan: ForwardPlan,
  algebra: Algebra<S>,
  symbols: ReadonlyMap<string, Mat<S>>,
): Map<string, Mat<S>> {
  const scope = new Map<string, Mat<S>>();
  for (const [name, value] of symbols) addWithEntries(scope, plan, name, value);
  scope.set(plan.learningRateName, {
    rows: 1,
    cols: 1,
    data: [[algebra.constant(plan.learningRate)]],
  });
  return scope;
}

/**
 * Three independent ways to the gradient of the loss with respect to one named matrix:
 * exact forward-mode differentiation of the lesson's own equations (the engine's answer),
 * central finite differences, and mathjs' symbolic derivative with ReLU regions made explicit.
 * The last two check lesson authors and the first.
 */
import { duals, numbers, type Algebra, type Dual } from './algebra.js';
import { evaluate } from './evaluate.js';
import { baseScope, runForward, type ForwardPlan } from './forward.js';
import { algebraMath } from './math.js';
import { map, type Mat } from './matrix.js';
import { regionPairs, type Pair } from './region-pairs.js';

/** Numeric values of the lesson's starting symbols at one point. */
export type SymbolValues = ReadonlyMap<string, Mat<number>>;

function lossOf<S>(plan: ForwardPlan, scope: Map<string, Mat<S>>): S {
  return scope.get(plan.loss.name)!.data[0]![0]!;
}

/**
 * Evaluates the loss with one entry of `target` perturbed through `seed`, in any algebra.
 * `lift` turns the point's numbers into that algebra.
 */
function lossWithEntry<S>(
  plan: ForwardPlan,
  algebra: Algebra<S>,
  symbols: SymbolValues,
  target: string,
  seed: (value: number, i: number, j: number) => S,
): S {
  const lift = (m: Mat<number>) => map(m, (v) => algebra.constant(v));
  const lifted = new Map([...symbols].map(([name, m]) => [name, lift(m)] as const));

  const symbol = symbols.get(target);
  if (symbol) {
    lifted.set(target, map(symbol, seed));
    return lossOf(plan, runForward(plan, algebra, baseScope(plan, algebra, lifted)));
  }

  const numeric = runForward(plan, numbers, baseScope(plan, numbers, symbols));
  const value = map(numeric.get(target)!, seed);
  return lossOf(
    plan,
    runForward(plan, algebra, baseScope(plan, algebra, lifted), { name: target, value }),
  );
}

function perEntry(shape: Mat<number>, entry: (i: number, j: number) => number): Mat<number> {
  return map(shape, (_v, i, j) => entry(i, j));
}

/** Value of `target` at the point: a symbol, or a forward result computed from the symbols. */
export function valueAt(plan: ForwardPlan, symbols: SymbolValues, target: string): Mat<number> {
  return (
    symbols.get(target) ?? runForward(plan, numbers, baseScope(plan, numbers, symbols)).get(target)!
  );
}

/**
 * dL/d(target), exact: forward-mode differentiation seeded on one entry at a time.
 *
 * @example exactGradient(plan, symbols, 'W2')  // 2x2, entry (1,1) = (y1 - t1) * a1
 */
export function exactGradient(
  plan: ForwardPlan,
  symbols: SymbolValues,
  target: string,
): Mat<number> {
  const at = valueAt(plan, symbols, target);
  return perEntry(at, (i, j) => {
    const seed = (v: number, r: number, c: number): Dual => ({ v, d: r === i && c === j ? 1 : 0 });
    return lossWithEntry(plan, duals, symbols, target, seed).d;
  });
}

/** dL/d(target) by central finite differences. */
export function finiteDifferenceGradient(
  plan: ForwardPlan,
  symbols: SymbolValues,
  target: string,
): Mat<number> {
  const at = valueAt(plan, symbols, target);
  return perEntry(at, (i, j) => {
    const h = 1e-6 * Math.max(1, Math.abs(at.data[i]![j]!));
    const shifted = (delta: number) =>
      lossWithEntry(plan, numbers, symbols, target, (v, r, c) =>
        r === i && c === j ? v + delta : v,
      );
    return (shifted(h) - shifted(-h)) / (2 * h);
  });
}

/**
 * dL/d(target) from mathjs' `derivative` of the loss written as a formula in the target's entries
 * (everything else a number, each ReLU replaced by its branch at this point). Only the first
 * `maxEntries` entries are differentiated, because the formula grows with the network.
 * Entries not differentiated are NaN.
 */
export function symbolicGradient(
  plan: ForwardPlan,
  symbols: SymbolValues,
  target: string,
  maxEntries = 16,
): Mat<number> {
  const at = valueAt(plan, symbols, target);
  const names = plan.entryNames.get(target) ?? [];
  const entryName = (i: number, j: number) => names[i]?.[j] ?? `${target}_${i}_${j}`;
  const seed = (v: number, i: number, j: number): Pair => regionPairs.symbol(entryName(i, j), v);
  const loss = lossWithEntry(plan, regionPairs, symbols, target, seed);

  const scope = new Map<string, Mat<number>>();
  at.data.forEach((row, i) =>
    row.forEach((v, j) => scope.set(entryName(i, j), { rows: 1, cols: 1, data: [[v]] })),
  );

  let count = 0;
  return perEntry(at, (i, j) => {
    if (count++ >= maxEntries) return Number.NaN;
    const derivative = algebraMath.derivative(loss.node, entryName(i, j), { simplify: false });
    return evaluate(derivative, { algebra: numbers, scope }).data[0]![0]!;
  });
}

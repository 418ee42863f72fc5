/**
 * Names the typical mistake behind a wrong answer: an authored one, a lesson diagnosis, a
 * transpose, a sign, a constant factor, the order of a product, a missing transpose in a
 * product, or a wrong shape. Every test compares values at the same points as the check.
 */
import type { MathNode } from 'mathjs';
import { numbers } from './algebra.js';
import type { CompiledStage, CompiledLesson } from './compiled.js';
import { close, matricesClose } from './compare.js';
import { evaluate } from './evaluate.js';
import { LIMITS } from './limits.js';
import { algebraMath } from './math.js';
import { formatShape, map, sameShape, shapeOf, transpose, type Mat } from './matrix.js';
import { stageScope, type Scope } from './point.js';
import type { Diagnosis } from './types.js';

/** One point of comparison: what the stage may see there, and the right answer there. */
export interface CheckPoint {
  scope: Map<string, Mat<number>>;
  expected: Mat<number>;
  /** Scalar operations one evaluation of an answer may do here. */
  workLimit: number;
}

/** An answer may cost this many times the lesson's own answer, and LIMITS.work at least. */
const WORK_ALLOWANCE = 20;

export function checkPoint(
  compiled: CompiledLesson,
  stage: CompiledStage,
  full: Scope,
): CheckPoint {
  const scope = stageScope(full, stage);
  const work = { done: 0 };
  const expected = evaluate(stage.expected, { algebra: numbers, scope, work });
  return { scope, expected, workLimit: Math.max(LIMITS.work, WORK_ALLOWANCE * work.done) };
}

/** Value of an answer's tree at a point, or undefined when it cannot be evaluated there. */
function valueAt(node: MathNode, point: CheckPoint): Mat<number> | undefined {
  try {
    return evaluate(node, { algebra: numbers, scope: point.scope, workLimit: point.workLimit });
  } catch {
    return undefined;
  }
}

function holdsEverywhere(
  points: CheckPoint[],
  answers: Mat<number>[],
  transform: (answer: Mat<number>, point: CheckPoint) => Mat<number> | undefined,
): boolean {
  return points.every((point, n) => {
    const changed = transform(answers[n]!, point);
    return changed !== undefined && matricesClose(changed, point.expected);
  });
}

/** The constant c with answer = c * expected at every point, when there is one. */
function constantFactor(points: CheckPoint[], answers: Mat<number>[]): number | undefined {
  let factor: number | undefined;
  let ratios = 0;
  for (const [n, point] of points.entries()) {
    const answer = answers[n]!;
    if (!sameShape(shapeOf(answer), shapeOf(point.expected))) return undefined;
    for (const [i, row] of point.expected.data.entries()) {
      for (const [j, e] of row.entries()) {
        const a = answer.data[i]![j]!;
        if (Math.abs(e) < 1e-9) {
          if (Math.abs(a) > 1e-9) return undefined;
          continue;
        }
        factor ??= a / e;
        if (!close(a / e, factor)) return undefined;
        ratios++;
      }
    }
  }
  // One number is always some multiple of another; it takes two to show a constant factor.
  return ratios >= 2 ? factor : undefined;
}

const MAX_PRODUCTS = 8;

const { OperatorNode } = algebraMath;

function transposed(node: MathNode): MathNode {
  return new OperatorNode("'" as never, 'ctranspose' as never, [node]);
}

/**
 * Variants of the answer with one product changed: operands swapped or one transposed. Each
 * diagnosis is built only when its variant matches: writing out a long product costs time.
 */
function productVariants(node: MathNode): { node: MathNode; diagnosis: () => Diagnosis }[] {
  const products = node.filter((n) => {
    const op = n as MathNode & { fn?: string; args?: MathNode[] };
    return n.type === 'OperatorNode' && op.fn === 'multiply' && op.args?.length === 2;
  });

  return products
    .slice(0, MAX_PRODUCTS)
    .flatMap((product): { node: MathNode; diagnosis: () => Diagnosis }[] => {
      const [left, right] = (product as MathNode & { args: MathNode[] }).args as [
        MathNode,
        MathNode,
      ];
      const replace = (by: MathNode) => node.transform((n) => (n === product ? by : n));
      const multiply = (a: MathNode, b: MathNode) =>
        new OperatorNode('*' as never, 'multiply' as never, [a, b]);
      const text = () => product.toString();
      return [
        {
          node: replace(multiply(right, left)),
          diagnosis: () => ({ code: 'product-order', params: { product: text() } }),
        },
        {
          node: replace(multiply(transposed(left), right)),
          diagnosis: () => ({
            code: 'missing-transpose',
            params: { product: text(), operand: left.toString() },
          }),
        },
        {
          node: replace(multiply(left, transposed(right))),
          diagnosis: () => ({
            code: 'missing-transpose',
            params: { product: text(), operand: right.toString() },
          }),
        },
      ];
    });
}

/** A diagnosis found by changing the answer's tree, for answers that fail or are wrong. */
export function diagnoseStructure(node: MathNode, points: CheckPoint[]): Diagnosis | undefined {
  for (const variant of productVariants(node)) {
    // Stop at the first point where the variant fails: most fail at the first, and each
    // evaluation of a long answer costs up to the point's workLimit.
    const isRight = points.every((point) => {
      const value = valueAt(variant.node, point);
      return value !== undefined && matricesClose(value, point.expected);
    });
    if (isRight) return variant.diagnosis();
  }
  return undefined;
}

/**
 * The most likely mistake of a wrong answer whose value at each point is in `answers`.
 *
 * @example diagnose(compiled, stage, node, points, answers)  // { code: 'transpose', ... }
 */
export function diagnose(
  compiled: CompiledLesson,
  stage: CompiledStage,
  node: MathNode,
  points: CheckPoint[],
  answers: Mat<number>[],
): Diagnosis | undefined {
  for (const mistake of stage.mistakes) {
    const isThis = holdsEverywhere(points, answers, (answer, point) => {
      const value = valueAt(mistake.node, point);
      return value && matricesClose(value, answer) ? point.expected : undefined;
    });
    if (isThis) return { code: 'authored', params: {}, feedback: mistake.feedback };
  }

  for (const { def, node: match } of compiled.diagnoses) {
    if (def.stages && !def.stages.includes(stage.asks)) continue;
    const isThis = holdsEverywhere(points, answers, (answer, point) =>
      valueAt(match, { ...point, scope: new Map([...point.scope, ['ANSWER', answer]]) }),
    );
    if (isThis) return { code: def.id, params: {}, feedback: def.message };
  }

  if (holdsEverywhere(points, answers, (answer) => transpose(answer))) {
    return { code: 'transpose', params: {} };
  }
  if (holdsEverywhere(points, answers, (answer) => map(answer, (v) => -v))) {
    return { code: 'sign', params: {} };
  }

  const factor = constantFactor(points, answers);
  if (factor !== undefined) {
    return { code: 'factor', params: { factor: Number(factor.toPrecision(4)) } };
  }

  const structural = diagnoseStructure(node, points);
  if (structural) return structural;

  const shape = shapeOf(answers[0]!);
  if (!sameShape(shape, stage.shape)) {
    return {
      code: 'shape',
      params: { actual: formatShape(shape), expected: formatShape(stage.shape) },
    };
  }
  return undefined;
}

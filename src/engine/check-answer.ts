/**
 * Judges a learner's answer for one stage: right as a formula (equal at the current values and
 * at random points), right as numbers (equal at the current values only), wrong (with a
 * diagnosis) or unusable (with the problem and, when possible, its column).
 */
import type { MathNode } from 'mathjs';
import { numbers } from './algebra.js';
import type { CompiledLesson, CompiledStage } from './compiled.js';
import { closeTyped, matricesClose } from './compare.js';
import { diagnose, diagnoseStructure, type CheckPoint } from './diagnose.js';
import { ExpressionError } from './errors.js';
import { evaluate } from './evaluate.js';
import { parseChecked } from './guard.js';
import { sameShape, shapeOf, type Mat } from './matrix.js';
import type { CheckResult, Preview, Problem } from './types.js';

export interface AnswerContext {
  compiled: CompiledLesson;
  stage: CompiledStage;
  /** The current values: what the learner sees. */
  current: CheckPoint;
  /** Random points where a formula must agree too. */
  checkpoints: CheckPoint[];
}

/** True when the tree names no symbol, so it is plain numbers. */
function isNumbersOnly(node: MathNode): boolean {
  return (
    node.filter((n) => {
      if (n.type !== 'SymbolNode') return false;
      const name = (n as MathNode & { name: string }).name;
      return name !== 'pi' && name !== 'e';
    }).length === 0
  );
}

function problemOf(error: unknown): Problem {
  if (error instanceof ExpressionError) return error.problem;
  throw error;
}

function isFiniteMatrix(m: Mat<number>): boolean {
  return m.data.every((row) => row.every(Number.isFinite));
}

/**
 * A copy of a matrix's entries for the caller. The evaluator may return the engine's own
 * matrices (an answer `dZ` is the scope's dZ), which a caller must not be able to change.
 */
function copied(m: Mat<number>): number[][] {
  return m.data.map((row) => [...row]);
}

function evaluateAt(node: MathNode, point: CheckPoint, source: string): Mat<number> {
  return evaluate(node, {
    algebra: numbers,
    scope: point.scope,
    source,
    workLimit: point.workLimit,
  });
}

/**
 * @example checkAnswer(ctx, "(Y - T) * A'")  // { verdict: 'correct', ... }
 */
export function checkAnswer(ctx: AnswerContext, text: string): CheckResult {
  const expectedShape = { ...ctx.stage.shape };
  let node: MathNode;
  let value: Mat<number>;
  try {
    node = parseChecked(text);
  } catch (error) {
    return { verdict: 'invalid', expectedShape, problem: problemOf(error) };
  }

  try {
    value = evaluateAt(node, ctx.current, text);
  } catch (error) {
    const problem = problemOf(error);
    const diagnosis =
      problem.code === 'shape-mismatch-op'
        ? diagnoseStructure(node, [ctx.current, ...ctx.checkpoints])
        : undefined;
    return { verdict: 'invalid', expectedShape, problem, ...(diagnosis ? { diagnosis } : {}) };
  }

  const shape = shapeOf(value);
  const base = { value: copied(value), shape, expectedShape };
  if (!isFiniteMatrix(value)) {
    return { ...base, verdict: 'invalid', problem: { code: 'not-finite', params: {} } };
  }

  const isNumbers = isNumbersOnly(node);
  const isRightNow =
    sameShape(shape, expectedShape) &&
    matricesClose(value, ctx.current.expected, isNumbers ? closeTyped : undefined);

  if (isRightNow && isNumbers) return { ...base, verdict: 'numeric' };

  // A formula is checked at random points too, where it must be the same function.
  const points = isNumbers ? [ctx.current] : [ctx.current, ...ctx.checkpoints];
  const answers = isNumbers ? [value] : points.map((p) => safeEvaluate(node, p));
  const usable = answers.every((a) => a !== undefined);
  const diagnosisOf = () =>
    usable ? diagnose(ctx.compiled, ctx.stage, node, points, answers as Mat<number>[]) : undefined;
  if (isRightNow) {
    const isEverywhere = answers.every(
      (a, n) => a !== undefined && matricesClose(a, points[n]!.expected),
    );
    if (isEverywhere) return { ...base, verdict: 'correct' };

    // Right today but a different function: say why it will not stay right.
    const diagnosis = diagnosisOf();
    return { ...base, verdict: 'numeric', ...(diagnosis ? { diagnosis } : {}) };
  }

  const diagnosis = diagnosisOf();
  return { ...base, verdict: 'wrong', ...(diagnosis ? { diagnosis } : {}) };
}

function safeEvaluate(node: MathNode, point: CheckPoint): Mat<number> | undefined {
  try {
    return evaluate(node, { algebra: numbers, scope: point.scope, workLimit: point.workLimit });
  } catch {
    return undefined;
  }
}

/** What a partial answer is so far: its shape and value, or why it cannot be read yet. */
export function previewAnswer(ctx: AnswerContext, text: string): Preview {
  try {
    const value = evaluateAt(parseChecked(text), ctx.current, text);
    if (!isFiniteMatrix(value))
      return { shape: shapeOf(value), problem: { code: 'not-finite', params: {} } };
    return { shape: shapeOf(value), value: copied(value) };
  } catch (error) {
    return { problem: problemOf(error) };
  }
}

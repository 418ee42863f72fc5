/**
 * The matrix operations the evaluator applies, over any scalar algebra: entry by entry, the
 * matrix product and the sum of entries, with the error that names mismatched shapes.
 */
import type { Algebra } from './algebra.js';
import { ExpressionError } from './errors.js';
import { LIMITS } from './limits.js';
import { formatShape, isScalar, map, shapeOf, type Mat } from './matrix.js';

/** The sum of all entries, as a 1x1 matrix. */
export function sum<S>(m: Mat<S>, algebra: Algebra<S>): Mat<S> {
  const [first, ...rest] = m.data.flat();
  const total = rest.reduce((acc, v) => algebra.add(acc, v), first as S);
  return { rows: 1, cols: 1, data: [[total]] };
}

/** The error for operands `a` and `b` whose shapes do not fit `op`, saying `why`. */
export function mismatch<S>(
  op: string,
  a: Mat<S>,
  b: Mat<S>,
  text: (i: number) => string,
  why: string,
): ExpressionError {
  return new ExpressionError('shape-mismatch-op', {
    op,
    left: text(0),
    leftShape: formatShape(shapeOf(a)),
    right: text(1),
    rightShape: formatShape(shapeOf(b)),
    why,
  });
}

/** `f` entry by entry; a 1x1 operand is applied to every entry of the other. */
export function elementwise<S>(
  a: Mat<S>,
  b: Mat<S>,
  f: (x: S, y: S) => S,
  op: string,
  text: (i: number) => string,
): Mat<S> {
  if (isScalar(b)) return map(a, (x) => f(x, b.data[0]![0]!));
  if (isScalar(a)) return map(b, (y) => f(a.data[0]![0]!, y));
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw mismatch(op, a, b, text, 'the shapes must be equal');
  }
  return map(a, (x, i, j) => f(x, b.data[i]![j]!));
}

/** The matrix product; with a 1x1 operand, the product of every entry with it. */
export function multiply<S>(
  a: Mat<S>,
  b: Mat<S>,
  alg: Algebra<S>,
  text: (i: number) => string,
): Mat<S> {
  if (isScalar(a)) return map(b, (y) => alg.multiply(a.data[0]![0]!, y));
  if (isScalar(b)) return map(a, (x) => alg.multiply(x, b.data[0]![0]!));
  if (a.cols !== b.rows) {
    throw mismatch(
      'multiply',
      a,
      b,
      text,
      `the left has ${a.cols} column(s) but the right has ${b.rows} row(s)`,
    );
  }

  // Lesson matrices are small; a huge product is a runaway answer that would block the UI.
  if (a.rows * b.cols > LIMITS.literalEntries || a.rows * a.cols * b.cols > LIMITS.productWork) {
    throw new ExpressionError('too-large', { what: 'the product', limit: LIMITS.literalEntries });
  }

  const data: S[][] = [];
  for (let i = 0; i < a.rows; i++) {
    const row: S[] = [];
    for (let j = 0; j < b.cols; j++) {
      let total = alg.multiply(a.data[i]![0]!, b.data[0]![j]!);
      for (let k = 1; k < a.cols; k++) {
        total = alg.add(total, alg.multiply(a.data[i]![k]!, b.data[k]![j]!));
      }
      row.push(total);
    }
    data.push(row);
  }
  return { rows: a.rows, cols: b.cols, data };
}

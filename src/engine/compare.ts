/** Closeness of numeric matrices. */
import type { Mat } from './matrix.js';

/** Relative tolerance for two evaluations of the same function. */
export const EXACT = 1e-8;

/** Tolerance for numbers a learner typed from a rounded display. */
export const TYPED = { absolute: 5e-4, relative: 1e-3 };

export function close(a: number, b: number, tolerance = EXACT): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

export function closeTyped(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= TYPED.absolute + TYPED.relative * Math.abs(b);
}

/** First entry (0-based) where the two differ, or undefined when they agree everywhere. */
export function firstDifference(
  a: Mat<number>,
  b: Mat<number>,
  same: (x: number, y: number) => boolean = close,
): [number, number] | undefined {
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) {
      if (!same(a.data[i]![j]!, b.data[i]![j]!)) return [i, j];
    }
  }
  return undefined;
}

export function matricesClose(
  a: Mat<number>,
  b: Mat<number>,
  same: (x: number, y: number) => boolean = close,
): boolean {
  return a.rows === b.rows && a.cols === b.cols && firstDifference(a, b, same) === undefined;
}

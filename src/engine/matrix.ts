/**
 * Matrices of any scalar type, row-major, with the shape checks the lessons need.
 * A 1x1 matrix is a scalar wherever a scalar makes sense (`W1 * x`).
 */
import type { Shape } from './types.js';

export interface Mat<S> {
  rows: number;
  cols: number;
  data: S[][];
}

/** Builds a matrix from a row-major grid. */
export function fromGrid<S>(grid: S[][]): Mat<S> {
  return { rows: grid.length, cols: grid[0]?.length ?? 0, data: grid };
}

/** A 1x1 matrix holding one scalar. */
export function scalar<S>(value: S): Mat<S> {
  return { rows: 1, cols: 1, data: [[value]] };
}

export function isScalar<S>(m: Mat<S>): boolean {
  return m.rows === 1 && m.cols === 1;
}

export function shapeOf<S>(m: Mat<S>): Shape {
  return { rows: m.rows, cols: m.cols };
}

/** `2x1` */
export function formatShape(shape: Shape): string {
  return `${shape.rows}x${shape.cols}`;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.rows === b.rows && a.cols === b.cols;
}

/** Applies `f` to every entry. */
export function map<S, R>(m: Mat<S>, f: (value: S, i: number, j: number) => R): Mat<R> {
  return {
    rows: m.rows,
    cols: m.cols,
    data: m.data.map((row, i) => row.map((v, j) => f(v, i, j))),
  };
}

/** The entry at 0-based `(i, j)`; the caller keeps indices in range. */
export function at<S>(m: Mat<S>, i: number, j: number): S {
  return (m.data[i] as S[])[j] as S;
}

export function transpose<S>(m: Mat<S>): Mat<S> {
  const data: S[][] = [];
  for (let j = 0; j < m.cols; j++) {
    data.push(m.data.map((row) => row[j] as S));
  }
  return { rows: m.cols, cols: m.rows, data };
}

/** Entries in row-major order. */
export function entries<S>(m: Mat<S>): S[] {
  return m.data.flat();
}

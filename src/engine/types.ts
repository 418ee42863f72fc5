/**
 * Values the engine hands to the session, the CLI and the loader. Plain data: no mathjs nodes.
 */
import type { DocPath, Text } from '../lesson/model.js';

/** Rows x columns. A 1x1 matrix is a scalar. */
export interface Shape {
  rows: number;
  cols: number;
}

/** A numeric matrix, row-major. */
export type NumMatrix = number[][];

/** Values of every named matrix at one point: parameters, data, forward results, gradients. */
export type ValueMap = Record<string, NumMatrix>;

/**
 * What a problem in a learner's answer or an author's expression is, as a code the message
 * catalogue renders, with the values it quotes.
 */
export interface Problem {
  code: ProblemCode;
  /** 0-based column in the expression where it starts, when known. */
  column?: number;
  params: Record<string, string | number>;
}

export type ProblemCode =
  | 'empty'
  | 'too-long'
  | 'too-deep'
  | 'syntax'
  | 'not-allowed-node'
  | 'not-allowed-function'
  | 'unknown-symbol'
  | 'wrong-arity'
  | 'shape-mismatch-op'
  | 'too-large'
  | 'not-finite'
  | 'not-a-number';

/** Named diagnoses of a wrong answer. Lessons add their own ids. */
export type DiagnosisCode =
  'authored' | 'shape' | 'transpose' | 'sign' | 'factor' | 'product-order' | string;

export interface Diagnosis {
  code: DiagnosisCode;
  params: Record<string, string | number>;
  /** Text written by the lesson author (authored mistakes and lesson diagnoses). */
  feedback?: Text;
}

/**
 * - `correct`: equal to the expected matrix at the current values and at random points
 *   (the same function, so it stays right after every update);
 * - `numeric`: equal at the current values only (typed numbers, or a formula that happens to
 *   agree today);
 * - `wrong`: a matrix, but not the expected one;
 * - `invalid`: not usable as an answer (syntax, unknown symbol, refused construct).
 */
export type Verdict = 'correct' | 'numeric' | 'wrong' | 'invalid';

export interface CheckResult {
  verdict: Verdict;
  /** The learner's value at the current point, when it could be computed. */
  value?: NumMatrix;
  shape?: Shape;
  expectedShape: Shape;
  /** Why the answer is invalid. */
  problem?: Problem;
  /** What the wrong answer most likely is. */
  diagnosis?: Diagnosis;
}

/** A quick look at a partial answer while it is being typed. */
export interface Preview {
  shape?: Shape;
  value?: NumMatrix;
  problem?: Problem;
}

/** A problem found in a lesson by the engine, pointing into the lesson document. */
export interface LessonIssue {
  path: DocPath;
  /** 0-based column inside the string at `path`, for expression errors. */
  column?: number;
  message: string;
}

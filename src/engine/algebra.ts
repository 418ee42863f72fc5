/**
 * Scalar arithmetic the evaluator is generic over: plain numbers, dual numbers (for exact
 * derivatives) and mathjs nodes (for per-entry formulas). One interpreter, three meanings.
 */

/** Functions an expression may call on scalars. `step` is relu' with step(0) = 0. */
export const SCALAR_FUNCTIONS = [
  'relu',
  'step',
  'sigmoid',
  'tanh',
  'exp',
  'log',
  'sqrt',
  'abs',
] as const;

export type ScalarFunction = (typeof SCALAR_FUNCTIONS)[number];

export type Comparison = '>' | '<' | '>=' | '<=';

export interface Algebra<S> {
  constant(value: number): S;
  add(a: S, b: S): S;
  subtract(a: S, b: S): S;
  multiply(a: S, b: S): S;
  divide(a: S, b: S): S;
  negate(a: S): S;
  power(a: S, b: S): S;
  call(fn: ScalarFunction, a: S): S;
  compare(op: Comparison, a: S, b: S): S;
}

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

/** Plain numbers. */
export function numberFunction(fn: ScalarFunction, v: number): number {
  switch (fn) {
    case 'relu':
      return v > 0 ? v : 0;
    case 'step':
      return v > 0 ? 1 : 0;
    case 'sigmoid':
      return sigmoid(v);
    case 'tanh':
      return Math.tanh(v);
    case 'exp':
      return Math.exp(v);
    case 'log':
      return Math.log(v);
    case 'sqrt':
      return Math.sqrt(v);
    case 'abs':
      return Math.abs(v);
  }
}

function compareNumbers(op: Comparison, a: number, b: number): number {
  const holds = op === '>' ? a > b : op === '<' ? a < b : op === '>=' ? a >= b : a <= b;
  return holds ? 1 : 0;
}

export const numbers: Algebra<number> = {
  constant: (value) => value,
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  negate: (a) => -a,
  power: (a, b) => Math.pow(a, b),
  call: numberFunction,
  compare: compareNumbers,
};

/** A value and its derivative along one direction (forward-mode automatic differentiation). */
export interface Dual {
  v: number;
  d: number;
}

function derivativeOf(fn: ScalarFunction, v: number): number {
  switch (fn) {
    case 'relu':
      return v > 0 ? 1 : 0;
    case 'step':
      return 0;
    case 'sigmoid':
      return sigmoid(v) * (1 - sigmoid(v));
    case 'tanh':
      return 1 - Math.tanh(v) ** 2;
    case 'exp':
      return Math.exp(v);
    case 'log':
      return 1 / v;
    case 'sqrt':
      return 1 / (2 * Math.sqrt(v));
    case 'abs':
      return Math.sign(v);
  }
}

export const duals: Algebra<Dual> = {
  constant: (value) => ({ v: value, d: 0 }),
  add: (a, b) => ({ v: a.v + b.v, d: a.d + b.d }),
  subtract: (a, b) => ({ v: a.v - b.v, d: a.d - b.d }),
  multiply: (a, b) => ({ v: a.v * b.v, d: a.d * b.v + a.v * b.d }),
  divide: (a, b) => ({ v: a.v / b.v, d: (a.d * b.v - a.v * b.d) / (b.v * b.v) }),
  negate: (a) => ({ v: -a.v, d: -a.d }),
  power: (a, b) => {
    const v = Math.pow(a.v, b.v);
    // d(a^b) = b a^(b-1) da + a^b ln(a) db; the second term only when b varies.
    const fromBase = a.d === 0 ? 0 : b.v * Math.pow(a.v, b.v - 1) * a.d;
    const fromExponent = b.d === 0 ? 0 : v * Math.log(a.v) * b.d;
    return { v, d: fromBase + fromExponent };
  },
  call: (fn, a) => ({ v: numberFunction(fn, a.v), d: derivativeOf(fn, a.v) * a.d }),
  compare: (op, a, b) => ({ v: compareNumbers(op, a.v, b.v), d: 0 }),
};

/** Typed errors of the engine. Each carries a Problem the message catalogue renders. */
import type { Problem, ProblemCode } from './types.js';

/** An expression that cannot be used: bad syntax, a refused construct, an unknown name. */
export class ExpressionError extends Error {
  readonly problem: Problem;

  constructor(code: ProblemCode, params: Problem['params'], column?: number) {
    super(describeProblem({ code, params, column }));
    this.name = 'ExpressionError';
    this.problem = column === undefined ? { code, params } : { code, params, column };
  }
}

/** A plain English rendering, for lesson validation and logs; the TUI uses the catalogue. */
export function describeProblem(problem: Problem): string {
  const p = problem.params;
  switch (problem.code) {
    case 'empty':
      return 'the expression is empty';
    case 'too-long':
      return `the expression is ${p.length} characters long; the limit is ${p.limit}`;
    case 'too-deep':
      return `the expression nests deeper than ${p.limit} levels`;
    case 'syntax':
      return `syntax error: ${p.message}`;
    case 'not-allowed-node':
      return `${p.what} is not allowed in an answer`;
    case 'not-allowed-function':
      return `function "${p.name}" is not available; available: ${p.available}`;
    case 'unknown-symbol':
      return `unknown symbol "${p.name}"; known: ${p.available}`;
    case 'wrong-arity':
      return `${p.name}() takes ${p.expected} argument(s), got ${p.actual}`;
    case 'shape-mismatch-op':
      return `cannot ${p.op} ${p.left} (${p.leftShape}) and ${p.right} (${p.rightShape})${p.why ? `: ${p.why}` : ''}`;
    case 'too-large':
      return `${p.what} is too large (limit ${p.limit})`;
    case 'not-finite':
      return 'the value is not a finite number (NaN or Infinity)';
    case 'not-a-number':
      return `${p.what} is not a number`;
  }
}

/**
 * Evaluates a parsed matrix expression over any scalar algebra. Only an allow-list of node
 * types, operators and functions is understood; anything else is an ExpressionError. The walk
 * never calls into mathjs evaluation, so no answer can reach JavaScript.
 *
 * @example evaluate(parseExpression("W2' * dY"), numbers, scope)  // a 2x1 Mat<number>
 */
import type { MathNode } from 'mathjs';
import type { Algebra, ScalarFunction } from './algebra.js';
import {
  COMPARISONS,
  FUNCTION_ALIASES,
  FUNCTION_NAMES,
  NODE_DESCRIPTIONS,
} from './allowed-syntax.js';
import { ExpressionError } from './errors.js';
import { LIMITS } from './limits.js';
import { isScalar, map, transpose, type Mat } from './matrix.js';
import { elementwise, mismatch, multiply, sum } from './matrix-ops.js';

export { FUNCTION_NAMES } from './allowed-syntax.js';

export interface EvalContext<S> {
  algebra: Algebra<S>;
  scope: ReadonlyMap<string, Mat<S>>;
  /** The source text, used to point at names by column. */
  source?: string;
  /** Scalar operations allowed; LIMITS.lessonWork when absent. */
  workLimit?: number;
  /** A counter of the operations done, for callers that measure an evaluation. */
  work?: { done: number };
}

/** Column of `name` as a whole word in `source`, when it can be found. */
function columnOf(source: string | undefined, name: string): number | undefined {
  if (source === undefined) return undefined;

  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(^|[^A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).exec(source);
  return match ? match.index + (match[1]?.length ?? 0) : undefined;
}

/** One evaluation under way: its context and the scalar operations done so far. */
interface Run<S> extends EvalContext<S> {
  work: { done: number };
  workLimit: number;
}

export function evaluate<S>(node: MathNode, ctx: EvalContext<S>): Mat<S> {
  const run = {
    ...ctx,
    work: ctx.work ?? { done: 0 },
    workLimit: ctx.workLimit ?? LIMITS.lessonWork,
  };
  return walk(node, run, 0);
}

/** Counts `amount` operations about to be done, refusing the evaluation past its limit. */
function charge<S>(run: Run<S>, amount: number): void {
  run.work.done += amount;
  if (run.work.done > run.workLimit) {
    throw new ExpressionError('too-large', {
      what: 'the computation (scalar operations)',
      limit: run.workLimit,
    });
  }
}

function entries<S>(m: Mat<S>): number {
  return m.rows * m.cols;
}

function walk<S>(node: MathNode, ctx: Run<S>, depth: number): Mat<S> {
  if (depth > LIMITS.depth) throw new ExpressionError('too-deep', { limit: LIMITS.depth });
  charge(ctx, 1);

  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode':
      return constant(n.value, ctx);
    case 'SymbolNode':
      return symbol(n.name as string, ctx);
    case 'ParenthesisNode':
      return walk(n.content as MathNode, ctx, depth + 1);
    case 'OperatorNode':
      return operator(n.fn as string, n.args as MathNode[], ctx, depth);
    case 'FunctionNode':
      return call(n.fn as MathNode, n.args as MathNode[], ctx, depth);
    case 'ArrayNode':
      return literal(n.items as MathNode[], ctx, depth);
    default:
      throw new ExpressionError('not-allowed-node', {
        what: NODE_DESCRIPTIONS[node.type] ?? node.type,
      });
  }
}

function constant<S>(value: unknown, ctx: EvalContext<S>): Mat<S> {
  if (typeof value !== 'number') {
    throw new ExpressionError('not-a-number', { what: JSON.stringify(value) ?? String(value) });
  }
  return { rows: 1, cols: 1, data: [[ctx.algebra.constant(value)]] };
}

function symbol<S>(name: string, ctx: EvalContext<S>): Mat<S> {
  const value = ctx.scope.get(name);
  if (value) return value;

  if (name === 'pi') return constant(Math.PI, ctx);
  if (name === 'e') return constant(Math.E, ctx);

  throw new ExpressionError(
    'unknown-symbol',
    { name, available: [...ctx.scope.keys()].join(', ') },
    columnOf(ctx.source, name),
  );
}

function literal<S>(items: MathNode[], ctx: Run<S>, depth: number): Mat<S> {
  const isNested = items.length > 0 && items.every((item) => item.type === 'ArrayNode');
  const rowNodes = isNested
    ? items.map((item) => (item as MathNode & { items: MathNode[] }).items)
    : [items];
  const count = rowNodes.reduce((sum, row) => sum + row.length, 0);
  if (count > LIMITS.literalEntries) {
    throw new ExpressionError('too-large', { what: 'the matrix', limit: LIMITS.literalEntries });
  }
  charge(ctx, count);

  const data = rowNodes.map((row) =>
    row.map((item) => {
      const value = walk(item, ctx, depth + 1);
      if (!isScalar(value)) {
        throw new ExpressionError('not-allowed-node', { what: 'a matrix inside a matrix literal' });
      }
      return value.data[0]![0]!;
    }),
  );
  const cols = data[0]?.length ?? 0;
  if (cols === 0 || data.some((row) => row.length !== cols)) {
    throw new ExpressionError('not-allowed-node', {
      what: 'a matrix whose rows differ in length (or an empty one)',
    });
  }
  return { rows: data.length, cols, data };
}

function call<S>(fnNode: MathNode, args: MathNode[], ctx: Run<S>, depth: number): Mat<S> {
  const name = fnNode.type === 'SymbolNode' ? (fnNode as MathNode & { name: string }).name : '';
  if (!FUNCTION_NAMES.includes(name)) {
    throw new ExpressionError(
      'not-allowed-function',
      { name: name || fnNode.toString(), available: FUNCTION_NAMES.join(', ') },
      name ? columnOf(ctx.source, name) : undefined,
    );
  }
  if (args.length !== 1) {
    throw new ExpressionError('wrong-arity', { name, expected: 1, actual: args.length });
  }

  const value = walk(args[0]!, ctx, depth + 1);
  charge(ctx, entries(value));
  if (name === 'transpose') return transpose(value);
  if (name === 'sum') return sum(value, ctx.algebra);

  const fn = FUNCTION_ALIASES[name] ?? (name as ScalarFunction);
  return map(value, (v) => ctx.algebra.call(fn, v));
}

function operator<S>(fn: string, args: MathNode[], ctx: Run<S>, depth: number): Mat<S> {
  const values = args.map((arg) => walk(arg, ctx, depth + 1));
  const [a, b] = values as [Mat<S>, Mat<S>];
  // A matrix product costs rows x inner x columns; every other operation one per entry.
  const isProduct = fn === 'multiply' && !isScalar(a) && !isScalar(b);
  charge(ctx, isProduct ? a.rows * a.cols * b.cols : Math.max(...values.map(entries)));
  const alg = ctx.algebra;
  const text = (i: number) => args[i]!.toString();

  switch (fn) {
    case 'unaryMinus':
      return map(a, (v) => alg.negate(v));
    case 'unaryPlus':
      return a;
    case 'ctranspose':
    case 'transpose':
      return transpose(a);
    case 'add':
      return elementwise(a, b, (x, y) => alg.add(x, y), 'add', text);
    case 'subtract':
      return elementwise(a, b, (x, y) => alg.subtract(x, y), 'subtract', text);
    case 'dotMultiply':
      return elementwise(a, b, (x, y) => alg.multiply(x, y), 'multiply elementwise', text);
    case 'dotDivide':
      return elementwise(a, b, (x, y) => alg.divide(x, y), 'divide elementwise', text);
    case 'dotPow':
      return elementwise(a, b, (x, y) => alg.power(x, y), 'raise elementwise', text);
    case 'multiply':
      return multiply(a, b, alg, text);
    case 'divide':
      if (!isScalar(b)) throw mismatch('divide', a, b, text, 'use ./ to divide entry by entry');
      return map(a, (v) => alg.divide(v, b.data[0]![0]!));
    case 'pow':
      if (!isScalar(a) || !isScalar(b)) {
        throw mismatch('raise', a, b, text, 'use .^ for an entry-by-entry power');
      }
      return map(a, (v) => alg.power(v, b.data[0]![0]!));
  }

  const comparison = COMPARISONS[fn];
  if (comparison)
    return elementwise(a, b, (x, y) => alg.compare(comparison, x, y), 'compare', text);

  throw new ExpressionError('not-allowed-node', { what: `the operator "${fn}"` });
}

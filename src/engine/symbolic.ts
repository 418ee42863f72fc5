/**
 * Scalar algebra over mathjs nodes: evaluating a matrix expression with it yields one scalar
 * formula per entry (`(y1 - t1) * a1`). Zeros and ones are folded as the tree is built so that
 * simplify has little to do.
 */
import type { MathNode } from 'mathjs';
import type { Algebra, Comparison, ScalarFunction } from './algebra.js';
import { algebraMath } from './math.js';

const { ConstantNode, OperatorNode, FunctionNode, SymbolNode, ParenthesisNode } = algebraMath;

function valueOf(node: MathNode): number | undefined {
  return node.type === 'ConstantNode'
    ? ((node as MathNode & { value: unknown }).value as number)
    : undefined;
}

function op(symbol: string, fn: string, args: MathNode[]): MathNode {
  return new OperatorNode(symbol as never, fn as never, args);
}

const COMPARISON_FNS: Record<Comparison, string> = {
  '>': 'larger',
  '<': 'smaller',
  '>=': 'largerEq',
  '<=': 'smallerEq',
};

export const formulas: Algebra<MathNode> = {
  constant: (value) =>
    value < 0 ? op('-', 'unaryMinus', [new ConstantNode(-value)]) : new ConstantNode(value),
  add(a, b) {
    if (valueOf(a) === 0) return b;
    if (valueOf(b) === 0) return a;
    return op('+', 'add', [a, b]);
  },
  subtract(a, b) {
    if (valueOf(b) === 0) return a;
    if (valueOf(a) === 0) return op('-', 'unaryMinus', [b]);
    return op('-', 'subtract', [a, b]);
  },
  multiply(a, b) {
    if (valueOf(a) === 0 || valueOf(b) === 0) return new ConstantNode(0);
    if (valueOf(a) === 1) return b;
    if (valueOf(b) === 1) return a;
    return op('*', 'multiply', [a, b]);
  },
  divide: (a, b) => (valueOf(b) === 1 ? a : op('/', 'divide', [a, b])),
  negate: (a) => op('-', 'unaryMinus', [a]),
  power: (a, b) => (valueOf(b) === 1 ? a : op('^', 'pow', [a, b])),
  call: (fn: ScalarFunction, a) => new FunctionNode(new SymbolNode(fn), [a]),
  compare: (cmp, a, b) => new ParenthesisNode(op(cmp, COMPARISON_FNS[cmp], [a, b])),
};

/** A scalar symbol as a formula. */
export function symbolFormula(name: string): MathNode {
  return new SymbolNode(name);
}

/**
 * The text of a formula in mathjs syntax, simplified unless asked not to (simplify multiplies
 * out products, which makes formulas in the starting symbols longer, not clearer).
 *
 * @example formulaText(formulas.multiply(symbolFormula('a1'), symbolFormula('x')))  // "a1 * x"
 */
export function formulaText(node: MathNode, shouldSimplify = true): string {
  if (!shouldSimplify) return node.toString();
  try {
    return algebraMath.simplify(node).toString();
  } catch {
    // simplify gives up on some trees; the unsimplified one is still a correct formula.
    return node.toString();
  }
}

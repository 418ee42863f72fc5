/**
 * A number paired with a mathjs formula that depends only on chosen symbols. ReLU and step are
 * resolved to their branch at the pair's number, so the formula is smooth and mathjs' `derivative`
 * (which refuses relu) can differentiate it. Subtrees without symbols are folded to constants.
 */
import type { MathNode } from 'mathjs';
import { numberFunction, numbers, type Algebra } from './algebra.js';
import { algebraMath } from './math.js';

const { ConstantNode, OperatorNode, FunctionNode, SymbolNode } = algebraMath;

export interface Pair {
  value: number;
  node: MathNode;
  /** True when the formula has no symbol in it. */
  isConstant: boolean;
}

function constant(value: number): Pair {
  const node =
    value < 0
      ? new OperatorNode('-', 'unaryMinus', [new ConstantNode(-value)])
      : new ConstantNode(value);
  return { value, node, isConstant: true };
}

function combine(value: number, parts: Pair[], build: (...nodes: MathNode[]) => MathNode): Pair {
  if (parts.every((p) => p.isConstant)) return constant(value);
  return { value, node: build(...parts.map((p) => p.node)), isConstant: false };
}

const binary =
  (symbol: string, fn: string, f: (a: number, b: number) => number) =>
  (a: Pair, b: Pair): Pair =>
    combine(
      f(a.value, b.value),
      [a, b],
      (x, y) => new OperatorNode(symbol as never, fn as never, [x!, y!]),
    );

const call = (name: string, a: Pair, value: number): Pair =>
  combine(value, [a], (x) => new FunctionNode(new SymbolNode(name), [x!]));

export const regionPairs: Algebra<Pair> & { symbol(name: string, value: number): Pair } = {
  symbol: (name, value) => ({ value, node: new SymbolNode(name), isConstant: false }),
  constant,
  add: binary('+', 'add', numbers.add),
  subtract: binary('-', 'subtract', numbers.subtract),
  multiply: binary('*', 'multiply', numbers.multiply),
  divide: binary('/', 'divide', numbers.divide),
  negate: (a) => combine(-a.value, [a], (x) => new OperatorNode('-', 'unaryMinus', [x!])),
  power: binary('^', 'pow', numbers.power),
  call(fn, a) {
    const value = numberFunction(fn, a.value);
    switch (fn) {
      case 'relu':
        return a.value > 0 ? a : constant(0);
      case 'step':
        return constant(value);
      case 'sigmoid': {
        // 1 / (1 + exp(-a)), spelled out so derivative needs no custom rule.
        const denominator = this.add(constant(1), call('exp', this.negate(a), Math.exp(-a.value)));
        return this.divide(constant(1), denominator);
      }
      case 'tanh': {
        const e2 = call('exp', this.multiply(constant(2), a), Math.exp(2 * a.value));
        return this.divide(this.subtract(e2, constant(1)), this.add(e2, constant(1)));
      }
      default:
        return call(fn, a, value);
    }
  },
  compare: (op, a, b) => constant(numbers.compare(op, a.value, b.value)),
};

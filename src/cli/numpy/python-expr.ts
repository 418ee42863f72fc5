/**
 * A lesson expression (a mathjs tree) as a numpy expression. Shapes decide the operators:
 * `*` between two matrices is `@`, with a 1x1 operand it is `*`; `'` is `.T` (nothing on a 1x1);
 * `.*` is `*`, `./` is `/`, `.^` and `^` are `**`; relu, step and sigmoid are spelt out.
 * Parentheses are added only where Python's precedence needs them.
 *
 * @example toPython(parse("W2' * dY"), scope).code  // "W2.T @ dY"
 */
import type { MathNode } from 'mathjs';
import type { Shape } from '../../engine/types.js';
import { COMPARISONS } from '../../engine/allowed-syntax.js';
import { ExportError } from './export-error.js';

/** Python precedence levels, loosest first. */
const PREC = { compare: 50, sum: 60, product: 70, unary: 80, power: 90, atom: 100 } as const;

const SCALAR: Shape = { rows: 1, cols: 1 };

export interface PythonCode {
  code: string;
  prec: number;
  shape: Shape;
}

export interface PythonScope {
  /** The shape of a name of the lesson; undefined when the name is unknown. */
  shapeOf(name: string): Shape | undefined;
  /** The Python variable of a name (lesson names that are Python keywords get a `_`). */
  variable(name: string): string;
  /** The helper that turns a 1x1 value into a float, for entries of matrix literals. */
  numberHelper: string;
}

type Node = MathNode & Record<string, unknown>;

function isScalar(shape: Shape): boolean {
  return shape.rows === 1 && shape.cols === 1;
}

function wrap(e: PythonCode, min: number): string {
  return e.prec < min ? `(${e.code})` : e.code;
}

function atom(code: string, shape: Shape): PythonCode {
  return { code, prec: PREC.atom, shape };
}

/** `a op b`, left-associative. */
function binary(a: PythonCode, op: string, b: PythonCode, prec: number, shape: Shape) {
  return { code: `${wrap(a, prec)} ${op} ${wrap(b, prec + 1)}`, prec, shape };
}

function broadcast(a: PythonCode, b: PythonCode): Shape {
  return isScalar(a.shape) ? b.shape : a.shape;
}

/** A comparison as 1.0 or 0.0, as the engine gives it. */
function indicator(a: PythonCode, op: string, b: PythonCode, shape: Shape): PythonCode {
  const test = `${wrap(a, PREC.compare + 1)} ${op} ${wrap(b, PREC.compare + 1)}`;
  return { code: `(${test}) * 1.0`, prec: PREC.product, shape };
}

function transposed(a: PythonCode): PythonCode {
  if (isScalar(a.shape)) return a;
  return atom(`${wrap(a, PREC.atom)}.T`, { rows: a.shape.cols, cols: a.shape.rows });
}

/** A number as Python writes it. */
export function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) throw new ExportError(`the number ${value} has no Python literal`);
  return String(value);
}

function operator(node: Node, scope: PythonScope): PythonCode {
  const fn = node.fn as string;
  const [a, b] = (node.args as MathNode[]).map((arg) => toPython(arg, scope)) as [
    PythonCode,
    PythonCode,
  ];

  switch (fn) {
    case 'unaryPlus':
      return a;
    case 'unaryMinus':
      return { code: `-${wrap(a, PREC.unary)}`, prec: PREC.unary, shape: a.shape };
    case 'transpose':
    case 'ctranspose':
      return transposed(a);
    case 'add':
      return binary(a, '+', b, PREC.sum, broadcast(a, b));
    case 'subtract':
      return binary(a, '-', b, PREC.sum, broadcast(a, b));
    case 'dotMultiply':
      return binary(a, '*', b, PREC.product, broadcast(a, b));
    case 'dotDivide':
    case 'divide':
      return binary(a, '/', b, PREC.product, broadcast(a, b));
    case 'multiply':
      if (isScalar(a.shape) || isScalar(b.shape)) {
        return binary(a, '*', b, PREC.product, broadcast(a, b));
      }
      return binary(a, '@', b, PREC.product, { rows: a.shape.rows, cols: b.shape.cols });
    case 'pow':
    case 'dotPow': {
      const code = `${wrap(a, PREC.atom)} ** ${wrap(b, PREC.unary)}`;
      return { code, prec: PREC.power, shape: broadcast(a, b) };
    }
  }
  const comparison = COMPARISONS[fn];
  if (comparison) return indicator(a, comparison, b, broadcast(a, b));
  throw new ExportError(`the operator "${String(node.op)}" cannot be written in numpy here`);
}

const NUMPY_FUNCTIONS: Record<string, string> = {
  tanh: 'np.tanh',
  exp: 'np.exp',
  log: 'np.log',
  sqrt: 'np.sqrt',
  abs: 'np.abs',
};

function call(node: Node, scope: PythonScope): PythonCode {
  const fnNode = node.fn as Node;
  const name = fnNode.type === 'SymbolNode' ? (fnNode.name as string) : fnNode.toString();
  const args = node.args as MathNode[];
  if (args.length !== 1) throw new ExportError(`${name}() takes one argument`);
  const a = toPython(args[0]!, scope);

  switch (name) {
    case 'relu':
      return atom(`np.maximum(0, ${a.code})`, a.shape);
    case 'step':
    case 'drelu':
    case 'heaviside':
      return indicator(a, '>', atom('0', SCALAR), a.shape);
    case 'sigmoid':
      return {
        code: `1 / (1 + np.exp(-${wrap(a, PREC.unary)}))`,
        prec: PREC.product,
        shape: a.shape,
      };
    case 'sum':
      return atom(`np.sum(${a.code})`, SCALAR);
    case 'transpose':
      return transposed(a);
  }
  const numpy = NUMPY_FUNCTIONS[name];
  if (numpy) return atom(`${numpy}(${a.code})`, a.shape);
  throw new ExportError(`the function "${name}" has no numpy translation`);
}

function literal(node: Node, scope: PythonScope): PythonCode {
  const items = node.items as Node[];
  const isNested = items.length > 0 && items.every((item) => item.type === 'ArrayNode');
  const rows = isNested ? items.map((item) => item.items as MathNode[]) : [items as MathNode[]];
  const cells = rows.map((row) =>
    row.map((item) => {
      const entry = toPython(item, scope);
      return item.type === 'ConstantNode' ? entry.code : `${scope.numberHelper}(${entry.code})`;
    }),
  );
  const code = `np.array([${cells.map((row) => `[${row.join(', ')}]`).join(', ')}], dtype=float)`;
  return atom(code, { rows: rows.length, cols: rows[0]?.length ?? 0 });
}

function symbol(name: string, scope: PythonScope): PythonCode {
  const shape = scope.shapeOf(name);
  if (shape) return atom(scope.variable(name), shape);
  if (name === 'pi') return atom('np.pi', SCALAR);
  if (name === 'e') return atom('np.e', SCALAR);
  throw new ExportError(`the name "${name}" is not defined where it is used`);
}

/** Translates one expression; throws ExportError for what numpy cannot say the same way. */
export function toPython(node: MathNode, scope: PythonScope): PythonCode {
  const n = node as Node;
  switch (node.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number') throw new ExportError(`${node.toString()} is not a number`);
      return atom(pythonNumber(n.value), SCALAR);
    case 'SymbolNode':
      return symbol(n.name as string, scope);
    case 'ParenthesisNode': {
      const inner = toPython(n.content as MathNode, scope);
      return atom(`(${inner.code})`, inner.shape);
    }
    case 'OperatorNode':
      return operator(n, scope);
    case 'FunctionNode':
      return call(n, scope);
    case 'ArrayNode':
      return literal(n, scope);
    default:
      throw new ExportError(`${node.type} cannot be written in numpy`);
  }
}

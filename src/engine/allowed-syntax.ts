/**
 * The allow-list of an expression: the functions it may call, the comparisons it may make, and
 * how the node types it may not use are described.
 */
import { SCALAR_FUNCTIONS, type Comparison, type ScalarFunction } from './algebra.js';

/** Function names an expression may use. */
export const FUNCTION_NAMES = [...SCALAR_FUNCTIONS, 'drelu', 'heaviside', 'transpose', 'sum'];

/** Other names of a scalar function. */
export const FUNCTION_ALIASES: Record<string, ScalarFunction> = {
  drelu: 'step',
  heaviside: 'step',
};

/** The comparison each mathjs comparison operator stands for. */
export const COMPARISONS: Record<string, Comparison> = {
  larger: '>',
  smaller: '<',
  largerEq: '>=',
  smallerEq: '<=',
};

/** How a refused mathjs node type is named in the error. */
export const NODE_DESCRIPTIONS: Record<string, string> = {
  AccessorNode: 'property access (a.b, a["b"])',
  AssignmentNode: 'assignment (=)',
  FunctionAssignmentNode: 'function definition',
  BlockNode: 'a block of several expressions (; or newline)',
  ConditionalNode: 'a conditional (a ? b : c)',
  IndexNode: 'indexing (A[1])',
  ObjectNode: 'an object ({...})',
  RangeNode: 'a range (a:b)',
  RelationalNode: 'a chain of comparisons',
};

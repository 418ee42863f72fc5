import { describe, expect, it } from 'vitest';
import { numbers } from '../../src/engine/algebra.js';
import { ExpressionError } from '../../src/engine/errors.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parseChecked } from '../../src/engine/guard.js';
import { fromGrid, type Mat } from '../../src/engine/matrix.js';
import type { Problem } from '../../src/engine/types.js';

const scope = new Map<string, Mat<number>>([
  ['W1', fromGrid([[0.4], [0.6]])],
  [
    'W2',
    fromGrid([
      [0.3, 0.5],
      [-0.2, 0.7],
    ]),
  ],
  ['a', fromGrid([[1]])],
]);

/** The error of parsing and evaluating `text`; fails the test when there is none. */
function refusal(text: string): ExpressionError {
  try {
    evaluate(parseChecked(text), { algebra: numbers, scope, source: text });
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    return error as ExpressionError;
  }
  throw new Error(`"${text}" was evaluated, but it should be refused`);
}

describe('evaluate (refused constructs)', () => {
  const cases: [string, string, Partial<Problem>][] = [
    ['an assignment', 'a = 1', { code: 'not-allowed-node', params: { what: 'assignment (=)' } }],
    ['a function definition', 'f(x) = x', { code: 'not-allowed-node' }],
    ['property access with a dot', 'a.b', { code: 'not-allowed-node' }],
    ['property access by string', 'a["constructor"]', { code: 'not-allowed-node' }],
    ['a huge range', '1:1e9', { code: 'not-allowed-node', params: { what: 'a range (a:b)' } }],
    [
      'a factorial',
      '3!',
      { code: 'not-allowed-node', params: { what: 'the operator "factorial"' } },
    ],
    ['a conditional', 'a ? 1 : 2', { code: 'not-allowed-node' }],
    ['an object', '{b: 1}', { code: 'not-allowed-node' }],
    ['several expressions', 'a; a', { code: 'not-allowed-node' }],
    ['a chain of comparisons', '1 < a < 3', { code: 'not-allowed-node' }],
    ['equality', 'a == a', { code: 'not-allowed-node' }],
    ['a bitwise operator', 'a | a', { code: 'not-allowed-node' }],
    ['zeros()', 'zeros(2)', { code: 'not-allowed-function', column: 0 }],
    ['import()', 'import(1)', { code: 'not-allowed-function', column: 0 }],
    ['evaluate()', 'a + evaluate("1")', { code: 'not-allowed-function', column: 4 }],
    ['calling a matrix', 'W1(2)', { code: 'not-allowed-function', params: { name: 'W1' } }],
    ['a string', '"abc"', { code: 'not-a-number', params: { what: '"abc"' } }],
    ['a boolean', 'true', { code: 'not-a-number', params: { what: 'true' } }],
    ['null', 'null', { code: 'not-a-number' }],
    ['a matrix inside a literal', '[W1, 1]', { code: 'not-allowed-node' }],
    ['a ragged nested literal', '[[1, 2], [3]]', { code: 'not-allowed-node' }],
    ['an empty literal', '[]', { code: 'not-allowed-node' }],
    ['two arguments to relu', 'relu(a, a)', { code: 'wrong-arity', params: {} }],
    ['an unknown name', 'W1 + q', { code: 'unknown-symbol', column: 5 }],
  ];

  it.each(cases)('refuses %s: %s', (_what, text, expected) => {
    const error = refusal(text);

    expect(error.problem).toMatchObject(expected);
  });

  it('refuses a ragged literal with ; already when parsing, as a syntax error', () => {
    const error = refusal('[1, 2; 3]');

    expect(error.problem.code).toBe('syntax');
    expect(error.message).toMatch(/dimensions mismatch/);
  });

  it('lists the available functions when refusing one', () => {
    const error = refusal('zeros(2)');

    expect(error.problem.params.name).toBe('zeros');
    expect(String(error.problem.params.available).split(', ')).toEqual(
      expect.arrayContaining(['relu', 'step', 'sigmoid', 'transpose', 'sum']),
    );
    expect(error.message).toMatch(/^function "zeros" is not available; available: relu, /);
  });

  it('lists the known names when refusing an unknown one', () => {
    const error = refusal('W1 + q');

    expect(error.problem.params).toEqual({ name: 'q', available: 'W1, W2, a' });
    expect(error.message).toBe('unknown symbol "q"; known: W1, W2, a');
  });

  it('refuses ^ on a matrix and suggests .^', () => {
    const error = refusal('W2^2');

    expect(error.problem).toEqual({
      code: 'shape-mismatch-op',
      params: {
        op: 'raise',
        left: 'W2',
        leftShape: '2x2',
        right: '2',
        rightShape: '1x1',
        why: 'use .^ for an entry-by-entry power',
      },
    });
  });

  it('refuses division by a matrix and suggests ./', () => {
    const error = refusal('1 / W1');

    expect(error.problem.code).toBe('shape-mismatch-op');
    expect(error.problem.params).toMatchObject({ op: 'divide', right: 'W1', rightShape: '2x1' });
    expect(error.message).toContain('./');
  });

  it('names both shapes when inner dimensions differ', () => {
    const error = refusal('W1 * W2');

    expect(error.problem.params).toMatchObject({
      op: 'multiply',
      left: 'W1',
      leftShape: '2x1',
      right: 'W2',
      rightShape: '2x2',
    });
    expect(error.message).toBe(
      'cannot multiply W1 (2x1) and W2 (2x2): the left has 1 column(s) but the right has 2 row(s)',
    );
  });

  it('refuses adding matrices of different shapes', () => {
    const error = refusal('W1 + W2');

    expect(error.problem.params).toMatchObject({ op: 'add', leftShape: '2x1', rightShape: '2x2' });
  });

  it('stops a very deep expression instead of overflowing the stack', () => {
    const error = refusal(Array.from({ length: 500 }, () => 'a').join(' + '));

    expect(error.problem.code).toBe('too-deep');
  });
});

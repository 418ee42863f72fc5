import { describe, expect, it } from 'vitest';
import { ExpressionError } from '../../src/engine/errors.js';
import { parseChecked, TEXT_LIMITS } from '../../src/engine/guard.js';

function parseError(text: string): ExpressionError {
  try {
    parseChecked(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    return error as ExpressionError;
  }
  throw new Error(`"${text}" was parsed, but it should be refused`);
}

const nested = (depth: number) => `${'('.repeat(depth)}1${')'.repeat(depth)}`;

describe('parseChecked', () => {
  it('parses a well-formed answer', () => {
    const node = parseChecked("(Y - T) * A'");

    expect(node.toString()).toBe("(Y - T) * A'");
  });

  it.each(['', '   ', '\t'])('refuses an empty answer %j', (text) => {
    const error = parseError(text);

    expect(error.problem).toEqual({ code: 'empty', params: {} });
    expect(error.message).toBe('the expression is empty');
  });

  it('accepts an answer of exactly the length limit', () => {
    expect(TEXT_LIMITS.length).toBe(2000);

    expect(() => parseChecked('1' + '+1'.repeat(999) + ' ')).not.toThrow();
  });

  it('refuses an answer one character over the limit, quoting both lengths', () => {
    const error = parseError('x'.repeat(2001));

    expect(error.problem).toEqual({ code: 'too-long', params: { length: 2001, limit: 2000 } });
    expect(error.message).toBe('the expression is 2001 characters long; the limit is 2000');
  });

  it('accepts nesting of exactly 40 levels', () => {
    expect(() => parseChecked(nested(40))).not.toThrow();
  });

  it.each([
    ['parentheses', nested(41)],
    ['brackets', `${'['.repeat(41)}1${']'.repeat(41)}`],
    ['mixed brackets', `${'([{'.repeat(14)}1${'}])'.repeat(14)}`],
  ])('refuses nesting deeper than 40 levels of %s', (_what, text) => {
    const error = parseError(text);

    expect(error.problem).toEqual({ code: 'too-deep', params: { limit: 40 } });
  });

  it.each([
    ['a newline', 'W1 *\nx', 4, '000a'],
    ['a NUL', 'W1\u0000', 2, '0000'],
    ['an escape', '\u001b[2J', 0, '001b'],
    ['a DEL', 'a\u007f', 1, '007f'],
    ['a C1 control', 'a + \u0085b', 4, '0085'],
  ])('refuses %s with its column and code point', (_what, text, column, code) => {
    const error = parseError(text);

    expect(error.problem).toEqual({
      code: 'syntax',
      params: { message: `control character U+${code}` },
      column,
    });
  });

  it('accepts a tab as white space', () => {
    expect(parseChecked('W1\t* x').toString()).toBe('W1 * x');
  });

  // Columns are 0-based and point at the offending character (or just past the end).
  it.each([
    ['a doubled operator', 'W1 * * x', 5, 'Value expected'],
    ['an operator without a right side', 'W1 + )', 5, 'Value expected'],
    ['a missing operand at the end', 'W1 * x +', 8, 'Unexpected end of expression'],
    ['an unclosed parenthesis', 'sum((Y - T).^2', 14, 'Parenthesis ) expected'],
    ['an extra parenthesis', 'W1 * x + B)', 10, 'Unexpected operator )'],
    ['an unclosed matrix', '[1, 2', 5, 'End of matrix ] expected'],
    ['an unknown character', 'a @ b', 2, 'Syntax error in part "@ b"'],
    ['an unclosed string', '"abc', 4, 'End of string " expected'],
  ])('reports %s with its column', (_what, text, column, message) => {
    const error = parseError(text);

    expect(error.problem).toEqual({ code: 'syntax', params: { message }, column });
    expect(error.message).toBe(`syntax error: ${message}`);
    expect(column).toBeLessThanOrEqual(text.length);
  });
});

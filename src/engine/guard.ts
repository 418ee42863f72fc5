/**
 * Limits checked on the raw text before mathjs sees it, and parsing with the error position
 * kept, so that no input can exhaust the stack or the heap.
 */
import type { MathNode } from 'mathjs';
import { ExpressionError } from './errors.js';
import { parseExpression } from './math.js';

export const TEXT_LIMITS = { length: 2000, nesting: 40 };

/** Deepest nesting of (), [] and {} in the text. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return deepest;
}

/** First control character (other than tab), which mathjs would misread; -1 when none. */
function controlCharacterAt(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.search(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
}

/**
 * Parses an answer or a lesson expression. Throws ExpressionError with a 0-based column.
 *
 * @example parseChecked('W1 * x + B')
 */
export function parseChecked(text: string): MathNode {
  // mathjs reads `#` to the end of the line as a comment: a text that is only a comment is empty.
  if (/^\s*(#|$)/.test(text)) throw new ExpressionError('empty', {});
  if (text.length > TEXT_LIMITS.length) {
    throw new ExpressionError('too-long', { length: text.length, limit: TEXT_LIMITS.length });
  }

  const control = controlCharacterAt(text);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).padStart(4, '0');
    throw new ExpressionError('syntax', { message: `control character U+${code}` }, control);
  }
  if (nestingDepth(text) > TEXT_LIMITS.nesting) {
    throw new ExpressionError('too-deep', { limit: TEXT_LIMITS.nesting });
  }

  try {
    return parseExpression(text);
  } catch (error) {
    const char = (error as { char?: unknown }).char;
    const message = (error as Error).message.replace(/\s*\(char \d+\)$/, '');
    const column =
      typeof char === 'number' ? Math.max(0, Math.min(char - 1, text.length)) : undefined;
    throw new ExpressionError('syntax', { message }, column);
  }
}

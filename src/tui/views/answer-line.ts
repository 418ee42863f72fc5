/**
 * The answer being typed: a `> ` prompt, the text scrolled sideways so the cursor stays in view,
 * and the screen column of any character, for the caret under a problem.
 */
import { line, span, type Line } from '../layout/line.js';
import { widthOf } from '../text/width.js';

const PROMPT = '> ';
const SCROLLED = '… ';

export interface AnswerLine {
  row: Line;
  /** Screen column of the character at code-unit `index` of the text, when it is in view. */
  columnOf: (index: number) => number | undefined;
}

/**
 * @param chars the text as graphemes
 * @param cursor index in `chars` the cursor stands before
 */
export function answerLine(chars: string[], cursor: number, width: number): AnswerLine {
  const room = Math.max(1, width - widthOf(PROMPT) - 1);
  const widths = chars.map(widthOf);
  const spanWidth = (from: number, to: number) =>
    widths.slice(from, to).reduce((sum, w) => sum + w, 0);

  let start = 0;
  while (start < cursor && spanWidth(start, cursor) > room) start++;
  let end = start;
  while (end < chars.length && spanWidth(start, end + 1) <= room) end++;

  const prompt = start > 0 ? SCROLLED : PROMPT;
  const row: Line = {
    spans: [span(prompt, 'accent'), { text: chars.slice(start, end).join('') }],
    cursor: widthOf(prompt) + spanWidth(start, cursor),
  };

  const columnOf = (index: number) => {
    let units = 0;
    let at = 0;
    while (at < chars.length && units + chars[at]!.length <= index) units += chars[at++]!.length;
    if (at < start || at > end) return undefined;
    return widthOf(prompt) + spanWidth(start, at);
  };
  return { row, columnOf };
}

/** A `^` at `column`, with the message after it when it fits, else on the next row. */
export function caretRows(column: number, message: string, width: number): Line[] {
  const caret = `${' '.repeat(column)}^`;
  if (widthOf(caret) + 1 + widthOf(message) <= width) {
    return [line(span(`${caret} ${message}`, 'bad'))];
  }
  return [line(span(caret, 'bad')), line(span(`  ${message}`, 'bad'))];
}

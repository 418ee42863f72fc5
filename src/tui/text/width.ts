/**
 * Measuring and cutting text in terminal columns. Korean syllables and other wide characters
 * take two columns; combined characters stay whole.
 */
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters of a text as the learner sees them (grapheme clusters). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Columns the text takes in a terminal. */
export function widthOf(text: string): number {
  return stringWidth(text);
}

/** The text followed by spaces up to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)));
}

/** Spaces, then the text, up to `width` columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - widthOf(text))) + text;
}

/**
 * The longest start of `text` that fits in `width` columns, and the rest. At least one
 * character is taken when `width` is positive, so splitting always moves on.
 */
export function splitAtWidth(text: string, width: number): [string, string] {
  const parts = graphemes(text);
  let used = 0;
  let count = 0;
  for (const part of parts) {
    const size = widthOf(part);
    if (used + size > width && count > 0) break;
    used += size;
    count++;
    if (used >= width) break;
  }
  return [parts.slice(0, count).join(''), parts.slice(count).join('')];
}

/**
 * The text cut to at most `width` columns, ending with `…` when something was cut.
 *
 * @example truncate('Backpropagation', 8)  // "Backpro…"
 */
export function truncate(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  if (width <= 0) return '';

  let out = '';
  let used = 0;
  for (const part of graphemes(text)) {
    const size = widthOf(part);
    if (used + size > width - 1) break;
    out += part;
    used += size;
  }
  return `${out}…`;
}

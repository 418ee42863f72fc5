/**
 * Screens are built as rows of styled spans, one row a terminal line, so the layout knows the
 * exact height of everything before it is drawn.
 */
import { sanitizeLine } from '../../lesson/sanitize.js';
import { truncate, widthOf } from '../text/width.js';

/** What a span means; the renderer turns it into a style, or into nothing without colour. */
export type Tone = 'strong' | 'dim' | 'good' | 'bad' | 'warn' | 'accent' | 'select';

export interface Span {
  text: string;
  tone?: Tone;
}

export interface Line {
  spans: Span[];
  /** Column of the terminal cursor on this row (the answer line). */
  cursor?: number;
}

/** A span; its text is made safe to show. */
export function span(text: string, tone?: Tone): Span {
  const safe = sanitizeLine(text);
  return tone ? { text: safe, tone } : { text: safe };
}

/** A row from strings and spans. */
export function line(...parts: (string | Span)[]): Line {
  return { spans: parts.map((part) => (typeof part === 'string' ? span(part) : part)) };
}

/** Rows of one tone each. */
export function lines(texts: string[], tone?: Tone): Line[] {
  return texts.map((text) => line(span(text, tone)));
}

export const BLANK: Line = { spans: [] };

/** The row's text without styles. */
export function lineText(row: Line): string {
  return row.spans.map((part) => part.text).join('');
}

export function lineWidth(row: Line): number {
  return widthOf(lineText(row));
}

/** The row cut to `width` columns, the cut span ending with `…`. */
export function clip(row: Line, width: number): Line {
  if (lineWidth(row) <= width) return row;

  const spans: Span[] = [];
  let used = 0;
  for (const part of row.spans) {
    const size = widthOf(part.text);
    if (used + size <= width - 1) {
      spans.push(part);
      used += size;
      continue;
    }
    spans.push({ ...part, text: truncate(part.text, width - used) });
    break;
  }
  return { ...row, spans };
}

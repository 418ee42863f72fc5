/** The bottom row: the key map that fits, or the short one; and the status row above it. */
import type { Lang } from '../../lesson/model.js';
import { t, type MessageKey } from '../../messages/index.js';
import { lines, line, span, type Line } from '../layout/line.js';
import { widthOf } from '../text/width.js';
import { wrapText } from '../text/wrap.js';

/** The first key map of `keys` that fits in `width`, else the short one. */
export function footerRow(keys: MessageKey[], lang: Lang, width: number): Line {
  const text = [...keys, 'keys.footer-short' as const]
    .map((key) => t(lang, key))
    .find((candidate) => widthOf(candidate) <= width);
  return line(span(text ?? t(lang, 'keys.footer-short'), 'dim'));
}

/** A warning or error for the status row, at most two rows. */
export function statusRows(text: string | undefined, width: number): Line[] {
  if (!text) return [];
  const rows = wrapText(text, width);
  return lines(rows.length > 2 ? [rows[0]!, `${rows[1]!}…`] : rows, 'warn');
}

/**
 * Word wrapping in terminal columns, so the renderer knows exactly how many rows a text takes.
 */
import { sanitize } from '../../lesson/sanitize.js';
import { splitAtWidth, widthOf } from './width.js';

export interface WrapOptions {
  /** Extra indentation of a paragraph's continuation rows. */
  hang?: number;
  /** Keep every line break of the text (tables, key lists) instead of joining lines. */
  isKeepingLines?: boolean;
}

function wrapParagraph(paragraph: string, width: number, hang: number): string[] {
  const text = paragraph.trimEnd();
  if (text === '') return [''];

  const leading = /^ */.exec(text)![0];
  const indent = leading.length < width / 2 ? leading : '';
  const rest = hang > 0 && indent.length + hang < width / 2 ? ' '.repeat(hang) : '';
  const words = text.slice(leading.length).split(/ +/);
  const rows: string[] = [];
  let current = indent;
  let hasWord = false;

  for (const word of words) {
    const candidate = hasWord ? `${current} ${word}` : current + word;
    if (widthOf(candidate) <= width) {
      current = candidate;
      hasWord = true;
      continue;
    }
    if (hasWord) rows.push(current);
    const prefix = rows.length === 0 ? indent : indent + rest;
    let piece = word;
    while (widthOf(prefix + piece) > width) {
      const [head, tail] = splitAtWidth(piece, width - widthOf(prefix));
      rows.push(prefix + head);
      piece = tail;
    }
    current = prefix + piece;
    hasWord = piece !== '';
  }
  if (hasWord) rows.push(current);
  return rows.length > 0 ? rows : [''];
}

const LIST_ITEM = /^([-*•]|\d+[.)])\s/;

/**
 * Paragraphs of a text: lines that follow each other are joined (authors break lines for their
 * editor, not for the terminal), except blank lines, list items, and indented lines, which
 * are kept as written.
 */
function paragraphs(text: string, isKeepingLines: boolean): { text: string; isKept: boolean }[] {
  const out: { text: string; isKept: boolean }[] = [];
  for (const row of sanitize(text).split('\n')) {
    const isKept = isKeepingLines || row.trim() === '' || /^\s/.test(row);
    const previous = out[out.length - 1];
    if (!isKept && !LIST_ITEM.test(row) && previous && !previous.isKept) {
      previous.text = `${previous.text.trimEnd()} ${row.trim()}`;
    } else {
      out.push({ text: row, isKept });
    }
  }
  return out;
}

/**
 * The text in rows of at most `width` columns: words move to the next row whole, a word wider
 * than a row is cut. Indented lines keep their spacing when they fit.
 *
 * @example wrapText('one two three', 8)  // ["one two", "three"]
 */
export function wrapText(text: string, width: number, options: WrapOptions = {}): string[] {
  const size = Math.max(1, width);
  return paragraphs(text, options.isKeepingLines === true).flatMap((paragraph) =>
    paragraph.isKept && widthOf(paragraph.text.trimEnd()) <= size
      ? [paragraph.text.trimEnd()]
      : wrapParagraph(paragraph.text, size, options.hang ?? 0),
  );
}

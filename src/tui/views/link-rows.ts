/**
 * How each entry of a gradient matrix is the scalar chain rule of the source lesson:
 * `[1,1]  dL/dw3 = dL/dy1 * dy1/dw3 + ... = (y1 - t1) * a1 = -0.243`.
 */
import type { NumMatrix } from '../../engine/types.js';
import type { EntryLink } from '../../lesson/model.js';
import { formatNumber } from '../../session/format.js';
import { lines, type Line } from '../layout/line.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { padEnd, widthOf } from '../text/width.js';
import { wrapText } from '../text/wrap.js';

/** Wraps `text` after `prefix`, the continuation rows aligned under the text. */
function hanging(prefix: string, text: string, width: number): string[] {
  const indent = widthOf(prefix);
  if (indent > width / 2) return wrapText(`${prefix}${text}`, width, { hang: 2 });
  const rows = wrapText(text, width - indent);
  return rows.map((row, i) => (i === 0 ? prefix : ' '.repeat(indent)) + row);
}

/**
 * Rows for every link; with `isWithChain` false the chain rule itself is left out.
 *
 * @param value the stage's answer at the current values
 */
export function linkRows(
  links: EntryLink[],
  value: NumMatrix,
  width: number,
  isWithChain: boolean,
): Line[] {
  const entries = links.map((link) => `[${link.entry[0]},${link.entry[1]}]`);
  const entryWidth = Math.max(0, ...entries.map(widthOf));
  const rows = links.flatMap((link, i) => {
    const number = value[link.entry[0] - 1]?.[link.entry[1] - 1];
    const result = `${sanitizeLine(link.formula)}${number === undefined ? '' : ` = ${formatNumber(number)}`}`;
    const prefix = `  ${padEnd(entries[i]!, entryWidth)}  ${sanitizeLine(link.name)} = `;
    if (!isWithChain) return hanging(prefix, result, width);

    const chain = hanging(prefix, sanitizeLine(link.chain), width);
    const indent = ' '.repeat(Math.max(0, widthOf(prefix) - 2));
    return [...chain, ...hanging(`${indent}= `, result, width)];
  });
  return lines(rows);
}

/**
 * Named matrices as cards (`W1 = [ 0.4 ]` with the rows under each other), set side by side in
 * bands as wide as the screen; or, more compact, each on one line (`W1 = [0.4; 0.6]`).
 */
import type { NumMatrix } from '../../engine/types.js';
import { formatInline, formatNamed } from '../../session/format.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { padEnd, truncate, widthOf } from '../text/width.js';

export interface NamedValue {
  name: string;
  /** How it is computed, e.g. `W1 * x + B`. */
  definition?: string;
  value: NumMatrix;
}

const GAP = 3;

function cardWidth(card: string[]): number {
  return Math.max(0, ...card.map(widthOf));
}

/**
 * Cards (lists of rows) placed left to right, a new band when the next does not fit.
 *
 * @example flowCards([['a'], ['b', 'c']], 10)  // ["a   b", "    c"]
 */
export function flowCards(cards: string[][], width: number, gap = GAP): string[] {
  const out: string[] = [];
  let band: string[][] = [];
  let used = 0;
  const flush = () => {
    const height = Math.max(0, ...band.map((card) => card.length));
    for (let row = 0; row < height; row++) {
      const cells = band.map((card) => padEnd(card[row] ?? '', cardWidth(card)));
      out.push(cells.join(' '.repeat(gap)).trimEnd());
    }
    band = [];
    used = 0;
  };

  for (const card of cards) {
    const size = cardWidth(card);
    if (band.length > 0 && used + gap + size > width) flush();
    used = band.length === 0 ? size : used + gap + size;
    band.push(card);
  }
  flush();
  return out;
}

function label(value: NamedValue): string {
  const name = sanitizeLine(value.name);
  return value.definition ? `${name} = ${sanitizeLine(value.definition)}` : name;
}

/** One line: `name = [0.3; 0.2]`, cut to the width. */
export function inlineCard(value: NamedValue, width: number, withDefinition = false): string {
  const name = withDefinition ? label(value) : sanitizeLine(value.name);
  return truncate(`${name} = ${formatInline(value.value)}`, width);
}

/** Every value as a bracketed matrix with its definition, in bands. */
export function matrixCards(values: NamedValue[], width: number): string[] {
  const cards = values.map((value) => {
    const card = formatNamed(label(value), value.value);
    return cardWidth(card) <= width ? card : [inlineCard(value, width, true)];
  });
  return flowCards(cards, width);
}

/** Every value on one line each, several to a row. */
export function inlineCards(values: NamedValue[], width: number): string[] {
  return flowCards(
    values.map((value) => [inlineCard(value, width)]),
    width,
  );
}

/**
 * Fitting a screen's body into the rows there are: parts of lower priority are shortened or
 * left out first; what still does not fit is shown through a scrolling window.
 */
import { BLANK, type Line } from './line.js';

/** A part of a screen's body. */
export interface Block {
  /** The block's forms, fullest first. An empty form leaves the block out. */
  forms: Line[][];
  /** Blocks of lower priority are shortened first. */
  priority: number;
}

interface Step {
  priority: number;
  block?: number;
}

/**
 * The body's rows, as full as `height` allows. The blank rows between blocks are one more step,
 * taken at `gapPriority`. The result can still be taller than `height`; then it scrolls.
 */
export function fitBlocks(blocks: Block[], height: number, gapPriority = 2): Line[] {
  const levels = blocks.map(() => 0);
  let hasGaps = true;
  const compose = () => {
    const parts = blocks.map((block, i) => block.forms[levels[i]!] ?? []).filter((p) => p.length);
    return parts.flatMap((part, i) => (i > 0 && hasGaps ? [BLANK, ...part] : part));
  };

  const steps: Step[] = [{ priority: gapPriority }];
  blocks.forEach((block, i) => {
    for (let level = 1; level < block.forms.length; level++) {
      steps.push({ priority: block.priority, block: i });
    }
  });
  steps.sort((a, b) => a.priority - b.priority);

  let rows = compose();
  for (const step of steps) {
    if (rows.length <= height) break;
    if (step.block === undefined) hasGaps = false;
    else levels[step.block]!++;
    rows = compose();
  }
  return rows;
}

export interface Window {
  rows: Line[];
  /** First row shown, after clamping. */
  offset: number;
  maxOffset: number;
  /** How far one page moves. */
  page: number;
}

export interface WindowOptions {
  offset: number;
  /** Rows `[first, last]` that must be visible (the picker's selection). */
  focus?: [number, number];
  above: Line;
  below: Line;
}

function clampOffset(offset: number, total: number, height: number): number {
  return Math.max(0, Math.min(offset, total - height));
}

/** The offset that shows rows `first..last` between the "more above" and "more below" rows. */
function focusOffset(
  offset: number,
  [first, last]: [number, number],
  total: number,
  height: number,
) {
  let start = clampOffset(offset, total, height);
  const topRow = () => (start > 0 ? start + 1 : start);
  const bottomRow = () => (start + height < total ? start + height - 2 : start + height - 1);
  if (first < topRow()) start = clampOffset(first - 1, total, height);
  if (last > bottomRow()) start = clampOffset(last - height + 2, total, height);
  return start;
}

/**
 * `height` rows of `rows` from `offset`; when rows are hidden above or below, the first or last
 * shown row says so instead.
 */
export function windowOf(rows: Line[], height: number, options: WindowOptions): Window {
  const page = Math.max(1, height - 2);
  if (rows.length <= height) return { rows, offset: 0, maxOffset: 0, page };

  const maxOffset = rows.length - height;
  const offset = options.focus
    ? focusOffset(options.offset, options.focus, rows.length, height)
    : clampOffset(options.offset, rows.length, height);
  const shown = rows.slice(offset, offset + height);
  // Two rows or fewer have no room for the markers as well as the text.
  if (height >= 3 && offset > 0) shown[0] = options.above;
  if (height >= 3 && offset < maxOffset) shown[shown.length - 1] = options.below;
  return { rows: shown, offset, maxOffset, page };
}

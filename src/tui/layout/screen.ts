/**
 * A screen as its renderer sees it: fixed rows at the top and the bottom, and a body of blocks
 * in between that is fitted, then scrolled, into the terminal's height.
 */
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import { fitBlocks, windowOf, type Block } from './fit.js';
import { clip, line, span, type Line } from './line.js';

export interface Size {
  columns: number;
  rows: number;
}

/** Below this the screen shows only a request to enlarge the terminal. */
export const MIN_SIZE: Size = { columns: 40, rows: 12 };

export interface Screen {
  top: Line[];
  body: Block[];
  bottom: Line[];
  /** Body rows that must stay in view. */
  focus?: [number, number];
  /** Priority of the blank rows between body blocks (see fitBlocks). */
  gapPriority?: number;
}

export interface Arranged {
  rows: Line[];
  offset: number;
  maxOffset: number;
  page: number;
}

/** Columns the layout may use: one less than the terminal, so no row ends in its last column. */
export function contentWidth(size: Size): number {
  return Math.max(1, size.columns - 1);
}

/** Rows the layout may use: one less than the terminal, so Ink never redraws a full screen. */
export function contentHeight(size: Size): number {
  return Math.max(1, size.rows - 1);
}

export function isTooSmall(size: Size): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}

/**
 * The rows to draw, or undefined when the terminal is too small for this screen.
 *
 * @example arrange(screen, { columns: 80, rows: 24 }, 0, 'en')?.rows.length  // at most 23
 */
export function arrange(screen: Screen, size: Size, offset: number, lang: Lang) {
  if (isTooSmall(size)) return undefined;

  const width = contentWidth(size);
  const height = contentHeight(size) - screen.top.length - screen.bottom.length;
  if (height < 1) return undefined;

  const body = fitBlocks(screen.body, height, screen.gapPriority);
  const window = windowOf(body, height, {
    offset,
    ...(screen.focus ? { focus: screen.focus } : {}),
    above: line(span(t(lang, 'tui.more-above'), 'dim')),
    below: line(span(t(lang, 'tui.more-below'), 'dim')),
  });
  const rows = [...screen.top, ...window.rows, ...screen.bottom].map((row) => clip(row, width));
  const arranged: Arranged = { ...window, rows };
  return arranged;
}

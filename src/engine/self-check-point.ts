/** A point the self-checks evaluate a lesson at, and how values there are written in a message. */
import type { Scope } from './point.js';

/** Symbol values and the full forward scope computed from them, with a label for messages. */
export interface Point {
  label: string;
  symbols: Scope;
  scope: Scope;
}

/** A number as a message shows it: six significant digits. */
export function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);
}

/** A 0-based entry position as a message shows it: "entry (1,2)". */
export function entry([i, j]: [number, number]): string {
  return `entry (${i + 1},${j + 1})`;
}

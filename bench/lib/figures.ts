/**
 * What a benchmark reports: figures with their baseline and target, and whether each is met.
 */

/** `ratio`: value / baseline must be at most `max`; `max`: the value itself; `none`: shown only. */
export type Target =
  { kind: 'ratio'; max: number } | { kind: 'max'; max: number } | { kind: 'none' };

export type Unit = 'ms' | 'MiB' | 'x' | 'exp';

/** One row of the results table. */
export interface Figure {
  /** Row number in the list, with a letter per figure: `1a`. */
  id: string;
  name: string;
  unit: Unit;
  target: Target;
  /**
   * `pending`: the dl-tutor part it measures does not exist yet; `failed`: dl-tutor ran but
   * went wrong; `skipped`: a baseline tool is missing.
   */
  state: 'measured' | 'pending' | 'failed' | 'skipped';
  value?: number;
  baseline?: { name: string; value: number };
  /** Why a row is pending or skipped, or how it was measured. */
  note?: string;
}

/** A section of extra detail below the table (per-width timings and the like). */
export interface Detail {
  title: string;
  lines: string[];
}

/** What one group of measurements returns. */
export interface GroupResult {
  figures: Figure[];
  details?: Detail[];
}

/** A measured figure. */
export function measured(fields: Omit<Figure, 'state'> & { value: number }): Figure {
  return { ...fields, state: 'measured' };
}

/** A figure that could not be measured, with the reason. */
export function unavailable(
  fields: Omit<Figure, 'state' | 'value'>,
  why: { state: 'pending' | 'failed'; reason: string },
): Figure {
  return { ...fields, state: why.state, note: why.reason };
}

/** value / baseline, when both exist. */
export function ratioOf(figure: Figure): number | undefined {
  if (figure.value === undefined || !figure.baseline) return undefined;

  return figure.value / figure.baseline.value;
}

/** `yes`, `NO`, `-` (no target), or the state of a row without a figure. */
export function verdict(figure: Figure): string {
  if (figure.state !== 'measured') return figure.state;

  const { target } = figure;
  if (target.kind === 'none') return '-';
  const compared = target.kind === 'ratio' ? ratioOf(figure) : figure.value;
  if (compared === undefined) return 'NO';

  return compared <= target.max ? 'yes' : 'NO';
}

/** A value with its unit, rounded for reading. */
export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '';
  if (unit === 'exp') return `n^${value.toFixed(2)}`;
  if (unit === 'x') return `${value.toFixed(2)}x`;
  if (unit === 'MiB') return `${value.toFixed(1)} MiB`;

  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

/** The target as the issue states it: `<= 1.25x baseline`, `<= 5 ms`. */
export function formatTarget(figure: Figure): string {
  const { target } = figure;
  if (target.kind === 'none') return '-';
  if (target.kind === 'ratio') return `<= ${target.max}x baseline`;

  return `<= ${target.max} ${figure.unit}`;
}

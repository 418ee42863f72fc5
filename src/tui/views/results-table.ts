/**
 * How each stage went in each update: a table of words, or, on narrow screens, of marks with
 * a legend.
 */
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import type { Outcome, StageRecord } from '../../session/state.js';
import { lines, type Line } from '../layout/line.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { padEnd, widthOf } from '../text/width.js';

const MARKS: Record<Outcome, string> = {
  'first-try': '✓',
  'after-hints': '~',
  'after-errors': '~',
  revealed: '!',
  carried: '=',
};

export function outcomeText(record: StageRecord, lang: Lang): string {
  if (record.outcome === 'after-errors') {
    return t(lang, 'label.result.after-errors', { n: record.tries + 1 });
  }
  return t(lang, `label.result.${record.outcome}`);
}

function table(cells: string[][], gap: number): string[] {
  const widths = cells[0]!.map((_, j) => Math.max(...cells.map((row) => widthOf(row[j] ?? ''))));
  return cells.map((row) =>
    row
      .map((cell, j) => padEnd(cell, widths[j]!))
      .join(' '.repeat(gap))
      .trimEnd(),
  );
}

/**
 * The table in words and in marks; the caller keeps the words when they fit.
 *
 * @param stages what each stage asks, in order
 */
export function resultsTables(
  stages: string[],
  updates: number,
  records: StageRecord[],
  lang: Lang,
): { words: Line[]; marks: Line[] } {
  const find = (update: number, stage: number) =>
    records.filter((r) => r.update === update && r.stage === stage).at(-1);
  const columns = Array.from({ length: updates }, (_, i) => i + 1);
  const head = (short: boolean) => [
    t(lang, 'tui.stage'),
    ...columns.map((u) => (short ? String(u) : t(lang, 'label.update', { update: u, updates }))),
  ];
  const body = (cell: (record: StageRecord | undefined) => string) =>
    stages.map((asks, s) => [sanitizeLine(asks), ...columns.map((u) => cell(find(u, s)))]);

  const words = table([head(false), ...body((r) => (r ? outcomeText(r, lang) : '·'))], 3);
  const marks = table([head(true), ...body((r) => (r ? MARKS[r.outcome] : '·'))], 2);
  return {
    words: lines(words),
    marks: [...lines(marks), ...lines([t(lang, 'tui.result-legend')], 'dim')],
  };
}

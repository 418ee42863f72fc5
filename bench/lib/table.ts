/**
 * The results table, for the terminal and for bench/RESULTS.md.
 */
import { formatTarget, formatValue, ratioOf, verdict, type Figure } from './figures.js';

const HEADER = ['#', 'measurement', 'dl-tutor', 'baseline', 'ratio', 'target', 'met'];

/** The cells of one row, in `HEADER` order. */
function cells(figure: Figure): string[] {
  const ratio = ratioOf(figure);
  const baseline = figure.baseline
    ? `${figure.baseline.name} ${formatValue(figure.baseline.value, figure.unit)}`
    : '';

  return [
    figure.id,
    figure.name,
    figure.state === 'measured' ? formatValue(figure.value, figure.unit) : figure.state,
    baseline,
    ratio === undefined ? '' : `${ratio.toFixed(2)}x`,
    formatTarget(figure),
    verdict(figure),
  ];
}

/** A Markdown table that also reads well as plain text: columns padded to one width. */
export function renderTable(figures: readonly Figure[]): string {
  const rows = [HEADER, ...figures.map(cells)];
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;

  return [line(HEADER), rule, ...rows.slice(1).map(line)].join('\n');
}

/** Notes of pending and skipped rows, and of rows that explain how they were measured. */
export function renderNotes(figures: readonly Figure[]): string[] {
  return figures
    .filter((figure) => figure.note !== undefined)
    .map((figure) => `- ${figure.id} (${figure.state}): ${figure.note}`);
}

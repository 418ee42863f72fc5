/**
 * Numbers and matrices as text, the same in every renderer.
 */
import type { NumMatrix } from '../engine/types.js';

/**
 * Five significant digits, no trailing zeros, no `-0`.
 *
 * @example formatNumber(0.30000000000000004)  // "0.3"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 1e-12) return '0';
  const text = Number(value.toPrecision(5)).toString();
  return text === '-0' ? '0' : text;
}

/**
 * A matrix as lines with aligned columns inside brackets; a 1x1 matrix as its number.
 *
 * @example formatMatrix([[0.3], [0.2]])  // ["[ 0.3 ]", "[ 0.2 ]"]
 */
export function formatMatrix(matrix: NumMatrix, format: (v: number) => string = formatNumber) {
  if (matrix.length === 1 && matrix[0]!.length === 1) return [format(matrix[0]![0]!)];

  const cells = matrix.map((row) => row.map(format));
  const widths = cells[0]!.map((_, j) => Math.max(...cells.map((row) => row[j]!.length)));
  return cells.map((row) => `[ ${row.map((c, j) => c.padStart(widths[j]!)).join('  ')} ]`);
}

/** A matrix on one line in the syntax answers use: `[0.3; 0.2]`. */
export function formatInline(matrix: NumMatrix): string {
  if (matrix.length === 1 && matrix[0]!.length === 1) return formatNumber(matrix[0]![0]!);
  return `[${matrix.map((row) => row.map(formatNumber).join(', ')).join('; ')}]`;
}

/**
 * Lines of `name = matrix`, the matrix's rows under each other, the name on the middle row.
 */
export function formatNamed(name: string, matrix: NumMatrix): string[] {
  const lines = formatMatrix(matrix);
  const middle = Math.floor((lines.length - 1) / 2);
  const label = `${name} = `;
  const pad = ' '.repeat(label.length);
  return lines.map((line, i) => (i === middle ? label : pad) + line);
}

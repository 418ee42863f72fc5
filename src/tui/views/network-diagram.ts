/**
 * The network as a picture, for lessons shaped like the seed net (one input, two hidden units,
 * two outputs): nodes with their values, the weights on the edges. Drawn from the lesson's
 * symbols and forward entries, so renamed entries show under their own names.
 */
import type { NumMatrix } from '../../engine/types.js';
import type { Grid, Lesson } from '../../lesson/model.js';
import { padEnd, widthOf } from '../text/width.js';

/** The names of the parts of a 1-2-2 net. */
export interface NetParts {
  input: string;
  weights1: string;
  bias: string;
  weights2: string;
  target: string;
  hidden: string;
  activated: string;
  output: string;
  activation: string;
}

const isShape = (grid: Grid<unknown>, rows: number, cols: number) =>
  grid.length === rows && grid.every((row) => row.length === cols);

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `expr` multiplies `a` and `b` (either order). */
function multiplies(expr: string, a: string, b: string): boolean {
  const [x, y] = [escape(a), escape(b)];
  return new RegExp(`\\b${x}\\s*\\*\\s*${y}\\b|\\b${y}\\s*\\*\\s*${x}\\b`).test(expr);
}

/**
 * The parts when the lesson is a 1-2-2 net (`Z = W1 * x + B`, `A = f(Z)`, `Y = W2 * A`);
 * otherwise undefined.
 */
export function findNetParts(lesson: Lesson): NetParts | undefined {
  const data = lesson.symbols.filter((s) => s.role === 'data');
  const targets = lesson.symbols.filter((s) => s.role === 'target');
  const params = lesson.symbols.filter((s) => s.role === 'parameter');
  const [z, a, y] = lesson.forward;
  const input = data[0];
  const target = targets[0];
  if (data.length !== 1 || targets.length !== 1 || params.length !== 3) return undefined;
  if (!input || !target || !z || !a || !y || lesson.forward.length !== 3) return undefined;
  if (!isShape(input.entries, 1, 1) || !isShape(target.entries, 2, 1)) return undefined;
  if (![z, a, y].every((f) => isShape(f.entries, 2, 1))) return undefined;

  const columns = params.filter((p) => isShape(p.entries, 2, 1));
  const square = params.find((p) => isShape(p.entries, 2, 2));
  const weights1 = columns.find((p) => multiplies(z.expr, p.name, input.name));
  const bias = columns.find((p) => p !== weights1);
  const activation = new RegExp(`^\\s*(\\w+)\\s*\\(\\s*${escape(z.name)}\\s*\\)\\s*$`).exec(a.expr);
  if (!square || !weights1 || !bias || !activation?.[1]) return undefined;
  if (!multiplies(y.expr, square.name, a.name)) return undefined;

  return {
    input: input.name,
    weights1: weights1.name,
    bias: bias.name,
    weights2: square.name,
    target: target.name,
    hidden: z.name,
    activated: a.name,
    output: y.name,
    activation: activation[1],
  };
}

/** Three significant digits: the picture gives an overview; the cards give the exact values. */
function short(value: number): string {
  if (Math.abs(value) < 1e-12) return '0';
  const text = Number(value.toPrecision(3)).toString();
  return text === '-0' ? '0' : text;
}

function entryNames(lesson: Lesson, name: string): Grid<string> {
  const symbol = lesson.symbols.find((s) => s.name === name);
  return symbol?.entries ?? lesson.forward.find((f) => f.name === name)?.entries ?? [];
}

/** Rows of cells, each column padded to its widest cell; a row's last cell is not padded. */
function grid(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, widthOf(cell))));
  }
  return rows.map((row) =>
    row.map((cell, i) => (i < row.length - 1 ? padEnd(cell, widths[i]!) : cell)).join(''),
  );
}

/**
 * The picture, four rows, with `?` for values not found yet.
 *
 * @example networkDiagram(lesson, parts, values)[0]
 *   // "x 0.5 ─┬─ w1 0.4 ─▶ z1 ? ─relu▶ a1 ? ─┬─ w3 0.3 ─▶ y1 ?   t1 1"
 */
export function networkDiagram(lesson: Lesson, parts: NetParts, values: Map<string, NumMatrix>) {
  const cell = (name: string, row: number, col = 0) => {
    const entry = entryNames(lesson, name)[row]?.[col] ?? name;
    const value = values.get(name)?.[row]?.[col];
    return `${entry} ${value === undefined ? '?' : short(value)}`;
  };
  const entry = (name: string, row: number) => entryNames(lesson, name)[row]?.[0] ?? name;
  const { input, weights1: w1, bias, weights2: w2, hidden, activated, output, target } = parts;
  const arrow = ' ─▶ ';
  const act = ` ─${parts.activation}▶ `;
  const cross = (row: number, col: number) =>
    `${cell(w2, row, col)}: ${entry(activated, col)} → ${entry(output, row)}`;

  return grid([
    [
      `${cell(input, 0)} `,
      '─┬─ ',
      cell(w1, 0),
      arrow,
      cell(hidden, 0),
      act,
      cell(activated, 0),
      ' ─┬─ ',
      cell(w2, 0, 0),
      arrow,
      cell(output, 0),
      `   ${cell(target, 0)}`,
    ],
    ['', ' │  ', cell(bias, 0), '', '', '', '', '  ╲  ', cross(1, 0)],
    ['', ' │  ', cell(bias, 1), '', '', '', '', '  ╱  ', cross(0, 1)],
    [
      '',
      ' └─ ',
      cell(w1, 1),
      arrow,
      cell(hidden, 1),
      act,
      cell(activated, 1),
      ' ─┴─ ',
      cell(w2, 1, 1),
      arrow,
      cell(output, 1),
      `   ${cell(target, 1)}`,
    ],
  ]).map((row) => row.trimEnd());
}

/**
 * The network as one flow of layers with their shapes, for lessons whose shape the picture of
 * network-diagram.ts does not fit: `X 2x1 ─▶ Z = W1 * X + B 3x1 ─▶ ... ─▶ L`.
 */
import type { Grid, Lesson } from '../../lesson/model.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { truncate, widthOf } from '../text/width.js';

const shapeOf = (grid: Grid<unknown>) => `${grid.length}x${grid[0]?.length ?? 0}`;

/** The flow, wrapped at `width`; each part stays whole unless it alone is too wide. */
export function layerSummary(lesson: Lesson, width: number): string[] {
  const inputs = lesson.symbols.filter((s) => s.role === 'data');
  const parts = [
    ...inputs.map((s) => `${s.name} ${shapeOf(s.entries)}`),
    ...lesson.forward.map((f) => `${f.name} = ${f.expr}  ${shapeOf(f.entries)}`),
    `${lesson.loss.name} = ${lesson.loss.expr}`,
  ].map((part) => truncate(sanitizeLine(part), width));

  const rows: string[] = [];
  let current = '';
  for (const part of parts) {
    const joined = current === '' ? part : `${current} ─▶ ${part}`;
    if (current !== '' && widthOf(joined) > width) {
      rows.push(`${current} ─▶`);
      current = part;
    } else {
      current = joined;
    }
  }
  if (current !== '') rows.push(current);
  return rows;
}

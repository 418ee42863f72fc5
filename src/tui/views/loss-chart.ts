/** The loss before the first update and after each one, as labelled horizontal bars. */
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import { formatNumber } from '../../session/format.js';
import { line, span, type Line } from '../layout/line.js';
import { padEnd, padStart, widthOf } from '../text/width.js';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `fraction` (0..1) of `width` columns long, in eighths of a column. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

/**
 * @example lossChart([0.91, 0.85], 'en', 60)[0]  // "start           0.91  ██████████…"
 */
export function lossChart(losses: number[], lang: Lang, width: number): Line[] {
  const labels = losses.map((_, i) =>
    i === 0 ? t(lang, 'tui.loss-start') : t(lang, 'tui.loss-after', { update: i }),
  );
  const values = losses.map(formatNumber);
  const labelWidth = Math.max(...labels.map(widthOf));
  const valueWidth = Math.max(...values.map(widthOf));
  const room = width - labelWidth - valueWidth - 4;
  const largest = Math.max(...losses.map(Math.abs), Number.MIN_VALUE);

  return losses.map((loss, i) => {
    const text = `${padEnd(labels[i]!, labelWidth)}  ${padStart(values[i]!, valueWidth)}`;
    if (room < 4) return line(text);
    return line(text, '  ', span(bar(Math.abs(loss) / largest, room), 'accent'));
  });
}

/**
 * The top row: the lesson's title, `update i/n`, a bar of the update's stages and the stage
 * number. Narrow screens lose the title first, then the bar.
 */
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import { line, span, type Line } from '../layout/line.js';
import { truncate, widthOf } from '../text/width.js';

export interface HeaderInput {
  title: string;
  /** 1-based; absent before the first update. */
  update?: number;
  updates: number;
  /** 0-based index of the current stage; `stages` when all are done. */
  stage?: number;
  stages: number;
  /** Which stages of this update are finished. */
  finished: boolean[];
}

/** One cell a stage: `■` finished, `▸` current, `·` still to do. */
export function stageBar(input: HeaderInput): string {
  return Array.from({ length: input.stages }, (_, i) => {
    if (input.finished[i]) return '■';
    return i === input.stage ? '▸' : '·';
  }).join('');
}

export function headerRow(input: HeaderInput, lang: Lang, width: number): Line {
  if (input.update === undefined) return line(span(truncate(input.title, width), 'strong'));

  const update = t(lang, 'label.update', { update: input.update, updates: input.updates });
  const number = Math.min((input.stage ?? 0) + 1, input.stages);
  const stage = t(lang, 'label.stage', { stage: number, stages: input.stages });
  const bar = stageBar(input);
  const right = [`${update}  ${bar}  ${stage}`, `${update}  ${stage}`, update].find(
    (text) => widthOf(text) <= width,
  );
  if (right === undefined) return line(truncate(update, width));

  const room = width - widthOf(right) - 2;
  if (room < 8) return line(span(right, 'accent'));
  const title = truncate(input.title, room);
  const gap = ' '.repeat(width - widthOf(title) - widthOf(right));
  return line(span(title, 'strong'), gap, span(right, 'accent'));
}

/**
 * The verdict on a checked answer and the live preview of the one being typed. A mark leads
 * each verdict, so it reads the same without colour.
 */
import type { CheckResult, Preview, Shape, Verdict } from '../../engine/types.js';
import type { Lang } from '../../lesson/model.js';
import { feedbackFor, problemText } from '../../messages/feedback.js';
import { t } from '../../messages/index.js';
import { formatInline } from '../../session/format.js';
import { lines, line, span, type Line, type Tone } from '../layout/line.js';
import { truncate } from '../text/width.js';
import { wrapText } from '../text/wrap.js';
import { caretRows } from './answer-line.js';

const MARKS: Record<Verdict, string> = { correct: '✓', numeric: '≈', wrong: '✗', invalid: '!' };
const TONES: Record<Verdict, Tone> = {
  correct: 'good',
  numeric: 'good',
  wrong: 'bad',
  invalid: 'bad',
};

export function shapeText(shape: Shape): string {
  return `${shape.rows}x${shape.cols}`;
}

/** The headline with its mark, then the problem and diagnosis, indented. */
export function feedbackRows(result: CheckResult, lang: Lang, width: number): Line[] {
  const feedback = feedbackFor(result, lang);
  const tone = result.diagnosis && result.verdict === 'numeric' ? 'warn' : TONES[result.verdict];
  const headline = wrapText(`${MARKS[result.verdict]} ${feedback.headline}`, width, { hang: 2 });
  const details = feedback.details.flatMap((detail) => wrapText(`  ${detail}`, width));
  return [...lines(headline, tone), ...lines(details)];
}

/**
 * What the text typed so far is: its shape and value, or the problem with a caret under the
 * column where it starts (`caretColumn` is that column on the screen, when known).
 */
export function previewRows(
  preview: Preview,
  expected: Shape,
  lang: Lang,
  width: number,
  caretColumn?: number,
): Line[] {
  if (preview.problem) {
    const message = problemText(preview.problem, lang);
    if (caretColumn !== undefined) return caretRows(caretColumn, message, width);
    return [line(span(truncate(`  ${message}`, width), 'bad'))];
  }
  if (!preview.shape) return [];

  const shape = shapeText(preview.shape);
  const isSameShape = preview.shape.rows === expected.rows && preview.shape.cols === expected.cols;
  const label = isSameShape
    ? t(lang, 'label.preview', { shape })
    : t(lang, 'tui.preview-shape', { shape, expected: shapeText(expected) });
  const value = preview.value ? `  ${formatInline(preview.value)}` : '';
  return [line(span(truncate(`  ${label}${value}`, width), isSameShape ? 'dim' : 'warn'))];
}

/**
 * A checked answer as lines of text, for `check` and plain mode: the caret under the problem,
 * the verdict, then the problem or diagnosis. The words come from feedbackFor, so they are the
 * same as in the TUI.
 */
import stringWidth from 'string-width';
import type { CheckResult } from '../engine/types.js';
import type { Lang } from '../lesson/model.js';
import { feedbackFor } from '../messages/feedback.js';

export interface FeedbackLines {
  /** `^` under the column of the problem, when there is one. */
  caret?: string;
  headline: string;
  /** The problem and the diagnosis, indented. */
  details: string[];
}

/**
 * A caret under `column` of an answer printed after `offset` columns (the prompt's width).
 * Columns count as the terminal shows them, so wide characters before the problem count twice.
 *
 * @example caretLine('dY * A +', 8, 9)  // "                 ^"
 */
export function caretLine(answer: string, column: number, offset: number): string {
  const before = stringWidth(answer.slice(0, Math.max(0, column)));
  return `${' '.repeat(offset + before)}^`;
}

/** Feedback for an answer that was printed after a prompt `offset` columns wide. */
export function feedbackLines(
  result: CheckResult,
  answer: string,
  lang: Lang,
  offset: number,
): FeedbackLines {
  const feedback = feedbackFor(result, lang);
  const lines: FeedbackLines = {
    headline: feedback.headline,
    details: feedback.details.map((detail) => `  ${detail}`),
  };
  if (feedback.column !== undefined) lines.caret = caretLine(answer, feedback.column, offset);
  return lines;
}

/**
 * Words for a checked answer, the same in every renderer: the TUI, plain mode and `check`.
 */
import type { CheckResult, Diagnosis, Problem } from '../engine/types.js';
import type { Lang } from '../lesson/model.js';
import { pick, t, type MessageKey } from './index.js';

export interface Feedback {
  /** One line: the verdict. */
  headline: string;
  /** Further lines: the problem or the diagnosis. */
  details: string[];
  /** 0-based column of the problem in the answer, for a caret. */
  column?: number;
}

export function problemText(problem: Problem, lang: Lang): string {
  return t(lang, `problem.${problem.code}` as MessageKey, problem.params);
}

export function diagnosisText(diagnosis: Diagnosis, lang: Lang): string {
  if (diagnosis.feedback) return pick(diagnosis.feedback, lang);
  if (diagnosis.code === 'factor' && diagnosis.params.factor === 2) {
    return t(lang, 'diagnosis.factor-2');
  }
  return t(lang, `diagnosis.${diagnosis.code}` as MessageKey, diagnosis.params);
}

/**
 * @example feedbackFor(result, 'en').headline  // "Not yet."
 */
export function feedbackFor(result: CheckResult, lang: Lang): Feedback {
  const details: string[] = [];
  if (result.problem) details.push(problemText(result.problem, lang));
  if (result.diagnosis) details.push(diagnosisText(result.diagnosis, lang));

  const key: MessageKey =
    result.verdict === 'numeric' && result.diagnosis
      ? 'verdict.numeric-formula'
      : `verdict.${result.verdict}`;
  const feedback: Feedback = { headline: t(lang, key), details };
  if (result.problem?.column !== undefined) feedback.column = result.problem.column;
  return feedback;
}

/**
 * A stage being asked: what is known, the question with its shape, the answer line with its
 * live preview, the hints taken and the verdict on the last answer.
 */
import type { Preview } from '../../engine/types.js';
import { pick, t } from '../../messages/index.js';
import type { Phase } from '../../session/state.js';
import { question } from '../../session/view.js';
import type { Block } from '../layout/fit.js';
import { line, lines, span, type Line } from '../layout/line.js';
import type { Screen } from '../layout/screen.js';
import { wrapText } from '../text/wrap.js';
import { answerLine, caretRows } from '../views/answer-line.js';
import { feedbackRows, previewRows, shapeText } from '../views/feedback-rows.js';
import { footerRow, statusRows } from '../views/footer.js';
import {
  knownBlock,
  lessonHeader,
  networkBlock,
  PRIORITY,
  valuesAt,
  type LessonContext,
} from './lesson-parts.js';

export type AskingPhase = Extract<Phase, { kind: 'asking' }>;

export interface AskingInput {
  /** The answer as graphemes, and the index the cursor stands before. */
  chars: string[];
  cursor: number;
  /** The preview of the text typed, when it differs from the last checked one. */
  preview?: Preview;
  /** The learner asked for a hint after the last one. */
  isHintExhausted: boolean;
}

function hintBlock(ctx: LessonContext, phase: AskingPhase, input: AskingInput): Block {
  const hints = ctx.engine.stages[phase.stage]!.def.hints;
  const rows = hints.slice(0, phase.hints).flatMap((hint, i) => {
    const label = t(ctx.lang, 'label.hint', { n: i + 1, total: hints.length });
    return lines(wrapText(`${label} ${pick(hint, ctx.lang)}`, ctx.width, { hang: 2 }), 'accent');
  });
  if (input.isHintExhausted) {
    rows.push(...lines(wrapText(t(ctx.lang, 'label.no-more-hints'), ctx.width), 'warn'));
  }
  return { forms: [rows], priority: PRIORITY.main };
}

/** The verdict rows, cut to `limit` rows. */
function limited(rows: Line[], limit: number): Line[] {
  if (rows.length <= limit) return rows;
  const kept = rows.slice(0, Math.max(1, limit));
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = { ...last, spans: [...last.spans, span(' …')] };
  return kept;
}

export function askingScreen(ctx: LessonContext, phase: AskingPhase, input: AskingInput): Screen {
  const { engine, lang, width } = ctx;
  const stage = engine.stages[phase.stage]!;
  const asked = question(engine, phase.stage);
  const values = valuesAt(engine, phase.update, phase.stage);
  const prompt = wrapText(pick(stage.def.prompt, lang), width);

  const key = asked.kind === 'update' ? 'label.question-update' : 'label.question';
  const questionRow = line(
    span(t(lang, key, { asks: asked.asks, shape: shapeText(asked.shape) }), 'strong'),
  );
  const answer = answerLine(input.chars, input.cursor, width);
  const text = input.chars.join('');
  const isChecked = phase.last !== undefined && phase.lastText === text;

  const below: Line[] = [];
  const column = phase.last?.problem?.column;
  if (isChecked && column !== undefined) {
    const at = answer.columnOf(column);
    if (at !== undefined) below.push(...caretRows(at, '', width));
  }
  if (!isChecked && input.preview) {
    const at = input.preview.problem?.column;
    const caret = at === undefined ? undefined : answer.columnOf(at);
    below.push(...previewRows(input.preview, asked.shape, lang, width, caret));
  }
  const status = statusRows(ctx.status, width);
  const footer = footerRow(['keys.footer', 'keys.footer-asking'], lang, width);
  // The verdict gets the rows left after the header, question, answer, preview, status and
  // key map, keeping four for the body.
  const fixed = 1 + 2 + below.length + status.length + 1;
  const verdict = phase.last ? feedbackRows(phase.last, lang, width) : [];
  below.push(...limited(verdict, ctx.height - fixed - 4));

  return {
    top: [lessonHeader(ctx)],
    body: [
      networkBlock(ctx, values),
      knownBlock(ctx, values),
      { forms: [lines(prompt), []], priority: PRIORITY.prompt },
      hintBlock(ctx, phase, input),
    ],
    bottom: [questionRow, answer.row, ...below, ...status, footer],
    gapPriority: PRIORITY.gaps,
  };
}

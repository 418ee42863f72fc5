/**
 * Plain-mode text of one stage: its question, hints, and what is shown once it is solved.
 * Pure: lines in, no writing.
 */
import type { CompiledStage } from '../../engine/compiled.js';
import type { LessonEngine } from '../../engine/lesson-engine.js';
import type { Lang } from '../../lesson/model.js';
import { feedbackFor } from '../../messages/feedback.js';
import { pick, t } from '../../messages/index.js';
import { formatInline } from '../../session/format.js';
import type { Phase } from '../../session/state.js';
import { say } from '../text/index.js';

type Solved = Extract<Phase, { kind: 'solved' }>;

/** What the learner types before `=`: `Z`, or `new W1` for an update. */
export function stageLabel(stage: CompiledStage, lang: Lang): string {
  return stage.kind === 'update' ? say(lang, 'check.new', { asks: stage.asks }) : stage.asks;
}

/** The prompt an answer is typed after. */
export function answerPrompt(stage: CompiledStage, lang: Lang): string {
  return t(lang, 'plain.prompt', { asks: stageLabel(stage, lang) });
}

/** `stage 2/13: <prompt>` and `A = ?   (2x1)`. */
export function questionLines(engine: LessonEngine, stage: CompiledStage, lang: Lang): string[] {
  const position = t(lang, 'label.stage', { stage: stage.index + 1, stages: engine.stages.length });
  const key = stage.kind === 'update' ? 'label.question-update' : 'label.question';
  const shape = `(${stage.shape.rows}x${stage.shape.cols})`;
  return [
    '',
    `${position}: ${pick(stage.def.prompt, lang)}`,
    t(lang, key, { asks: stage.asks, shape }),
  ];
}

/** The hint the learner has just asked for, or that there are no more. */
export function hintLine(stage: CompiledStage, hintsSeen: number, isNew: boolean, lang: Lang) {
  const total = stage.def.hints.length;
  if (!isNew || total === 0) return say(lang, 'plain.no-more-hints');
  const label = t(lang, 'label.hint', { n: hintsSeen, total });
  return `${label} ${pick(stage.def.hints[hintsSeen - 1], lang)}`;
}

function valueLine(engine: LessonEngine, stage: CompiledStage, update: number, lang: Lang) {
  return `${stageLabel(stage, lang)} = ${formatInline(engine.answerAt(stage.index, update))}`;
}

/**
 * After a stage is solved: how (verdict, revealed answer or carried formula), its value, and
 * for a solved or revealed stage the explanation and the entry-by-entry links.
 */
export function solvedLines(engine: LessonEngine, phase: Solved, lang: Lang) {
  const stage = engine.stages[phase.stage]!;
  const value = valueLine(engine, stage, phase.update, lang);
  if (phase.outcome === 'carried') {
    const carried = t(lang, 'label.result.carried');
    return { verdict: [], lines: [`${value}   (${carried}: ${phase.lastText ?? ''})`] };
  }

  const verdict: string[] = [];
  const lines: string[] = [];
  if (phase.outcome === 'revealed') {
    lines.push(`${t(lang, 'label.revealed')} ${stage.def.expected}`);
  } else if (phase.last) {
    const feedback = feedbackFor(phase.last, lang);
    verdict.push(feedback.headline);
    lines.push(...feedback.details.map((d) => `  ${d}`));
  }
  lines.push(value);

  const explanation = pick(stage.def.explanation, lang);
  if (explanation) lines.push(`${t(lang, 'label.explanation')} ${explanation}`);
  if (stage.def.links.length > 0) {
    lines.push(t(lang, 'label.links'));
    for (const link of stage.def.links) {
      lines.push(`  ${link.name} = ${link.chain} = ${link.formula}`);
    }
  }
  return { verdict, lines };
}

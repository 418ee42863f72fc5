/**
 * Parts every lesson screen shares: the header, the network, the values known so far.
 */
import type { LessonEngine } from '../../engine/lesson-engine.js';
import type { Lang } from '../../lesson/model.js';
import { pick, t } from '../../messages/index.js';
import type { SessionState } from '../../session/state.js';
import { knownValues } from '../../session/view.js';
import type { Block } from '../layout/fit.js';
import { line, lines, span, type Line } from '../layout/line.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { widthOf } from '../text/width.js';
import { headerRow } from '../views/header.js';
import { layerSummary } from '../views/layer-summary.js';
import { inlineCards, matrixCards, type NamedValue } from '../views/matrix-cards.js';
import { findNetParts, networkDiagram } from '../views/network-diagram.js';

export interface LessonContext {
  engine: LessonEngine;
  state: SessionState;
  lang: Lang;
  /** Columns and rows the layout may use. */
  width: number;
  height: number;
  /** A warning or error for the status row. */
  status?: string;
}

/** Body priorities, lowest shortened first (see fitBlocks). */
export const PRIORITY = { network: 1, gaps: 2, known: 3, prompt: 4, text: 6, main: 9 } as const;

export function lessonTitle(ctx: LessonContext): string {
  return sanitizeLine(pick(ctx.engine.lesson.title, ctx.lang)) || ctx.engine.lesson.id;
}

/** The header at the phase the state is in. */
export function lessonHeader(ctx: LessonContext): Line {
  const { engine, state } = ctx;
  const phase = state.phase;
  const stages = engine.stages.length;
  const update =
    phase.kind === 'intro' ? undefined : phase.kind === 'done' ? engine.updates : phase.update;
  const stage =
    phase.kind === 'asking' || phase.kind === 'solved'
      ? phase.stage
      : phase.kind === 'applied' || phase.kind === 'done'
        ? stages
        : 0;
  const finished = Array.from({ length: stages }, (_, i) =>
    state.records.some((r) => r.update === update && r.stage === i),
  );
  const header = {
    title: lessonTitle(ctx),
    updates: engine.updates,
    stages,
    finished,
    ...(update === undefined ? {} : { update, stage }),
  };
  return headerRow(header, ctx.lang, ctx.width);
}

/** The values known before `stage` of `update`, with the learning rate after the symbols. */
export function valuesAt(engine: LessonEngine, update: number, stage: number): NamedValue[] {
  const known = knownValues(engine, update, stage);
  const symbols = engine.lesson.symbols.length;
  const rate = { name: 'lr', value: [[engine.lesson.training.learningRate]] };
  return [...known.slice(0, symbols), rate, ...known.slice(symbols)];
}

/** The picture of a 1-2-2 net, else the layer flow; left out when space is short. */
export function networkBlock(ctx: LessonContext, values: NamedValue[]): Block {
  const lesson = ctx.engine.lesson;
  const parts = findNetParts(lesson);
  const rows = parts
    ? networkDiagram(lesson, parts, new Map(values.map((v) => [v.name, v.value])))
    : layerSummary(lesson, ctx.width);
  const isFitting = rows.every((row) => widthOf(row) <= ctx.width);
  return { forms: [isFitting ? lines(rows, 'dim') : [], []], priority: PRIORITY.network };
}

/** "Known so far" with every value as a matrix, or on one line each when space is short. */
export function knownBlock(ctx: LessonContext, values: NamedValue[]): Block {
  const title = line(span(t(ctx.lang, 'label.known'), 'strong'));
  return {
    forms: [
      [title, ...lines(matrixCards(values, ctx.width))],
      [title, ...lines(inlineCards(values, ctx.width))],
    ],
    priority: PRIORITY.known,
  };
}

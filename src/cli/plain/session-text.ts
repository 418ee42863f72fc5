/**
 * Plain-mode text around the stages: the introduction, what is known at an update, an applied
 * update, and the summary. Pure: lines in, no writing.
 */
import type { LessonEngine } from '../../engine/lesson-engine.js';
import type { Lang } from '../../lesson/model.js';
import { pick, t } from '../../messages/index.js';
import { formatInline, formatNumber } from '../../session/format.js';
import { score } from '../../session/score.js';
import type { SessionState, StageRecord } from '../../session/state.js';
import { knownValues, updateSummary } from '../../session/view.js';

/** The lesson's title and introduction, then the commands there are. */
export function introLines(engine: LessonEngine, lang: Lang): string[] {
  const { lesson } = engine;
  return [
    `${t(lang, 'label.lesson')}: ${pick(lesson.title, lang)} (${lesson.id})`,
    '',
    ...pick(lesson.intro, lang).split('\n'),
    '',
    t(lang, 'plain.commands'),
  ];
}

/** `update 1/3`, then every value known before `stage`, one `name = [..]` a line. */
export function knownLines(engine: LessonEngine, update: number, stage: number, lang: Lang) {
  const values = knownValues(engine, update, stage);
  const width = Math.max(...values.map((v) => v.name.length));
  return [
    '',
    t(lang, 'label.update', { update, updates: engine.updates }),
    `${t(lang, 'label.known')}:`,
    ...values.map((v) => `  ${v.name.padEnd(width)} = ${formatInline(v.value)}`),
  ];
}

/** An update applied: the loss before and after, and each parameter's change. */
export function appliedLines(engine: LessonEngine, update: number, lang: Lang): string[] {
  const summary = updateSummary(engine, update);
  const before = formatNumber(summary.lossBefore);
  const after = formatNumber(summary.lossAfter);
  const width = Math.max(...summary.changes.map((c) => c.name.length));
  return [
    '',
    t(lang, 'label.update-applied', { update, before, after }),
    ...summary.changes.map(
      (c) => `  ${c.name.padEnd(width)}: ${formatInline(c.before)} -> ${formatInline(c.after)}`,
    ),
  ];
}

function resultText(record: StageRecord, lang: Lang): string {
  if (record.outcome === 'after-errors') {
    return t(lang, 'label.result.after-errors', { n: record.tries + 1 });
  }
  return t(lang, `label.result.${record.outcome}`);
}

/** Every stage of every update with how it went, the score, and where to go next. */
export function summaryLines(engine: LessonEngine, state: SessionState, lang: Lang): string[] {
  const width = Math.max(...engine.stages.map((s) => s.asks.length));
  const rows = state.records.map((r) => {
    const update = t(lang, 'label.update', { update: r.update, updates: engine.updates });
    return `  ${update}  ${engine.stages[r.stage]!.asks.padEnd(width)}  ${resultText(r, lang)}`;
  });
  return [
    '',
    t(lang, 'label.finished'),
    `${t(lang, 'label.summary')}:`,
    ...rows,
    t(lang, 'label.score', score(state)),
    t(lang, 'label.export', { lesson: engine.lesson.id }),
  ];
}

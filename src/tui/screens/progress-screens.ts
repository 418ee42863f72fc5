/**
 * The screens between stages: the introduction, an applied update with the parameters before
 * and after, and the question whether to reuse the formulas of update 1.
 */
import { pick, t } from '../../messages/index.js';
import { formatInline, formatMatrix, formatNumber } from '../../session/format.js';
import { updateSummary, type ParameterChange } from '../../session/view.js';
import { line, lines, span } from '../layout/line.js';
import type { Screen } from '../layout/screen.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { padEnd, truncate, widthOf } from '../text/width.js';
import { wrapText } from '../text/wrap.js';
import { footerRow, statusRows } from '../views/footer.js';
import { lessonHeader, PRIORITY, type LessonContext } from './lesson-parts.js';

function continueBottom(ctx: LessonContext, key: 'label.continue' | 'tui.begin') {
  return [
    line(span(t(ctx.lang, key), 'dim')),
    ...statusRows(ctx.status, ctx.width),
    footerRow(['keys.footer-continue'], ctx.lang, ctx.width),
  ];
}

export function introScreen(ctx: LessonContext): Screen {
  const { engine, lang, width } = ctx;
  const description = wrapText(pick(engine.lesson.description, lang), width);
  const intro = wrapText(pick(engine.lesson.intro, lang), width);
  return {
    top: [lessonHeader(ctx)],
    body: [
      { forms: [lines(description, 'dim')], priority: PRIORITY.text },
      { forms: [lines(intro)], priority: PRIORITY.main },
    ],
    bottom: continueBottom(ctx, 'tui.begin'),
  };
}

/**
 * The parameters before and after, one matrix under the other, aligned in two columns under
 * `before` and `after`: `W1 = [ 0.4 ]  ->  [ 0.40891 ]`.
 */
function changeRows(changes: ParameterChange[], labels: [string, string]): string[] {
  const names = changes.map((change) => `${sanitizeLine(change.name)} = `);
  const nameWidth = Math.max(...names.map(widthOf));
  const befores = changes.map((change) => formatMatrix(change.before));
  const left = Math.max(widthOf(labels[0]), ...befores.flat().map(widthOf));
  const pad = ' '.repeat(nameWidth);
  const head = `${pad}${padEnd(labels[0], left)}      ${labels[1]}`;

  return [
    head,
    ...changes.flatMap((change, n) => {
      const before = befores[n]!;
      const after = formatMatrix(change.after);
      const middle = Math.floor((before.length - 1) / 2);
      return before.map((row, i) => {
        const label = i === middle ? padEnd(names[n]!, nameWidth) : pad;
        return `${label}${padEnd(row, left)}${i === middle ? '  ->  ' : '      '}${after[i] ?? ''}`;
      });
    }),
  ];
}

export function appliedScreen(ctx: LessonContext, update: number): Screen {
  const { engine, lang, width } = ctx;
  const summary = updateSummary(engine, update);
  const title = t(lang, 'label.update-applied', {
    update,
    before: formatNumber(summary.lossBefore),
    after: formatNumber(summary.lossAfter),
  });
  const labels: [string, string] = [t(lang, 'label.before'), t(lang, 'label.after')];
  const cards = changeRows(summary.changes, labels);
  const isFitting = cards.every((row) => widthOf(row) <= width);
  const inline = summary.changes.map((c) =>
    truncate(`${c.name}: ${formatInline(c.before)} -> ${formatInline(c.after)}`, width),
  );

  return {
    top: [lessonHeader(ctx)],
    body: [
      { forms: [lines(wrapText(title, width), 'good')], priority: PRIORITY.main },
      {
        forms: isFitting ? [lines(cards), lines(inline)] : [lines(inline)],
        priority: PRIORITY.known,
      },
    ],
    bottom: continueBottom(ctx, 'label.continue'),
    gapPriority: PRIORITY.gaps,
  };
}

export function carryScreen(ctx: LessonContext, update: number): Screen {
  const { engine, lang, width, state } = ctx;
  const asked = t(lang, 'label.carry-question', { update });
  const formulas = Object.entries(state.formulas).map(([stage, formula]) => {
    const asks = engine.stages[Number(stage)]?.asks ?? stage;
    return truncate(`  ${asks} = ${sanitizeLine(formula)}`, width);
  });
  return {
    top: [lessonHeader(ctx)],
    body: [
      { forms: [lines(wrapText(asked, width), 'strong')], priority: PRIORITY.main },
      {
        forms: [[line(t(lang, 'tui.reuse-formulas')), ...lines(formulas, 'dim')]],
        priority: PRIORITY.text,
      },
    ],
    bottom: [...statusRows(ctx.status, width), footerRow(['keys.footer-yes-no'], lang, width)],
    gapPriority: PRIORITY.gaps,
  };
}

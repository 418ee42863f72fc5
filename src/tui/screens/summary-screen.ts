/** The end of a lesson: the loss after each update, how each stage went, the score, export. */
import { t } from '../../messages/index.js';
import { score } from '../../session/score.js';
import { lossCurve } from '../../session/view.js';
import { line, lines, span } from '../layout/line.js';
import type { Screen } from '../layout/screen.js';
import { widthOf } from '../text/width.js';
import { wrapText } from '../text/wrap.js';
import { footerRow, statusRows } from '../views/footer.js';
import { lossChart } from '../views/loss-chart.js';
import { resultsTables } from '../views/results-table.js';
import { lessonHeader, PRIORITY, type LessonContext } from './lesson-parts.js';

export function summaryScreen(ctx: LessonContext): Screen {
  const { engine, lang, width, state } = ctx;
  const title = line(span(`${t(lang, 'label.summary')} · ${t(lang, 'label.finished')}`, 'strong'));
  const chart = [
    line(span(t(lang, 'label.loss'), 'strong')),
    ...lossChart(lossCurve(engine), lang, width),
  ];
  const stages = engine.stages.map((s) => s.asks);
  const tables = resultsTables(stages, engine.updates, state.records, lang);
  const isWordsFitting = tables.words.every(
    (row) => widthOf(row.spans.map((s) => s.text).join('')) <= width,
  );
  const points = score(state);
  const exportHint = wrapText(t(lang, 'label.export', { lesson: engine.lesson.id }), width);

  return {
    top: [lessonHeader(ctx)],
    body: [
      {
        forms: [[title, line(span(t(lang, 'label.score', points), 'good'))]],
        priority: PRIORITY.main,
      },
      { forms: [chart], priority: PRIORITY.main },
      { forms: [lines(exportHint, 'dim')], priority: PRIORITY.text },
      // Marks only when the words are too wide: they take as many rows.
      { forms: [isWordsFitting ? tables.words : tables.marks], priority: PRIORITY.known },
    ],
    bottom: [...statusRows(ctx.status, width), footerRow(['keys.footer-done'], lang, width)],
    gapPriority: PRIORITY.gaps,
  };
}

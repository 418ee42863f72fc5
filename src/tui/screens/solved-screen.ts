/**
 * A finished stage: how it was finished, the right value, the explanation, and how the matrix
 * entries are the scalar chain rules of the source lesson.
 */
import { pick, t } from '../../messages/index.js';
import { formatNamed } from '../../session/format.js';
import type { Phase } from '../../session/state.js';
import { line, lines, span, type Line } from '../layout/line.js';
import type { Screen } from '../layout/screen.js';
import { wrapText } from '../text/wrap.js';
import { feedbackRows } from '../views/feedback-rows.js';
import { footerRow, statusRows } from '../views/footer.js';
import { linkRows } from '../views/link-rows.js';
import {
  lessonHeader,
  networkBlock,
  PRIORITY,
  valuesAt,
  type LessonContext,
} from './lesson-parts.js';

export type SolvedPhase = Extract<Phase, { kind: 'solved' }>;

function outcomeRows(ctx: LessonContext, phase: SolvedPhase): Line[] {
  const { lang, width } = ctx;
  const stage = ctx.engine.stages[phase.stage]!;
  if (phase.outcome === 'revealed') {
    return lines(wrapText(`${t(lang, 'label.revealed')} ${stage.def.expected}`, width), 'warn');
  }
  const verdict = phase.last ? feedbackRows(phase.last, lang, width) : [];
  if (phase.outcome === 'carried') {
    const text = t(lang, 'tui.carried-from', { formula: phase.lastText ?? '' });
    return [...lines(wrapText(text, width, { hang: 2 }), 'accent'), ...verdict];
  }
  const answer = `${t(lang, 'label.your-answer')}: ${phase.lastText ?? ''}`;
  return [...verdict, ...lines(wrapText(answer, width, { hang: 2 }))];
}

export function solvedScreen(ctx: LessonContext, phase: SolvedPhase): Screen {
  const { engine, lang, width } = ctx;
  const stage = engine.stages[phase.stage]!;
  const value = engine.answerAt(phase.stage, phase.update);
  const main = [...outcomeRows(ctx, phase), ...lines(formatNamed(stage.asks, value), 'strong')];

  const explanation = pick(stage.def.explanation, lang);
  const why = explanation
    ? lines(wrapText(`${t(lang, 'label.explanation')} ${explanation}`, width, { hang: 2 }))
    : [];
  const links = stage.def.links;
  const linkTitle = line(span(t(lang, 'label.links'), 'strong'));
  const linkForms =
    links.length === 0
      ? [[]]
      : [
          [linkTitle, ...linkRows(links, value, width, true)],
          [linkTitle, ...linkRows(links, value, width, false)],
        ];

  return {
    top: [lessonHeader(ctx)],
    body: [
      networkBlock(ctx, valuesAt(engine, phase.update, phase.stage + 1)),
      { forms: [main], priority: PRIORITY.main },
      { forms: [why], priority: PRIORITY.text },
      { forms: linkForms, priority: PRIORITY.prompt },
    ],
    bottom: [
      line(span(t(lang, 'label.continue'), 'dim')),
      ...statusRows(ctx.status, width),
      footerRow(['keys.footer-continue'], lang, width),
    ],
    gapPriority: PRIORITY.gaps,
  };
}

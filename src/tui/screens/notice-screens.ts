/**
 * Screens with a message and keys only: help, opening a lesson, a lesson that cannot be opened,
 * the offer to resume, goodbye, and the request to enlarge the terminal.
 */
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import { line, lines, span, type Line, type Tone } from '../layout/line.js';
import { MIN_SIZE, type Screen, type Size } from '../layout/screen.js';
import { truncate } from '../text/width.js';
import { wrapText } from '../text/wrap.js';
import { footerRow } from '../views/footer.js';

interface NoticeText {
  text: string;
  tone?: Tone;
  /** Indentation of continuation rows; 2 by default. */
  hang?: number;
}

function notice(title: string, texts: NoticeText[], footer: Line[], width: number): Screen {
  const rows = texts.flatMap(({ text, tone, hang }) =>
    lines(wrapText(text, width, { hang: hang ?? 2, isKeepingLines: true }), tone),
  );
  return {
    top: [line(span(truncate(title, width), 'strong'))],
    body: [{ forms: [rows], priority: 9 }],
    bottom: footer,
  };
}

export function helpScreen(lang: Lang, width: number): Screen {
  const help = `${t(lang, 'keys.help')}\n${t(lang, 'keys.help-scroll')}`;
  const footer = [line(span(t(lang, 'tui.help-close'), 'dim'))];
  // Continuation rows line up with the descriptions, after the key column.
  return notice(t(lang, 'tui.title'), [{ text: help, hang: 12 }], footer, width);
}

export function loadingScreen(lang: Lang, lesson: string, width: number): Screen {
  return notice(t(lang, 'tui.title'), [{ text: t(lang, 'tui.loading', { lesson }) }], [], width);
}

export function failedScreen(lang: Lang, lesson: string, errors: string[], width: number): Screen {
  const texts = [
    { text: t(lang, 'tui.open-failed', { lesson }), tone: 'bad' as const },
    ...errors.map((error) => ({ text: `  ${error}` })),
  ];
  return notice(t(lang, 'tui.title'), texts, [footerRow(['keys.footer-back'], lang, width)], width);
}

export function resumeScreen(
  lang: Lang,
  title: string,
  where: Record<string, number>,
  width: number,
) {
  const texts = [{ text: t(lang, 'label.resume', where), tone: 'strong' as const }];
  return notice(title, texts, [footerRow(['keys.footer-yes-no'], lang, width)], width);
}

/** The last words: progress saved, or why it could not be. */
export function byeRows(lang: Lang, warning: string | undefined, width: number): Line[] {
  return lines(wrapText(warning ?? t(lang, 'tui.bye'), width), warning ? 'warn' : undefined);
}

/** The request to enlarge the terminal, cut to whatever room there is. */
export function tooSmallRows(lang: Lang, size: Size): Line[] {
  const text = t(lang, 'label.too-small', {
    cols: MIN_SIZE.columns,
    rows: MIN_SIZE.rows,
    actualCols: size.columns,
    actualRows: size.rows,
  });
  const width = Math.max(1, size.columns - 1);
  return lines(wrapText(text, width).slice(0, Math.max(1, size.rows - 1)), 'warn');
}

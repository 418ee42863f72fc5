/**
 * The lesson list: each lesson's title, where it comes from and the saved progress, with its
 * one-line description or, for a broken lesson, its first problem.
 */
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import { line, span, type Line } from '../layout/line.js';
import type { Screen } from '../layout/screen.js';
import type { LessonChoice } from '../options.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { truncate, widthOf } from '../text/width.js';
import { footerRow, statusRows } from '../views/footer.js';

export interface PickerEntry {
  choice: LessonChoice;
  /** Stages finished out of all stages of all updates, when progress is saved. */
  progress?: { done: number; total: number };
}

function entryRows(entry: PickerEntry, isSelected: boolean, lang: Lang, width: number): Line[] {
  const { choice, progress } = entry;
  const source = `[${t(lang, `tui.source.${choice.source}`)}]`;
  const done = progress ? `${t(lang, 'label.progress', progress)}  ` : '';
  const right = `${done}${source}`;
  const marker = isSelected ? '› ' : '  ';
  const title = truncate(sanitizeLine(choice.title || choice.id), width - widthOf(right) - 4);
  const gap = ' '.repeat(Math.max(1, width - widthOf(marker + title) - widthOf(right)));
  const detail = choice.isBroken
    ? t(lang, 'label.broken-lesson', { error: sanitizeLine(choice.error ?? '') })
    : sanitizeLine(choice.description);

  return [
    line(span(`${marker}${title}`, isSelected ? 'select' : 'strong'), gap, span(right, 'dim')),
    line(span(truncate(`    ${detail}`, width), choice.isBroken ? 'bad' : 'dim')),
  ];
}

/**
 * @param entries undefined while the list is loading
 */
export function pickerScreen(
  lang: Lang,
  entries: PickerEntry[] | undefined,
  selected: number,
  width: number,
  status?: string,
): Screen {
  const rows = (entries ?? []).flatMap((entry, i) => entryRows(entry, i === selected, lang, width));
  if (entries?.length === 0) rows.push(line(span(t(lang, 'tui.no-lessons'), 'warn')));

  return {
    top: [
      line(span(t(lang, 'tui.title'), 'strong')),
      line(span(t(lang, 'label.pick-lesson'), 'dim')),
    ],
    body: [{ forms: [rows], priority: 9 }],
    bottom: [...statusRows(status, width), footerRow(['keys.footer-picker'], lang, width)],
    focus: [selected * 2, selected * 2 + 1],
  };
}

/**
 * The command line's own words in Korean and English. Texts the TUI shows too (verdicts,
 * diagnoses, session labels) are in src/messages and are used from there.
 */
import type { Lang } from '../../lesson/model.js';
import { en, type CliTextKey } from './en.js';
import { ko } from './ko.js';

export type { CliTextKey };

const catalogues: Record<Lang, Record<CliTextKey, string>> = { en, ko };

/**
 * @example say('en', 'error.update-range', { update: 4, updates: 3 })
 *   // "there is no update 4; give --update from 1 to 3"
 */
export function say(
  lang: Lang,
  key: CliTextKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The message catalogue: one file per language, one function to look a text up.
 * Learner-facing words live here and in lesson files, never in components.
 */
import type { Lang, Text } from '../lesson/model.js';
import { en, type MessageKey } from './en.js';
import { ko } from './ko.js';

export type { MessageKey };

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, ko };

/**
 * @example t('en', 'label.update', { update: 1, updates: 3 })  // "update 1/3"
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}) {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A lesson text in the learner's language, falling back to the other one. */
export function pick(text: Text | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'ko' ? (text.ko ?? text.en) : (text.en ?? text.ko)) ?? '';
}

/** The language from `--lang`, else from LC_ALL / LC_MESSAGES / LANG; English otherwise. */
export function languageFrom(flag: string | undefined, env: Record<string, string | undefined>) {
  if (flag === 'ko' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

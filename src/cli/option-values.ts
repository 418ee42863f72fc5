/**
 * Parsers for option values, for commander: each returns the value or throws commander's
 * InvalidArgumentError with what to give instead.
 */
import { InvalidArgumentError } from 'commander';
import type { Lang } from '../lesson/model.js';
import { say } from './text/index.js';

/** Seeds are the 32-bit unsigned integers the engine's generator takes. */
const MAX_SEED = 0xffff_ffff;

/** `--seed N`: a whole number the engine's generator takes (0 to 2^32 - 1). */
export function seedParser(lang: Lang): (value: string) => number {
  return (value) => {
    const seed = Number(value);
    if (!/^\d+$/.test(value.trim()) || seed > MAX_SEED) {
      throw new InvalidArgumentError(say(lang, 'error.seed', { max: MAX_SEED }));
    }
    return seed;
  };
}

/** `--update K`: a whole number from 1; the lesson checks the upper end. */
export function updateParser(lang: Lang): (value: string) => number {
  return (value) => {
    if (!/^[1-9]\d{0,5}$/.test(value.trim())) {
      throw new InvalidArgumentError(say(lang, 'error.update'));
    }
    return Number(value);
  };
}

/**
 * The value of `--name VALUE` or `--name=VALUE` in raw arguments, before commander parses them.
 *
 * @example flagValue(['run', '--lang', 'ko'], '--lang')  // "ko"
 */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** `lang` when it is a language dl-tutor speaks. */
export function asLang(value: unknown, fallback: Lang): Lang {
  return value === 'ko' || value === 'en' ? value : fallback;
}

/** Options shared by the commands. */
import { Option, type Command } from 'commander';
import type { Lang } from '../lesson/model.js';
import { seedParser } from './option-values.js';
import { say } from './text/index.js';

/** Options every command takes. */
export function withCommonOptions(command: Command, lang: Lang): Command {
  return command
    .addOption(new Option('--lang <lang>', say(lang, 'help.lang')).choices(['ko', 'en']))
    .option('--debug', say(lang, 'help.debug'));
}

/** `--seed N`. */
export function seedOption(lang: Lang): Option {
  return new Option('--seed <n>', say(lang, 'help.seed')).argParser(seedParser(lang));
}

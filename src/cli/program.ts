/**
 * The command line as commander sees it. Only parsing lives here: each action loads its
 * command module with `import()` when it runs, so `--help` and the TUI's first frame never
 * wait for the engine (mathjs).
 */
import { Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { Lang } from '../lesson/model.js';
import type { CliContext } from './context.js';
import { rootHelp } from './help-text.js';
import { withCommonOptions } from './common-options.js';
import { asLang, seedParser } from './option-values.js';
import { addToolCommands } from './program-tools.js';
import { say, type CliTextKey } from './text/index.js';

interface SessionFlags {
  lang?: string;
  plain?: boolean;
  color?: boolean;
  reset?: boolean;
  seed?: number;
}

function withSessionOptions(command: Command, lang: Lang, seedHelp: CliTextKey): Command {
  return withCommonOptions(command, lang)
    .argument('[lesson]', say(lang, 'help.lesson'))
    .option('--plain', say(lang, 'help.plain'))
    .option('--color', say(lang, 'help.color'))
    .option('--no-color', say(lang, 'help.no-color'))
    .option('--reset', say(lang, 'help.reset'))
    .addOption(new Option('--seed <n>', say(lang, seedHelp)).argParser(seedParser(lang)));
}

function sessionAction(ctx: CliContext, isQuiz: boolean) {
  return async (lesson: string | undefined, flags: SessionFlags) => {
    const { runQuiz, runSession } = await import('./commands/session.js');
    const options = {
      ...(lesson === undefined ? {} : { lesson }),
      lang: asLang(flags.lang, ctx.lang),
      env: ctx.env,
      ...(flags.seed === undefined ? {} : { seed: flags.seed }),
      isPlain: flags.plain === true,
      isReset: flags.reset === true,
      ...(flags.color === undefined ? {} : { isColor: flags.color }),
      stdin: ctx.stdin,
      stdout: ctx.stdout,
      io: ctx.io,
    };
    ctx.exitCode = await (isQuiz ? runQuiz(options) : runSession(options));
  };
}

/**
 * @example await buildProgram(ctx).parseAsync(process.argv)  // sets ctx.exitCode
 */
export function buildProgram(ctx: CliContext): Command {
  const { lang } = ctx;
  const program = new Command('dl-tutor')
    .description(say(lang, 'help.description'))
    .version(pkg.version, '-V, --version', say(lang, 'help.version'))
    .helpOption('-h, --help', say(lang, 'help.help'))
    .helpCommand('help [command]', say(lang, 'help.help-command'))
    .enablePositionalOptions()
    .showHelpAfterError(say(lang, 'help.after-error'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });

  withSessionOptions(program, lang, 'help.seed')
    .addHelpText('after', () => rootHelp(ctx.env, lang))
    .action(sessionAction(ctx, false));

  withSessionOptions(program.command('quiz'), lang, 'help.quiz-seed')
    .description(say(lang, 'help.quiz'))
    .action(sessionAction(ctx, true));

  addToolCommands(program, ctx);
  return program;
}

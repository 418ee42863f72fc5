/**
 * The commands that are not a session: run, check, export, list, validate, new.
 */
import type { Command } from 'commander';
import type { Lang } from '../lesson/model.js';
import { userLessonDir } from '../lesson/lesson-dirs.js';
import type { CliContext } from './context.js';
import { asLang, updateParser } from './option-values.js';
import { seedOption, withCommonOptions } from './common-options.js';
import { DEFAULT_LESSON } from './open-lesson.js';
import { CliError } from './cli-error.js';
import { say } from './text/index.js';

interface ToolFlags {
  lang?: string;
  seed?: number;
  json?: boolean;
  numpy?: boolean;
  stage?: string;
  update?: number;
  dir?: string;
}

function common(ctx: CliContext, flags: ToolFlags) {
  return {
    lang: asLang(flags.lang, ctx.lang),
    env: ctx.env,
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
  };
}

/** `check [lesson] <answer>`: one argument is the answer, two are the lesson and the answer. */
function lessonAndAnswer(first: string | undefined, second: string | undefined, lang: Lang) {
  if (second !== undefined) return { lesson: first!, answer: second };
  if (first !== undefined) return { lesson: DEFAULT_LESSON, answer: first };
  throw new CliError(say(lang, 'error.check-answer'));
}

/** Adds run, check, export, list, validate and new to the program. */
export function addToolCommands(program: Command, ctx: CliContext): void {
  const { lang } = ctx;

  withCommonOptions(program.command('run'), lang)
    .description(say(lang, 'help.run'))
    .argument('[lesson]', say(lang, 'help.lesson-default'))
    .option('--json', say(lang, 'help.run-json'))
    .addOption(seedOption(lang))
    .action(async (lesson: string | undefined, flags: ToolFlags) => {
      const { runRun } = await import('./commands/run.js');
      const options = { ...common(ctx, flags), lesson: lesson ?? DEFAULT_LESSON };
      ctx.exitCode = await runRun(ctx.io, { ...options, isJson: flags.json === true });
    });

  withCommonOptions(program.command('check'), lang)
    .description(say(lang, 'help.check'))
    .usage(say(lang, 'help.check-usage'))
    .argument('[lesson]', say(lang, 'help.lesson-default'))
    .argument('[answer]', say(lang, 'help.check-answer'))
    .requiredOption('--stage <name>', say(lang, 'help.check-stage'))
    .option('--update <k>', say(lang, 'help.check-update'), updateParser(lang), 1)
    .option('--json', say(lang, 'help.check-json'))
    .addOption(seedOption(lang))
    .addHelpText('after', `\n${say(lang, 'help.check-after')}`)
    .action(async (first: string | undefined, second: string | undefined, flags: ToolFlags) => {
      const { runCheck } = await import('./commands/check.js');
      const options = common(ctx, flags);
      ctx.exitCode = await runCheck(ctx.io, {
        ...options,
        ...lessonAndAnswer(first, second, options.lang),
        stage: flags.stage!,
        update: flags.update ?? 1,
        isJson: flags.json === true,
      });
    });

  withCommonOptions(program.command('export'), lang)
    .description(say(lang, 'help.export'))
    .argument('[lesson]', say(lang, 'help.lesson-default'))
    .option('--numpy', say(lang, 'help.export-numpy'))
    .addOption(seedOption(lang))
    .addHelpText('after', `\n${say(lang, 'help.export-after')}`)
    .action(async (lesson: string | undefined, flags: ToolFlags) => {
      const { runExport } = await import('./commands/export.js');
      const options = { ...common(ctx, flags), lesson: lesson ?? DEFAULT_LESSON };
      ctx.exitCode = await runExport(ctx.io, { ...options, isNumpy: flags.numpy === true });
    });

  withCommonOptions(program.command('list'), lang)
    .description(say(lang, 'help.list'))
    .argument('[files...]', say(lang, 'help.list-files'))
    .action(async (files: string[], flags: ToolFlags) => {
      const { runList } = await import('./commands/list.js');
      ctx.exitCode = await runList(ctx.io, { ...common(ctx, flags), paths: files });
    });

  withCommonOptions(program.command('validate'), lang)
    .description(say(lang, 'help.validate'))
    .argument('<files...>', say(lang, 'help.validate-files'))
    .action(async (files: string[], flags: ToolFlags) => {
      const { runValidate } = await import('./commands/validate.js');
      ctx.exitCode = await runValidate(files, ctx.io, common(ctx, flags).lang);
    });

  withCommonOptions(program.command('new'), lang)
    .description(say(lang, 'help.new'))
    .argument('<name>', say(lang, 'help.new-name'))
    .option('--dir <dir>', say(lang, 'help.new-dir', { dir: userLessonDir(ctx.env) }))
    .action(async (name: string, flags: ToolFlags) => {
      const { runNew } = await import('./commands/new.js');
      const dir = flags.dir ?? userLessonDir(ctx.env);
      ctx.exitCode = await runNew(name, ctx.io, { dir, lang: common(ctx, flags).lang });
    });
}

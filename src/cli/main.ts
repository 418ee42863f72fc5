/**
 * The entry point of `dl-tutor` (bundled to dist/cli.js). Finds the language, parses the
 * arguments, runs the command, and is the one place that turns errors into a line on stderr
 * and an exit code. Stack traces only with `--debug`.
 */
import { CommanderError } from 'commander';
import { languageFrom } from '../messages/index.js';
import { CliError } from './cli-error.js';
import type { CliContext } from './context.js';
import { EXIT } from './exit-codes.js';
import { flagValue } from './option-values.js';
import { buildProgram } from './program.js';
import { say } from './text/index.js';

/** Not in the exit-code table of --help's main part: a bug, reported as such. */
const EXIT_INTERNAL = 70;

function exitCodeOf(error: unknown, ctx: CliContext, isDebug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message (or the help, or the version) already.
    const isInformation = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return isInformation.includes(error.code) || error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CliError) {
    ctx.io.err(`dl-tutor: ${error.message}`);
    if (isDebug && error.stack) ctx.io.err(error.stack);
    return error.exitCode;
  }

  const message = error instanceof Error ? error.message : String(error);
  ctx.io.err(`dl-tutor: ${say(ctx.lang, 'error.internal', { message })}`);
  if (isDebug && error instanceof Error && error.stack) ctx.io.err(error.stack);
  return EXIT_INTERNAL;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const lang = languageFrom(flagValue(argv, '--lang'), process.env);
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const isDebug = options.includes('--debug');
  const ctx: CliContext = {
    lang,
    env: process.env,
    io: {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    },
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    exitCode: EXIT.ok,
  };

  // A reader that goes away (`dl-tutor run | head`) is not an error of dl-tutor.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });

  try {
    await buildProgram(ctx).parseAsync(process.argv);
    process.exitCode = ctx.exitCode;
  } catch (error) {
    process.exitCode = exitCodeOf(error, ctx, isDebug);
  }
}

await main();

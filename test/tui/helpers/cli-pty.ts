/**
 * The built `dl-tutor` (dist/cli.js, made by `npm test`'s pretest build) in a pseudo-terminal,
 * with its data folder in a fresh temporary directory, never the real home.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPty, type PtyOptions, type PtySession } from '../../helpers/pty.js';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli.js');

const homes: string[] = [];

/** Fails with what to do when the CLI has not been built. */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) {
    throw new Error(
      `${CLI} does not exist. Build it with "node scripts/build.mjs" (npm test does).`,
    );
  }
}

/** Starts `dl-tutor ARGS` in English with its own DL_TUTOR_HOME. */
export function startTutor(args: string[], options: PtyOptions = {}): PtySession {
  const home = mkdtempSync(join(tmpdir(), 'dl-tutor-tui-'));
  homes.push(home);
  return startPty(process.execPath, [CLI, '--lang', 'en', ...args], {
    cwd: ROOT,
    ...options,
    env: { DL_TUTOR_HOME: home, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
  });
}

/** Starts a shell line in a pseudo-terminal with its own DL_TUTOR_HOME. */
export function startShell(line: string, options: PtyOptions = {}): PtySession {
  const home = mkdtempSync(join(tmpdir(), 'dl-tutor-tui-'));
  homes.push(home);
  return startPty('sh', ['-c', line], {
    cwd: ROOT,
    ...options,
    env: { DL_TUTOR_HOME: home, ...options.env },
  });
}

export function removeHomes(): void {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
}

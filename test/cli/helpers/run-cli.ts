/**
 * Runs the built dl-tutor (dist/cli.js) as a child process with its data folder in a fresh
 * temporary directory, never the real home. `npm test` builds it first (pretest).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const CLI = join(ROOT, 'dist/cli.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** DL_TUTOR_HOME; a new temporary folder when not given. */
  home?: string;
  /** Written to stdin, which is then closed. */
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Milliseconds before the child is killed; 20 000 by default. */
  timeout?: number;
}

const homes: string[] = [];

/** A temporary DL_TUTOR_HOME, removed by `removeHomes`. */
export function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'dl-tutor-cli-'));
  homes.push(home);
  return home;
}

/** Removes every folder `tempHome` made; use in `afterAll`. */
export function removeHomes(): void {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
}

/** Throws when the binary is missing, naming the command that builds it. */
export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing; run "npm run build" first`);
}

/** The environment of a child: English locale, the given home, no CI colour detection. */
export function cliEnv(home: string, extra: Record<string, string | undefined> = {}) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LANG: 'C',
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    DL_TUTOR_HOME: home,
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/** Starts the CLI; the caller reads its streams and waits for it. */
export function startCli(args: string[], options: CliOptions = {}): ChildProcess {
  requireBuild();
  const home = options.home ?? tempHome();
  return spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(home, options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Collects a started child's output until it exits. */
export function finished(child: ChildProcess, timeout = 20_000): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dl-tutor did not exit within ${timeout} ms; output so far:\n${stdout}`));
    }, timeout);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

/** Runs the CLI to its end. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const child = startCli(args, options);
  const done = finished(child, options.timeout);
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.input ?? '');
  return done;
}

/** Resolves once `text` has appeared on the child's stdout. */
export function outputContaining(child: ChildProcess, text: string, timeout = 15_000) {
  return new Promise<string>((resolvePromise, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`"${text}" did not appear; output so far:\n${seen}`)),
      timeout,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolvePromise(seen);
      }
    });
  });
}

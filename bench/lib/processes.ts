/**
 * Timing programs from the outside: to their exit, to their first frame in a pseudo-terminal,
 * and their peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPty, type PtySession } from '../../test/helpers/pty.js';

export interface ExitRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end with no terminal; `ms` is spawn to exit. */
export function runToExit(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
): Promise<ExitRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout, stderr }));
  });
}

export interface FrameRun {
  /** Spawn to the first screen showing the marker. */
  ms: number;
  /** Peak resident memory of the program once the frame is up (VmHWM). */
  peakMiB: number | undefined;
}

export interface FrameOptions {
  env?: Record<string, string | undefined>;
  cols?: number;
  rows?: number;
  /** Drives the program further once the frame is up, before its memory is read. */
  afterFrame?: (app: PtySession) => Promise<void>;
}

/**
 * Starts a program in a pseudo-terminal (80x24 unless told) and times it to the first screen
 * that shows `marker`; then `afterFrame` may drive it further before it is stopped.
 */
export async function runToFrame(
  command: string,
  args: string[],
  marker: string | RegExp,
  options: FrameOptions = {},
): Promise<FrameRun> {
  const { env, cols = 80, rows = 24, afterFrame } = options;
  const started = performance.now();
  const app = startPty(command, args, { cols, rows, ...(env ? { env } : {}) });
  try {
    await app.waitFor(marker, { timeout: 20_000 });
    const ms = performance.now() - started;
    if (afterFrame) await afterFrame(app);

    return { ms, peakMiB: peakRssMiB(app.pid) };
  } finally {
    await app.stop();
  }
}

/** The peak resident set of a running process, from /proc; undefined when it has gone. */
export function peakRssMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];

    return kib === undefined ? undefined : Number(kib) / 1024;
  } catch {
    return undefined;
  }
}

/** Peak resident memory of a whole run to exit, via GNU time; undefined without /usr/bin/time. */
export async function peakRssOfRun(command: string, args: string[]): Promise<number | undefined> {
  if (!existsSync('/usr/bin/time')) return undefined;

  const dir = mkdtempSync(join(tmpdir(), 'dl-bench-'));
  try {
    const out = join(dir, 'rss');
    const run = await runToExit('/usr/bin/time', ['-f', '%M', '-o', out, command, ...args]);
    if (run.code !== 0) return undefined;

    return Number(readFileSync(out, 'utf8').trim()) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

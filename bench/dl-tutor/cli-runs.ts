/**
 * The dl-tutor measurements that run the built CLI, one function each. Each throws a
 * PendingError while the part of dl-tutor it needs is missing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyToFrameTimes, TYPED_ANSWER } from '../lib/keystrokes.js';
import {
  peakRssMiB,
  runToExit,
  runToFrame,
  type ExitRun,
  type FrameRun,
} from '../lib/processes.js';
import { DEFAULT_NET, lossTrajectory } from '../lib/reference-net.js';
import { CLI, ensureCli } from './cli-build.js';
import { PendingError } from './pending.js';
import { answerEverything, seedAnswers, startLesson } from './tui-driver.js';

/** Row 1: `dl-tutor` (the TUI, lesson picker) to its first frame listing the seed lesson. */
export async function dlTutorFirstFrame(): Promise<FrameRun> {
  await ensureCli();
  const home = mkdtempSync(join(tmpdir(), 'dl-bench-home-'));
  try {
    const args = [CLI, '--lang', 'en'];
    const env = { DL_TUTOR_HOME: home };

    return await runToFrame(process.execPath, args, 'Backpropagation in matrix form', { env });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Row 2: `dl-tutor run --json`, the whole transcript, checked against the reference net. */
export async function dlTutorRunJson(): Promise<ExitRun> {
  await ensureCli();
  const run = await runToExit(process.execPath, [CLI, 'run', '--json']);
  if (run.code !== 0) {
    throw new PendingError(`dl-tutor run --json exited with ${run.code}: ${run.stderr.trim()}`);
  }

  const losses = lossTrajectory(DEFAULT_NET, 0.1, 3);
  const transcript = JSON.parse(run.stdout) as { steps: { forward: { L: number } }[] };
  // The transcript has the loss before each update; the loss after the last is not in it.
  const printed = transcript.steps.map((step) => step.forward.L);
  const before = losses.slice(0, -1);
  if (printed.length !== before.length || printed.some((L, i) => Math.abs(L - before[i]!) > 1e-9)) {
    throw new Error(`dl-tutor run --json printed losses ${printed}, expected ${before}`);
  }

  return run;
}

/** Row 4: milliseconds from each key to the frame showing it on the answer line. */
export async function dlTutorKeystrokes(): Promise<number[]> {
  await ensureCli();
  const { app, stop } = await startLesson();
  try {
    return await keyToFrameTimes(app, TYPED_ANSWER, (typed) => `> ${typed}`);
  } finally {
    await stop();
  }
}

/** Row 6: peak RSS (MiB) of a full TUI session: every stage of every update answered. */
export async function dlTutorSessionPeakMiB(): Promise<number> {
  await ensureCli();
  const { app, stop } = await startLesson();
  try {
    await answerEverything(app, seedAnswers(), 3);
    const peak = peakRssMiB(app.pid);
    if (peak === undefined) throw new Error('dl-tutor exited before its memory could be read');

    return peak;
  } finally {
    await stop();
  }
}

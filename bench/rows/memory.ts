/**
 * Row 6: peak resident memory of a full dl-tutor session, against the Ink hello-world.
 */
import { dlTutorSessionPeakMiB } from '../dl-tutor/cli-runs.js';
import { attempt, isUnavailable } from '../dl-tutor/pending.js';
import { measured, unavailable, type GroupResult } from '../lib/figures.js';
import { runToFrame } from '../lib/processes.js';
import { median } from '../lib/stats.js';

const ROUNDS = 3;

/** Peak RSS of the bundled hello-world, read a moment after its first frame. */
async function helloPeakMiB(helloProgram: string): Promise<number> {
  const peaks: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const run = await runToFrame(process.execPath, [helloProgram], 'Hello, world!', {
      afterFrame: () => new Promise((resolve) => setTimeout(resolve, 300)),
    });
    if (run.peakMiB !== undefined) peaks.push(run.peakMiB);
  }

  return median(peaks);
}

export async function measureMemory(helloProgram: string): Promise<GroupResult> {
  const row = { id: '6a', name: 'peak RSS, full session', unit: 'MiB' as const };
  const target = { kind: 'ratio', max: 2 } as const;
  const baseline = { name: 'Ink hello', value: await helloPeakMiB(helloProgram) };

  const peak = await attempt(dlTutorSessionPeakMiB);
  const figure = isUnavailable(peak)
    ? unavailable({ ...row, target, baseline }, peak)
    : measured({
        ...row,
        target,
        value: peak,
        baseline,
        note: 'VmHWM at the end of the session',
      });

  return { figures: [figure] };
}

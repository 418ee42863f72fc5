/**
 * Row 2: the whole transcript. `dl-tutor run --json` against the same 3 updates written in
 * python3 + numpy; both outputs are checked against the reference network first.
 */
import { fileURLToPath } from 'node:url';
import { dlTutorRunJson } from '../dl-tutor/cli-runs.js';
import { attemptRepeatedly, isUnavailable } from '../dl-tutor/pending.js';
import { measured, unavailable, type Figure, type GroupResult } from '../lib/figures.js';
import { runToExit } from '../lib/processes.js';
import { DEFAULT_NET, lossTrajectory } from '../lib/reference-net.js';
import { median } from '../lib/stats.js';

const ROUNDS = 9;
const SCRIPT = fileURLToPath(new URL('../baselines/three-updates.py', import.meta.url));

/** numpy is fastest without the OpenBLAS overrides this machine may set for safety. */
function pythonEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;

  return env;
}

/** Times python3 + numpy unless it is missing or computes something else. */
async function timePython(): Promise<number[] | string> {
  const probe = await runToExit('python3', ['-c', 'import numpy'], pythonEnv()).catch(
    () => undefined,
  );
  if (probe?.code !== 0) return 'python3 with numpy is not installed here';

  const expected = lossTrajectory(DEFAULT_NET, 0.1, 3).at(-1)!;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const run = await runToExit('python3', [SCRIPT], pythonEnv());
    if (run.code !== 0) return `the numpy script failed: ${run.stderr.trim().split('\n').at(-1)}`;
    const { finalLoss } = JSON.parse(run.stdout) as { finalLoss: number };
    if (Math.abs(finalLoss - expected) > 1e-9) {
      return `the numpy script computed final loss ${finalLoss}, not ${expected}`;
    }
    times.push(run.ms);
  }

  return times;
}

export async function measureTranscript(): Promise<GroupResult> {
  const row = { id: '2a', name: 'run --json transcript', unit: 'ms' as const };
  const target = { kind: 'ratio', max: 1 } as const;
  const python = await timePython();
  if (typeof python === 'string') {
    return { figures: [{ ...row, target, state: 'skipped', note: python }] };
  }
  const baseline = { name: 'python3+numpy', value: median(python) };

  const times = await attemptRepeatedly(ROUNDS, async () => (await dlTutorRunJson()).ms);
  const figure: Figure = isUnavailable(times)
    ? unavailable({ ...row, target, baseline }, times)
    : measured({
        ...row,
        target,
        value: median(times),
        baseline,
        note: `medians of ${ROUNDS} runs; both transcripts checked against a JS reference`,
      });

  return { figures: [figure] };
}

/**
 * Row 4: keystroke to frame on the answer line with its live preview, against an Ink input
 * line that echoes each key and redraws a preview line.
 */
import { dlTutorKeystrokes } from '../dl-tutor/cli-runs.js';
import { attempt, isUnavailable } from '../dl-tutor/pending.js';
import { measured, unavailable, type GroupResult } from '../lib/figures.js';
import { KEY_PAUSE_MS, keyToFrameTimes, TYPED_ANSWER } from '../lib/keystrokes.js';
import { runToFrame } from '../lib/processes.js';
import { median } from '../lib/stats.js';

/** Key-to-frame times of the bundled Ink echo line. */
async function echoBaseline(echoProgram: string): Promise<number[]> {
  let times: number[] = [];
  await runToFrame(process.execPath, [echoProgram], 'echo ready', {
    afterFrame: async (app) => {
      times = await keyToFrameTimes(app, TYPED_ANSWER, (typed) => `> ${typed}`);
    },
  });

  return times;
}

export async function measureKeystroke(echoProgram: string): Promise<GroupResult> {
  const row = { id: '4a', name: 'keystroke to frame, median', unit: 'ms' as const };
  const target = { kind: 'max', max: 16 } as const;
  const echo = await echoBaseline(echoProgram);
  const baseline = { name: 'Ink echo line', value: median(echo) };
  const note =
    `${TYPED_ANSWER.length} keys, ${KEY_PAUSE_MS} ms apart; from sending a key to the ` +
    'emulated screen showing it';

  const times = await attempt(dlTutorKeystrokes);
  const figure = isUnavailable(times)
    ? unavailable({ ...row, target, baseline }, times)
    : measured({ ...row, target, value: median(times), baseline, note });

  return { figures: [figure] };
}

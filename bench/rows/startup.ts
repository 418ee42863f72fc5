/**
 * Row 1: start-up. dl-tutor to its first frame in a pseudo-terminal, against an Ink
 * hello-world bundled like dl-tutor, and against node printing one line.
 */
import { dlTutorFirstFrame } from '../dl-tutor/cli-runs.js';
import { attempt, isUnavailable, type Unavailable } from '../dl-tutor/pending.js';
import { measured, unavailable, type Figure, type GroupResult } from '../lib/figures.js';
import { runToFrame } from '../lib/processes.js';
import { median } from '../lib/stats.js';

const ROUNDS = 11;
const HELLO = 'Hello, world!';
const NODE_MARKER = 'node is up';

export interface StartupPrograms {
  helloBundled: string;
  helloUnbundled: string;
}

/** Runs every program once per round, interleaved, so drift on the machine hits all alike. */
export async function measureStartup(programs: StartupPrograms): Promise<GroupResult> {
  const node = process.execPath;
  const times = { node: [] as number[], bundled: [] as number[], unbundled: [] as number[] };
  const dlTutor: number[] = [];
  let why: Unavailable | undefined;

  for (let round = 0; round < ROUNDS; round++) {
    const printLine = `console.log(${JSON.stringify(NODE_MARKER)})`;
    times.node.push((await runToFrame(node, ['-e', printLine], NODE_MARKER)).ms);
    times.bundled.push((await runToFrame(node, [programs.helloBundled], HELLO)).ms);
    if (round < 3)
      times.unbundled.push((await runToFrame(node, [programs.helloUnbundled], HELLO)).ms);
    if (why !== undefined) continue;
    const run = await attempt(dlTutorFirstFrame);
    if (isUnavailable(run)) why = run;
    else dlTutor.push(run.ms);
  }

  const nodeStart = { name: 'node -e', value: median(times.node) };
  const bundled = { name: 'Ink hello (bundled)', value: median(times.bundled) };
  const main = { id: '1a', name: 'first frame', unit: 'ms' as const };
  const vsNode = { id: '1b', name: 'first frame vs node start', unit: 'ms' as const };
  const dlFigures: Figure[] =
    why === undefined
      ? [
          measured({
            ...main,
            target: { kind: 'ratio', max: 1.25 },
            value: median(dlTutor),
            baseline: bundled,
          }),
          measured({
            ...vsNode,
            target: { kind: 'none' },
            value: median(dlTutor),
            baseline: nodeStart,
          }),
        ]
      : [unavailable({ ...main, target: { kind: 'ratio', max: 1.25 }, baseline: bundled }, why)];

  return {
    figures: [
      ...dlFigures,
      measured({
        id: '1c',
        name: 'baseline: Ink hello bundled',
        unit: 'ms',
        target: { kind: 'none' },
        value: bundled.value,
        baseline: nodeStart,
        note: `medians of ${ROUNDS} runs (unbundled: 3), spawn to first screen with the text`,
      }),
      measured({
        id: '1d',
        name: 'baseline: Ink hello unbundled',
        unit: 'ms',
        target: { kind: 'none' },
        value: median(times.unbundled),
        baseline: bundled,
      }),
    ],
  };
}

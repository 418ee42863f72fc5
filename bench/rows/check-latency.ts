/**
 * Row 3: answer-check latency in-process, once warm: parse, equivalence at the current values
 * and at random points, and diagnosis, over a fixed set of right and wrong answers.
 */
import { readFileSync } from 'node:fs';
import { mathjsEvaluateMs } from '../baselines/mathjs-eval.js';
import { answerSet } from '../dl-tutor/answer-set.js';
import { isEngineAvailable, loadBenchEngine } from '../dl-tutor/engine-api.js';
import { attempt, isUnavailable, PendingError } from '../dl-tutor/pending.js';
import { measured, unavailable, type GroupResult } from '../lib/figures.js';
import { median, percentile } from '../lib/stats.js';

const LESSON = 'lessons/matrix-backprop.yaml';
const ROUNDS = 6;
const MEDIAN_ROW = {
  id: '3a',
  name: 'answer check, median',
  unit: 'ms',
  target: { kind: 'max', max: 5 },
} as const;
const P99_ROW = {
  id: '3b',
  name: 'answer check, p99',
  unit: 'ms',
  target: { kind: 'max', max: 20 },
} as const;

interface CheckTimes {
  samples: number[];
  byVerdict: Map<string, number[]>;
  mathjs: number[];
  note: string;
}

/** Every answer of the set checked once to warm up, then `ROUNDS` times, timed. */
async function timeChecks(): Promise<CheckTimes> {
  if (!(await isEngineAvailable())) {
    throw new PendingError('the engine (src/engine/lesson-engine.ts) is not there yet');
  }

  const { engine } = await loadBenchEngine(readFileSync(LESSON, 'utf8'), LESSON);
  const answers = answerSet(engine);
  const misjudged: string[] = [];
  for (const answer of answers) {
    const { verdict } = engine.check(answer.stageIndex, answer.update, answer.text);
    const wanted = { right: 'correct', typed: 'numeric', other: verdict }[answer.kind];
    if (verdict !== wanted) misjudged.push(`${answer.text} -> ${verdict}`);
  }

  const times: CheckTimes = { samples: [], byVerdict: new Map(), mathjs: [], note: '' };
  for (let round = 0; round < ROUNDS; round++) {
    for (const answer of answers) {
      const started = performance.now();
      const { verdict } = engine.check(answer.stageIndex, answer.update, answer.text);
      const ms = performance.now() - started;
      times.samples.push(ms);
      times.byVerdict.set(verdict, [...(times.byVerdict.get(verdict) ?? []), ms]);
      if (answer.kind !== 'right') continue;
      const scope = engine.scopeAt(answer.update);
      const mathjsMs = mathjsEvaluateMs(answer.text, scope, engine.learningRate);
      if (mathjsMs !== undefined) times.mathjs.push(mathjsMs);
    }
  }

  times.note =
    `${answers.length} answers x ${ROUNDS} rounds; a formula is checked at the current ` +
    `values + ${engine.checkpoints} random points` +
    (misjudged.length > 0 ? `; MISJUDGED: ${misjudged.join('; ')}` : '');

  return times;
}

export async function measureCheckLatency(): Promise<GroupResult> {
  const times = await attempt(timeChecks);
  if (isUnavailable(times)) {
    return { figures: [unavailable(MEDIAN_ROW, times), unavailable(P99_ROW, times)] };
  }

  const mathjs = { name: 'mathjs parse+evaluate', value: median(times.mathjs) };
  const lines = [
    '| verdict | checks | median | p99 |',
    '|---------|--------|--------|-----|',
    ...[...times.byVerdict].map(
      ([verdict, samples]) =>
        `| ${verdict} | ${samples.length / ROUNDS} x ${ROUNDS} | ${median(samples).toFixed(3)} ms | ` +
        `${percentile(samples, 99).toFixed(3)} ms |`,
    ),
  ];

  return {
    details: [{ title: 'Answer-check latency by verdict', lines }],
    figures: [
      measured({ ...MEDIAN_ROW, value: median(times.samples), baseline: mathjs, note: times.note }),
      measured({ ...P99_ROW, value: percentile(times.samples, 99), baseline: mathjs }),
    ],
  };
}

/**
 * Row 5: scaling. Generated lessons with the seed lesson's structure at hidden width 2 to 32
 * and input width 1 and 4: lesson load with self-check, one answer check, one transcript.
 */
import { stageAnswers } from '../dl-tutor/answer-set.js';
import { isEngineAvailable, loadBenchEngine, type BenchEngine } from '../dl-tutor/engine-api.js';
import { entryCount, scaledLessonYaml } from '../dl-tutor/scaled-lesson.js';
import { attempt, isUnavailable, PendingError } from '../dl-tutor/pending.js';
import { measured, unavailable, type Figure, type GroupResult } from '../lib/figures.js';
import { growthExponent, median, timeSync } from '../lib/stats.js';

const HIDDEN = [2, 4, 8, 16, 32];
const INPUTS = [1, 4];
const ROUNDS = 5;

interface SizeResult {
  inputs: number;
  hidden: number;
  entries: number;
  load: number;
  check: number;
  transcript: number;
}

/** Every stage answered right at every update, on an engine whose answer contexts are cold. */
function transcript(engine: BenchEngine): void {
  for (let update = 1; update <= engine.updates; update++) {
    engine.stages.forEach((stage, index) => engine.check(index, update, stage.expected));
  }
}

async function measureSize(inputs: number, hidden: number): Promise<SizeResult> {
  const text = scaledLessonYaml(hidden, inputs);
  const loads: number[] = [];
  const transcripts: number[] = [];
  const checks: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { engine, ms } = await loadBenchEngine(text, `scaled-${inputs}-${hidden}.yaml`);
    loads.push(ms);
    transcripts.push(timeSync(() => transcript(engine)));
    for (let index = 0; index < engine.stages.length; index++) {
      for (const answer of stageAnswers(engine, index, 1)) {
        checks.push(timeSync(() => engine.check(index, 1, answer.text)));
      }
    }
  }

  return {
    inputs,
    hidden,
    entries: entryCount(hidden, inputs),
    load: median(loads),
    check: median(checks),
    transcript: median(transcripts),
  };
}

function ratioFigure(id: string, results: SizeResult[], inputs: number): Figure {
  const at = (hidden: number) => results.find((r) => r.inputs === inputs && r.hidden === hidden)!;

  return measured({
    id,
    name: `check, hidden 16 vs 2, ${inputs} input${inputs > 1 ? 's' : ''}`,
    unit: 'ms',
    target: { kind: 'ratio', max: 5 },
    value: at(16).check,
    baseline: { name: 'hidden 2', value: at(2).check },
  });
}

function growthFigure(id: string, results: SizeResult[], key: 'load' | 'check' | 'transcript') {
  const exponent = growthExponent(
    results.map((r) => r.entries),
    results.map((r) => r[key]),
  );

  return measured({
    id,
    name: `${key} growth with entries`,
    unit: 'exp',
    target: { kind: 'none' },
    value: exponent,
  });
}

/** Every lesson size, smallest first. */
async function measureSizes(): Promise<SizeResult[]> {
  if (!(await isEngineAvailable())) {
    throw new PendingError('the engine (src/engine/lesson-engine.ts) is not there yet');
  }

  // The first lesson would otherwise also time the engine's code being compiled by V8.
  await measureSize(INPUTS[0]!, HIDDEN[0]!);
  const results: SizeResult[] = [];
  for (const inputs of INPUTS) {
    for (const hidden of HIDDEN) results.push(await measureSize(inputs, hidden));
  }

  return results;
}

export async function measureScaling(): Promise<GroupResult> {
  const results = await attempt(measureSizes);
  if (isUnavailable(results)) {
    const row = { id: '5a', name: 'check, hidden 16 vs 2', unit: 'ms' } as const;
    return { figures: [unavailable({ ...row, target: { kind: 'ratio', max: 5 } }, results)] };
  }

  const lines = [
    '| inputs | hidden | entries | load + self-check | one check | transcript |',
    '|--------|--------|---------|-------------------|-----------|------------|',
    ...results.map(
      (r) =>
        `| ${r.inputs} | ${r.hidden} | ${r.entries} | ${r.load.toFixed(1)} ms | ` +
        `${r.check.toFixed(3)} ms | ${r.transcript.toFixed(1)} ms |`,
    ),
  ];

  return {
    figures: [
      ratioFigure('5a', results, 1),
      ratioFigure('5b', results, 4),
      growthFigure('5c', results, 'load'),
      growthFigure('5d', results, 'check'),
      growthFigure('5e', results, 'transcript'),
    ],
    details: [
      { title: `Scaling (medians of ${ROUNDS} rounds; growth is k in time ~ entries^k)`, lines },
    ],
  };
}

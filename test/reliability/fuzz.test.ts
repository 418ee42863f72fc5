import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/engine/types.js';
import { feedbackFor } from '../../src/messages/feedback.js';
import { allowedAnswer, hostileAnswer } from './answer-grammar.js';
import { byteAnswer, escapeAnswer, longAnswer, mutatedAnswer } from './answer-noise.js';
import {
  CALL_LIMIT_MS,
  PLACEHOLDER,
  PROBLEM_CODES,
  seedEngine,
  timed,
  VERDICTS,
} from './seed-engine.js';

const engine = seedEngine();

/** Runs are reproducible: the same seed gives the same answers. Override with FUZZ_SEED. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

interface Where {
  stage: number;
  update: number;
}

const where: fc.Arbitrary<Where> = fc.record({
  stage: fc.integer({ min: 0, max: engine.stages.length - 1 }),
  update: fc.integer({ min: 1, max: engine.updates }),
});

/** The first calls also compile the engine's code paths; the report names both maxima. */
const WARM_UP = 50;
const tally = { answers: 0, slowestMs: 0, slowestAnswer: '', warmSlowestMs: 0 };

function expectWellWorded(result: CheckResult): void {
  for (const lang of ['en', 'ko'] as const) {
    const { headline, details } = feedbackFor(result, lang);
    for (const text of [headline, ...details]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(PLACEHOLDER);
    }
  }
}

/** Checks and previews one answer, asserting everything that must hold for any text. */
function judge(stage: number, update: number, answer: string): CheckResult {
  const check = timed(() => engine.check(stage, update, answer));
  const preview = timed(() => engine.preview(stage, update, answer));
  const result = check.value;
  tally.answers++;
  for (const ms of [check.ms, preview.ms]) {
    if (ms > tally.slowestMs) Object.assign(tally, { slowestMs: ms, slowestAnswer: answer });
    if (tally.answers > WARM_UP) tally.warmSlowestMs = Math.max(tally.warmSlowestMs, ms);
  }

  expect(check.ms).toBeLessThan(CALL_LIMIT_MS);
  expect(preview.ms).toBeLessThan(CALL_LIMIT_MS);
  expect(VERDICTS).toContain(result.verdict);
  expect(result.verdict === 'invalid').toBe(result.problem !== undefined);
  expect(result.expectedShape).toEqual(engine.stages[stage]!.shape);
  if (result.problem) {
    expect(PROBLEM_CODES).toContain(result.problem.code);
    const column = result.problem.column ?? 0;
    expect(Number.isInteger(column) && column >= 0 && column <= answer.length).toBe(true);
  }
  if (result.value) {
    expect(result.value).toHaveLength(result.shape!.rows);
    for (const row of result.value) expect(row).toHaveLength(result.shape!.cols);
  }
  expectWellWorded(result);

  const { value: seen } = preview;
  if (result.problem) {
    expect(seen.problem).toEqual(result.problem);
  } else {
    expect(seen.problem).toBeUndefined();
    expect(seen.value).toEqual(result.value);
  }
  return result;
}

/** Runs a property, naming the seed that reproduces a failure. */
function fuzz<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  offset: number,
  body: (where: Where, input: T) => void,
): void {
  const seed = SEED + offset;
  try {
    fc.assert(fc.property(where, arbitrary, body), { seed, numRuns });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`fuzzing failed at seed ${seed}; rerun with FUZZ_SEED=${SEED}\n${message}`);
  }
}

describe('LessonEngine.check and preview (fuzzed answers)', () => {
  afterAll(() => {
    const answer = JSON.stringify(tally.slowestAnswer.slice(0, 60));
    console.info(
      `fuzz: ${tally.answers} answers (seed ${SEED}); slowest call ` +
        `${tally.slowestMs.toFixed(1)} ms, for ${answer}; ` +
        `slowest after the first ${WARM_UP} answers ${tally.warmSlowestMs.toFixed(1)} ms`,
    );
  });

  it('judges 2500 expressions from the grammar of allowed answers', () => {
    fuzz(allowedAnswer, 2500, 0, ({ stage, update }, answer) => void judge(stage, update, answer));
  });

  it('judges 1500 expressions that mix allowed and refused constructs', () => {
    fuzz(hostileAnswer, 1500, 5, ({ stage, update }, answer) => void judge(stage, update, answer));
  });

  it('judges 3000 mutated right answers, and the right answer still right after each', () => {
    fuzz(mutatedAnswer, 3000, 1, ({ stage, update }, { answer }) => {
      judge(stage, update, answer);

      const right = engine.check(stage, update, engine.stages[stage]!.def.expected);

      expect(right.verdict).toBe('correct');
    });
  });

  it('judges 1500 random byte strings and code points', () => {
    fuzz(byteAnswer, 1500, 2, ({ stage, update }, answer) => void judge(stage, update, answer));
  });

  it('judges 1500 answers laced with control characters and escape sequences', () => {
    fuzz(escapeAnswer, 1500, 3, ({ stage, update }, answer) => {
      const result = judge(stage, update, answer);

      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/.test(answer)) {
        expect(result.problem?.code).toMatch(/^(syntax|too-long|empty)$/);
      }
    });
  });

  it('judges 300 runaway repetitions up to past the length limit', () => {
    fuzz(longAnswer, 300, 4, ({ stage, update }, answer) => void judge(stage, update, answer));
  });

  it('has tried at least 10 000 answers in this run', () => {
    expect(tally.answers).toBeGreaterThanOrEqual(10_000);
  });
});

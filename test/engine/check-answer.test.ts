import { describe, expect, it } from 'vitest';
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import { expectClose } from './expect-close.js';
import { backprop, descend, forwardPass, SEED_NET } from './reference-net.js';
import { seedLesson } from './seed-lesson.js';

const engine = LessonEngine.fromLesson(seedLesson()).engine!;
const stageOf = (asks: string) => engine.stages.findIndex((s) => s.asks === asks);

/** Equivalent ways to write each stage's answer. */
const rightAnswers: Record<string, string[]> = {
  Z: ['W1 * x + B', 'x * W1 + B', 'B + W1 .* x', '[w1 * x + b1; w2 * x + b2]'],
  A: ['relu(Z)', 'Z .* step(Z)', 'Z .* (Z > 0)', 'relu(W1 * x + B)', '[relu(z1); relu(z2)]'],
  Y: ['W2 * A', '[w3 * a1 + w5 * a2; w4 * a1 + w6 * a2]', "(A' * W2')'"],
  L: [
    '1/2 * sum((Y - T).^2)',
    'sum((Y - T).^2) / 2',
    "0.5 * (Y - T)' * (Y - T)",
    '((y1 - t1)^2 + (y2 - t2)^2) / 2',
  ],
  'dL/dY': ['Y - T', '-(T - Y)', '[y1 - t1; y2 - t2]'],
  'dL/dW2': ["(Y - T) * A'", "Y*A' - T*A'", "dY * A'", 'dY * transpose(A)', "(A * dY')'"],
  'dL/dA': ["W2' * dY", "(dY' * W2)'", "W2' * (Y - T)", 'transpose(W2) * dY'],
  'dL/dZ': [
    'dA .* step(Z)',
    'step(Z) .* dA',
    'dA .* (Z > 0)',
    'dA .* drelu(Z)',
    "(W2' * dY) .* heaviside(Z)",
  ],
  'dL/dW1': ['dZ * x', 'x * dZ', 'dZ .* x', "dZ * x'"],
  'dL/dB': ['dZ', 'dA .* step(Z)'],
  W1: ['W1 - lr * dW1', 'W1 - 0.1 * dW1', 'W1 - lr * dZ * x'],
  B: ['B - lr * dB', 'B - lr * dZ', 'B - dB / 10'],
  W2: ['W2 - lr * dW2', "W2 - lr * dY * A'", "W2 - lr * (Y - T) * A'"],
};

const formulaCases = [1, 3].flatMap((update) =>
  Object.entries(rightAnswers).flatMap(([asks, answers]) =>
    answers.map((answer) => [asks, update, answer] as const),
  ),
);

/** A matrix literal of the numbers a learner would type, rounded to 4 decimals. */
function typed(grid: number[][]): string {
  return `[${grid.map((row) => row.map((v) => v.toFixed(4)).join(', ')).join('; ')}]`;
}

/** The right answer of each stage by the test's own loop, before update `update`. */
function byHand(asks: string, update: number): number[][] {
  const nets = descend(SEED_NET, 0.1, 3);
  const net = nets[update - 1]!;
  const next = nets[update]!;
  const f = forwardPass(net);
  const g = backprop(net);
  const answers: Record<string, number[][]> = {
    Z: f.Z,
    A: f.A,
    Y: f.Y,
    L: [[f.L]],
    'dL/dY': g.dY,
    'dL/dW2': g.dW2,
    'dL/dA': g.dA,
    'dL/dZ': g.dZ,
    'dL/dW1': g.dW1,
    'dL/dB': g.dB,
    W1: next.W1,
    B: next.B,
    W2: next.W2,
  };
  return answers[asks]!;
}

const stages = Object.keys(rightAnswers);

describe('LessonEngine.check (right answers)', () => {
  it.each(formulaCases)('accepts %s at update %i written as %s', (asks, update, answer) => {
    const result = engine.check(stageOf(asks), update, answer);

    expect(result.verdict).toBe('correct');
    expect(result.diagnosis).toBeUndefined();
    expectClose(result.value!, byHand(asks, update));
  });

  it.each(stages.flatMap((asks) => [1, 3].map((u) => [asks, u] as const)))(
    'accepts the numbers of %s at update %i, rounded to 4 decimals, as numeric',
    (asks, update) => {
      const answer = typed(byHand(asks, update));

      const result = engine.check(stageOf(asks), update, answer);

      expect(result.verdict).toBe('numeric');
    },
  );

  it.each(stages)('refuses the numbers of %s from update 1 at update 3', (asks) => {
    const stale = typed(byHand(asks, 1));

    const result = engine.check(stageOf(asks), 3, stale);

    expect(result.verdict).toBe('wrong');
  });

  it('accepts a scalar typed without brackets', () => {
    const result = engine.check(stageOf('L'), 1, '0.9113');

    expect(result.verdict).toBe('numeric');
    expect(result.shape).toEqual({ rows: 1, cols: 1 });
  });

  it('refuses numbers off by more than the rounding of the display', () => {
    const result = engine.check(stageOf('L'), 1, '0.9130');

    expect(result.verdict).toBe('wrong');
  });

  it('returns the value and both shapes with a verdict', () => {
    const result = engine.check(stageOf('dL/dW2'), 1, "dY * A'");

    expect(result.shape).toEqual({ rows: 2, cols: 2 });
    expect(result.expectedShape).toEqual({ rows: 2, cols: 2 });
    expectClose(result.value!, byHand('dL/dW2', 1));
  });
});

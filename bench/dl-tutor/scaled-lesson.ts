/**
 * Generated lessons with the seed lesson's structure (x -> hidden ReLU layer -> 2 outputs,
 * the same 13 stages, 3 updates) at any input and hidden width, for the scaling benchmark.
 */
import { stringify } from 'yaml';

/** Deterministic numbers in [low, high), so every run times the same lessons. */
function numbers(seed: number) {
  let state = seed;

  return (low: number, high: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.round((low + ((high - low) * state) / 2 ** 31) * 1000) / 1000;
  };
}

function grid<T>(rows: number, cols: number, cell: (i: number, j: number) => T): T[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => cell(i + 1, j + 1)),
  );
}

const STAGES: [string, string][] = [
  ['Z', 'W1 * x + B'],
  ['A', 'relu(Z)'],
  ['Y', 'W2 * A'],
  ['L', '1/2 * sum((Y - T).^2)'],
  ['dL/dY', 'Y - T'],
  ['dL/dW2', "dY * A'"],
  ['dL/dA', "W2' * dY"],
  ['dL/dZ', 'dA .* step(Z)'],
  ['dL/dW1', "dZ * x'"],
  ['dL/dB', 'dZ'],
  ['W1', 'W1 - lr * dW1'],
  ['B', 'B - lr * dB'],
  ['W2', 'W2 - lr * dW2'],
];

/** How many scalar entries the lesson's parameters and data have. */
export function entryCount(hidden: number, inputs: number): number {
  return hidden * inputs + hidden + 2 * hidden + inputs + 2;
}

/** The YAML text of a lesson with `inputs` inputs and `hidden` hidden units. */
export function scaledLessonYaml(hidden: number, inputs: number): string {
  const random = numbers(hidden * 100 + inputs);
  const text = (en: string) => ({ en });
  const symbol = (role: string, entries: string[][], value: number[][]) => ({
    role,
    entries,
    value,
  });

  const lesson = {
    id: `scaled-${inputs}-${hidden}`,
    version: 1,
    title: text(`Scaled lesson, ${inputs} inputs, ${hidden} hidden units`),
    description: text('Generated for the scaling benchmark.'),
    intro: text('Generated for the scaling benchmark.'),
    symbols: {
      W1: symbol(
        'parameter',
        grid(hidden, inputs, (i, j) => `u${i}_${j}`),
        grid(hidden, inputs, () => random(-1, 1)),
      ),
      B: symbol(
        'parameter',
        grid(hidden, 1, (i) => `b${i}`),
        grid(hidden, 1, () => random(0.05, 0.3)),
      ),
      W2: symbol(
        'parameter',
        grid(2, hidden, (i, j) => `v${i}_${j}`),
        grid(2, hidden, () => random(-1, 1)),
      ),
      x: symbol(
        'data',
        grid(inputs, 1, (i) => `x${i}`),
        grid(inputs, 1, () => random(0.2, 1)),
      ),
      T: symbol('target', [['t1'], ['t2']], [[1], [-1]]),
    },
    forward: {
      Z: { entries: grid(hidden, 1, (i) => `z${i}`), expr: 'W1 * x + B' },
      A: { entries: grid(hidden, 1, (i) => `a${i}`), expr: 'relu(Z)' },
      Y: { entries: [['y1'], ['y2']], expr: 'W2 * A' },
    },
    loss: { name: 'L', expr: '1/2 * sum((Y - T).^2)' },
    training: { learningRate: 0.1, updates: 3 },
    diagnoses: [
      {
        id: 'missing-relu-derivative',
        match: 'ANSWER .* step(Z)',
        message: text('The ReLU derivative is missing.'),
        // With several inputs dW1 is wider than Z, so the diagnosis cannot apply to it.
        stages: inputs === 1 ? ['dL/dZ', 'dL/dW1', 'dL/dB'] : ['dL/dZ', 'dL/dB'],
      },
    ],
    stages: STAGES.map(([asks, expected]) => ({
      asks,
      prompt: text(`Write ${asks}.`),
      expected,
      explanation: text(`${asks} = ${expected}`),
    })),
  };

  return stringify(lesson);
}

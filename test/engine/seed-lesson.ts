/**
 * The seed network as a lesson model, written out by hand for engine tests, so they do not
 * depend on the YAML loader.
 */
import type { Lesson, StageDef } from '../../src/lesson/model.js';

const text = (en: string) => ({ en });

/** One right answer per stage of the seed lesson (and of matrix-backprop), in stage order. */
export const SEED_ANSWERS = [
  'W1 * x + B',
  'relu(Z)',
  'W2 * A',
  '1/2 * sum((Y - T).^2)',
  'Y - T',
  "dY * A'",
  "W2' * dY",
  'dA .* step(Z)',
  'dZ * x',
  'dZ',
  'W1 - lr * dW1',
  'B - lr * dB',
  'W2 - lr * dW2',
];

function stage(asks: string, expected: string, extra: Partial<StageDef> = {}): StageDef {
  return {
    asks,
    kind: undefined as never,
    prompt: text(`${asks} = ?`),
    expected,
    hints: [],
    explanation: text(''),
    mistakes: [],
    links: [],
    ...extra,
  };
}

export function seedLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    id: 'seed',
    version: 1,
    title: text('seed'),
    description: text('seed'),
    intro: text(''),
    symbols: [
      { name: 'W1', role: 'parameter', entries: [['w1'], ['w2']], value: [[0.4], [0.6]] },
      { name: 'B', role: 'parameter', entries: [['b1'], ['b2']], value: [[0.1], [-0.1]] },
      {
        name: 'W2',
        role: 'parameter',
        entries: [
          ['w3', 'w5'],
          ['w4', 'w6'],
        ],
        value: [
          [0.3, 0.5],
          [-0.2, 0.7],
        ],
      },
      { name: 'x', role: 'data', entries: [['x']], value: [[0.5]], vary: [0.2, 1] },
      { name: 'T', role: 'target', entries: [['t1'], ['t2']], value: [[1], [-1]] },
    ],
    forward: [
      { name: 'Z', entries: [['z1'], ['z2']], expr: 'W1 * x + B' },
      { name: 'A', entries: [['a1'], ['a2']], expr: 'relu(Z)' },
      { name: 'Y', entries: [['y1'], ['y2']], expr: 'W2 * A' },
    ],
    loss: { name: 'L', expr: '1/2 * sum((Y - T).^2)' },
    training: { learningRate: 0.1, updates: 3 },
    stages: [
      stage('Z', 'W1 * x + B'),
      stage('A', 'relu(Z)'),
      stage('Y', 'W2 * A'),
      stage('L', '1/2 * sum((Y - T).^2)'),
      stage('dL/dY', 'Y - T'),
      stage('dL/dW2', "dY * A'", {
        links: [
          { entry: [1, 1], name: 'dL/dw3', chain: 'dL/dy1 * dy1/dw3', formula: '(y1 - t1) * a1' },
        ],
        mistakes: [{ answer: "A * dY'", feedback: text('transposed') }],
      }),
      stage('dL/dA', "W2' * dY"),
      stage('dL/dZ', 'dA .* step(Z)'),
      stage('dL/dW1', 'dZ * x'),
      stage('dL/dB', 'dZ'),
      stage('W1', 'W1 - lr * dW1'),
      stage('B', 'B - lr * dB'),
      stage('W2', 'W2 - lr * dW2'),
    ].map((s) => ({ ...s, kind: undefined as never })),
    diagnoses: [
      {
        id: 'missing-relu-derivative',
        match: 'ANSWER .* step(Z)',
        message: text('missing step(Z)'),
      },
    ],
    ...overrides,
  };
}

/** The seed lesson with the stage that asks `asks` changed by `patch`. */
export function seedLessonWithStage(asks: string, patch: Partial<StageDef>): Lesson {
  const lesson = seedLesson();
  const index = lesson.stages.findIndex((s) => s.asks === asks);
  if (index < 0) throw new Error(`the seed lesson has no stage "${asks}"`);
  lesson.stages[index] = { ...lesson.stages[index]!, ...patch };
  return lesson;
}

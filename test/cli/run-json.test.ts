import { all, create } from 'mathjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNumbers, expectCloseTo } from './helpers/close-to.js';
import {
  entryScope,
  referenceForward,
  referenceRun,
  type NetData,
  type NetValues,
} from './helpers/reference-net.js';
import { removeHomes, requireBuild, runCli } from './helpers/run-cli.js';

interface Transcript {
  lesson: string;
  learningRate: number;
  data: NetData;
  initial: NetValues;
  symbolic: Record<string, string[][]>;
  steps: unknown[];
}

// The values of the source lesson, as the brief states them.
const LESSON_START: NetValues = {
  W1: [[0.4], [0.6]],
  B: [[0.1], [-0.1]],
  W2: [
    [0.3, 0.5],
    [-0.2, 0.7],
  ],
};
const LESSON_DATA: NetData = { x: 0.5, T: [[1], [-1]] };

// mathjs as a plain calculator for the formulas the CLI prints; the engine is not involved.
const calculator = create(all!);
calculator.import(
  { relu: (v: number) => (v > 0 ? v : 0), step: (v: number) => (v > 0 ? 1 : 0) },
  { override: true },
);

async function transcript(args: string[] = []): Promise<Transcript> {
  const run = await runCli(['run', '--json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Transcript;
}

function evaluateFormulas(grid: string[][], scope: Record<string, number>): number[][] {
  return grid.map((row) => row.map((formula) => calculator.evaluate(formula, scope) as number));
}

/** Everything the transcript says, checked against the hand computation. */
function expectMatchesReference(out: Transcript, start: NetValues, data: NetData) {
  const reference = referenceRun(start, data, 0.1, 3);
  expectCloseTo(out.steps, reference.steps);

  const first = reference.steps[0]!.gradients;
  const scope = entryScope(start, data);
  for (const name of ['dL/dW1', 'dL/dB', 'dL/dW2'] as const) {
    expectCloseTo(evaluateFormulas(out.symbolic[name]!, scope), first[name], 1e-9, name);
  }
}

beforeAll(requireBuild);
afterAll(removeHomes);

describe('dl-tutor run --json', () => {
  it('prints the bundled lesson in the promised shape', async () => {
    const out = await transcript();

    expect(Object.keys(out)).toEqual([
      'lesson',
      'learningRate',
      'data',
      'initial',
      'symbolic',
      'steps',
    ]);
    expect(out.lesson).toBe('matrix-backprop');
    expect(typeof out.data.x).toBe('number');
    expect(Object.keys(out.initial)).toEqual(['W1', 'B', 'W2']);
    expect(Object.keys(out.symbolic)).toEqual(['dL/dW1', 'dL/dB', 'dL/dW2']);
    expect(out.symbolic['dL/dW2']!.map((row) => row.length)).toEqual([2, 2]);
    expect(out.steps).toHaveLength(3);
    for (const step of out.steps as Record<string, Record<string, unknown>>[]) {
      expect(Object.keys(step)).toEqual(['forward', 'gradients', 'params']);
      expect(Object.keys(step.forward!)).toEqual(['Z', 'A', 'Y', 'L']);
      expect(typeof step.forward!.L).toBe('number');
      expect(Object.keys(step.gradients!)).toEqual([
        'dL/dY',
        'dL/dW2',
        'dL/dA',
        'dL/dZ',
        'dL/dW1',
        'dL/dB',
      ]);
      expect(Object.keys(step.params!)).toEqual(['W1', 'B', 'W2']);
    }
  });

  it('matches a hand computation of the lesson in every number, to 1e-9', async () => {
    const out = await transcript();

    expect(out.learningRate).toBe(0.1);
    expectCloseTo(out.data, LESSON_DATA);
    expectCloseTo(out.initial, LESSON_START);
    expectMatchesReference(out, LESSON_START, LESSON_DATA);
    expect(countNumbers(out.steps)).toBe(3 * (7 + 14 + 8));
  });

  it('gives the numbers of the source lesson', async () => {
    const out = await transcript();
    const first = out.steps[0] as { forward: { Z: number[][]; Y: number[][]; L: number } };

    expectCloseTo(first.forward.Z, [[0.3], [0.2]], 1e-12);
    expectCloseTo(first.forward.Y, [[0.19], [0.08]], 1e-12);
    expect(first.forward.L).toBeCloseTo(0.91125, 12);
    const last = out.steps[2] as { params: NetValues };
    expect(referenceForward(last.params, LESSON_DATA).L).toBeCloseTo(0.70416, 5);
  });

  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
  it.each(seeds)('computes the variant of seed %i like the hand computation', async (seed) => {
    const out = await transcript(['--seed', String(seed)]);
    const inRange = (values: number[][], low: number, high: number) =>
      values.flat().every((v) => v >= low && v <= high);

    expect(inRange(out.initial.W1, -1, 1) && inRange(out.initial.W2, -1, 1)).toBe(true);
    expect(inRange(out.initial.B, -0.5, 0.5) && inRange(out.data.T, -1, 1)).toBe(true);
    expect(out.data.x >= 0.2 && out.data.x <= 1).toBe(true);
    expect(out.initial).not.toEqual(LESSON_START);
    expectMatchesReference(out, out.initial, out.data);
  });

  it('gives the same variant for the same seed and another for another seed', async () => {
    const [a, b, c] = await Promise.all([
      transcript(['--seed', '7']),
      transcript(['--seed', '7']),
      transcript(['--seed', '8']),
    ]);

    expect(a).toEqual(b);
    expect(c.initial).not.toEqual(a.initial);
  });
});

describe('dl-tutor run', () => {
  it('prints a table with the losses before and after the updates', async () => {
    const run = await runCli(['run', '--lang', 'en']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  L = 0.91125');
    expect(run.stdout).toContain('update 3/3');
    expect(run.stdout).toMatch(/forward pass after update 3\n(.*\n){3}\s+L = 0\.70416/);
  });

  it('refuses a seed that is not a whole number with exit 2 and one line', async () => {
    const run = await runCli(['run', '--seed', '1.5']);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain("'--seed <n>' argument '1.5' is invalid");
  });

  it('reports an unknown lesson in one line with exit 2', async () => {
    const run = await runCli(['run', 'no-such-lesson']);

    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no lesson with id "no-such-lesson"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

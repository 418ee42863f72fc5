import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/engine/compile.js';
import { exactGradient } from '../../src/engine/gradient.js';
import type { Lesson, StageDef, SymbolDef } from '../../src/lesson/model.js';
import { expectClose } from './expect-close.js';
import {
  backprop,
  forwardPass,
  type Activation,
  type Grid,
  type NetValues,
} from './reference-net.js';

interface RandomNet {
  activation: Activation;
  values: NetValues;
}

const entry = fc.double({ min: -1, max: 1, noNaN: true });
const grid = (rows: number, cols: number) =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });

const randomNet: fc.Arbitrary<RandomNet> = fc
  .record({
    inputs: fc.integer({ min: 1, max: 3 }),
    hidden: fc.integer({ min: 1, max: 4 }),
    outputs: fc.integer({ min: 1, max: 3 }),
    activation: fc.constantFrom<Activation>('relu', 'sigmoid'),
  })
  .chain(({ inputs, hidden, outputs, activation }) =>
    fc
      .record({
        W1: grid(hidden, inputs),
        B: grid(hidden, 1),
        W2: grid(outputs, hidden),
        X: grid(inputs, 1),
        T: grid(outputs, 1),
      })
      .map((values) => ({ activation, values })),
  );

const entryNames = (prefix: string, rows: number, cols: number) =>
  Array.from({ length: rows }, (_r, i) =>
    Array.from({ length: cols }, (_c, j) => `${prefix}_${i + 1}_${j + 1}`),
  );

function symbol(name: string, role: SymbolDef['role'], prefix: string, value: Grid): SymbolDef {
  return { name, role, entries: entryNames(prefix, value.length, value[0]!.length), value };
}

const text = (en: string) => ({ en });

function gradientStage(asks: string, expected: string): StageDef {
  const base = { prompt: text(asks), hints: [], explanation: text(''), mistakes: [], links: [] };
  return { ...base, asks, kind: 'gradient', expected };
}

/** The backward pass in matrix form, the same for every shape. */
function backwardStages(activation: Activation): StageDef[] {
  const local = activation === 'relu' ? 'step(Z)' : 'A .* (1 - A)';
  return [
    gradientStage('dL/dY', 'Y - T'),
    gradientStage('dL/dW2', "dY * A'"),
    gradientStage('dL/dA', "W2' * dY"),
    gradientStage('dL/dZ', `dA .* ${local}`),
    gradientStage('dL/dW1', "dZ * X'"),
    gradientStage('dL/dB', 'dZ'),
  ];
}

function lessonOf({ activation, values }: RandomNet, stages: StageDef[] = []): Lesson {
  const hidden = values.B.length;
  const outputs = values.T.length;
  return {
    id: 'random-net',
    version: 1,
    title: text('random net'),
    description: text(''),
    intro: text(''),
    symbols: [
      symbol('W1', 'parameter', 'w', values.W1),
      symbol('B', 'parameter', 'b', values.B),
      symbol('W2', 'parameter', 'v', values.W2),
      symbol('X', 'data', 'x', values.X),
      symbol('T', 'target', 't', values.T),
    ],
    forward: [
      { name: 'Z', entries: entryNames('z', hidden, 1), expr: 'W1 * X + B' },
      { name: 'A', entries: entryNames('a', hidden, 1), expr: `${activation}(Z)` },
      { name: 'Y', entries: entryNames('y', outputs, 1), expr: 'W2 * A' },
    ],
    loss: { name: 'L', expr: '1/2 * sum((Y - T).^2)' },
    training: { learningRate: 0.1, updates: 1 },
    stages,
    diagnoses: [],
  };
}

/** Central differences of the hand-written loss, one entry of one parameter at a time. */
function centralDifferences(net: RandomNet, name: 'W1' | 'B' | 'W2'): Grid {
  const h = 1e-6;
  const lossWith = (i: number, j: number, delta: number) => {
    const values = structuredClone(net.values);
    values[name][i]![j]! += delta;
    return forwardPass(values, net.activation).L;
  };
  return net.values[name].map((row, i) =>
    row.map((_v, j) => (lossWith(i, j, h) - lossWith(i, j, -h)) / (2 * h)),
  );
}

/** Finite differences are meaningless across a ReLU kink; such samples are skipped. */
function isAwayFromKinks(net: RandomNet): boolean {
  if (net.activation !== 'relu') return true;
  return forwardPass(net.values).Z.every((row) => row.every((z) => Math.abs(z) > 1e-3));
}

describe('exactGradient (random networks)', () => {
  it('agrees with central differences for every parameter of any small network', () => {
    fc.assert(
      fc.property(randomNet, (net) => {
        fc.pre(isAwayFromKinks(net));
        const { compiled, issues } = compileLesson(lessonOf(net));
        expect(issues).toEqual([]);

        for (const name of ['W1', 'B', 'W2'] as const) {
          const exact = exactGradient(compiled!.plan, compiled!.initial, name);
          expectClose(exact.data, centralDifferences(net, name), 1e-6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with backpropagation by hand for the intermediates Z, A and Y', () => {
    fc.assert(
      fc.property(randomNet, (net) => {
        fc.pre(isAwayFromKinks(net));
        const { compiled } = compileLesson(lessonOf(net));
        const byHand = backprop(net.values, net.activation);

        for (const [name, key] of [
          ['Z', 'dZ'],
          ['A', 'dA'],
          ['Y', 'dY'],
        ] as const) {
          const exact = exactGradient(compiled!.plan, compiled!.initial, name);
          expectClose(exact.data, byHand[key], 1e-12);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('compileLesson (random networks)', () => {
  it('accepts the matrix backward pass for any small network', () => {
    fc.assert(
      fc.property(randomNet, (net) => {
        fc.pre(isAwayFromKinks(net));

        const { issues } = compileLesson(lessonOf(net, backwardStages(net.activation)));

        expect(issues).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/engine/compile.js';
import {
  exactGradient,
  finiteDifferenceGradient,
  symbolicGradient,
} from '../../src/engine/gradient.js';
import { fromGrid, type Mat } from '../../src/engine/matrix.js';
import { expectClose } from './expect-close.js';
import { backprop, seedNetFrom, type Gradients } from './reference-net.js';
import { seedLesson } from './seed-lesson.js';

const compiled = compileLesson(seedLesson()).compiled!;
const { plan } = compiled;

function pointWith(changes: Record<string, number[][]>): Map<string, Mat<number>> {
  const symbols = new Map(compiled.initial);
  for (const [name, grid] of Object.entries(changes)) symbols.set(name, fromGrid(grid));
  return symbols;
}

const points: [string, Map<string, Mat<number>>][] = [
  ["the lesson's values", new Map(compiled.initial)],
  // b2 = -0.5 puts z2 = -0.2 below the kink, so relu' is 0 there.
  ['a point with one unit off', pointWith({ B: [[0.1], [-0.5]] })],
  [
    'a point with both units off',
    pointWith({
      W1: [[-0.7], [0.2]],
      B: [[0.05], [-0.3]],
      W2: [
        [0.9, -0.4],
        [0.25, 0.6],
      ],
      x: [[0.8]],
      T: [[0.3], [0.6]],
    }),
  ],
  [
    'a point with other data',
    pointWith({
      W1: [[-0.3], [0.9]],
      B: [[0.6], [0.2]],
      W2: [
        [-0.5, 0.8],
        [0.1, -0.6],
      ],
      x: [[0.9]],
      T: [[-0.4], [0.7]],
    }),
  ],
];

/** Which hand-derived gradient belongs to which named matrix. */
const targets: [string, keyof Gradients][] = [
  ['W1', 'dW1'],
  ['B', 'dB'],
  ['W2', 'dW2'],
  ['Z', 'dZ'],
  ['A', 'dA'],
  ['Y', 'dY'],
];

const cases = points.flatMap(([label, symbols]) =>
  targets.map(([target, key]) => [target, label, symbols, key] as const),
);

describe('exactGradient', () => {
  it.each(cases)('gives dL/d%s at %s as backpropagation by hand', (target, _label, s, key) => {
    const byHand = backprop(seedNetFrom(s))[key];

    const exact = exactGradient(plan, s, target);

    expectClose(exact.data, byHand, 1e-12);
  });

  it('gives 0 for a unit that is off and non-zero for one that is on', () => {
    const [, offPoint] = points[1]!;

    const dZ = exactGradient(plan, offPoint, 'Z').data;

    expect(dZ[1]![0]).toBe(0);
    expect(Math.abs(dZ[0]![0]!)).toBeGreaterThan(0.1);
  });
});

describe('finiteDifferenceGradient', () => {
  it.each(cases)('agrees with dL/d%s at %s', (target, _label, s, key) => {
    const byHand = backprop(seedNetFrom(s))[key];

    const fd = finiteDifferenceGradient(plan, s, target);

    expectClose(fd.data, byHand, 1e-8);
  });
});

describe('symbolicGradient', () => {
  it.each(cases)('agrees with dL/d%s at %s', (target, _label, s, key) => {
    const byHand = backprop(seedNetFrom(s))[key];

    const symbolic = symbolicGradient(plan, s, target);

    expectClose(symbolic.data, byHand, 1e-12);
  });

  it('leaves entries past maxEntries undifferentiated, as NaN', () => {
    const [, s] = points[0]!;
    const byHand = backprop(seedNetFrom(s)).dW2;

    const symbolic = symbolicGradient(plan, s, 'W2', 3).data;

    expect(symbolic.flat().slice(0, 3)).toEqual(
      byHand
        .flat()
        .slice(0, 3)
        .map((v) => expect.closeTo(v, 12)),
    );
    expect(symbolic[1]![1]).toBeNaN();
  });
});

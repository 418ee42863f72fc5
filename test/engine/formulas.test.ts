import fc from 'fast-check';
import { evaluate, parse } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import { expectClose } from './expect-close.js';
import { backprop, forwardPass, SEED_NET } from './reference-net.js';
import { seedLesson } from './seed-lesson.js';

const engine = LessonEngine.fromLesson(seedLesson()).engine!;
const stageOf = (asks: string) => engine.stages.findIndex((s) => s.asks === asks);

// Formulas are evaluated with mathjs' own evaluator, not the engine's, with relu and step
// written here.
const functions = {
  relu: (v: number) => (v > 0 ? v : 0),
  step: (v: number) => (v > 0 ? 1 : 0),
};

function valueOf(formula: string, at: Record<string, number>): number {
  return evaluate(formula, { ...functions, ...at }) as number;
}

/** Names of the scalars a formula uses, without function names. */
function symbolsOf(formula: string): Set<string> {
  const names = parse(formula)
    .filter(
      (n, path, parent) =>
        n.type === 'SymbolNode' && !(parent?.type === 'FunctionNode' && path === 'fn'),
    )
    .map((n) => n.toString());
  return new Set(names);
}

/**
 * The eight scalar gradients as the source lesson writes them with the chain rule,
 * with dL/dy = y - t, dy1/da1 = w3, dy2/da1 = w4, dy1/da2 = w5, dy2/da2 = w6.
 */
const chainRule: [string, string, [number, number], string][] = [
  ['dL/dw1', 'dL/dW1', [1, 1], '((y1 - t1) * w3 + (y2 - t2) * w4) * step(z1) * x'],
  ['dL/dw2', 'dL/dW1', [2, 1], '((y1 - t1) * w5 + (y2 - t2) * w6) * step(z2) * x'],
  ['dL/dw3', 'dL/dW2', [1, 1], '(y1 - t1) * a1'],
  ['dL/dw4', 'dL/dW2', [2, 1], '(y2 - t2) * a1'],
  ['dL/dw5', 'dL/dW2', [1, 2], '(y1 - t1) * a2'],
  ['dL/dw6', 'dL/dW2', [2, 2], '(y2 - t2) * a2'],
  ['dL/db1', 'dL/dB', [1, 1], '((y1 - t1) * w3 + (y2 - t2) * w4) * step(z1)'],
  ['dL/db2', 'dL/dB', [2, 1], '((y1 - t1) * w5 + (y2 - t2) * w6) * step(z2)'],
];

const local = fc.record({
  w3: fc.double({ min: -2, max: 2, noNaN: true }),
  w4: fc.double({ min: -2, max: 2, noNaN: true }),
  w5: fc.double({ min: -2, max: 2, noNaN: true }),
  w6: fc.double({ min: -2, max: 2, noNaN: true }),
  y1: fc.double({ min: -2, max: 2, noNaN: true }),
  y2: fc.double({ min: -2, max: 2, noNaN: true }),
  t1: fc.double({ min: -2, max: 2, noNaN: true }),
  t2: fc.double({ min: -2, max: 2, noNaN: true }),
  a1: fc.double({ min: 0, max: 2, noNaN: true }),
  a2: fc.double({ min: 0, max: 2, noNaN: true }),
  z1: fc.double({ min: -2, max: 2, noNaN: true }),
  z2: fc.double({ min: -2, max: 2, noNaN: true }),
  x: fc.double({ min: -2, max: 2, noNaN: true }),
});

describe('LessonEngine.formulas (local)', () => {
  it('writes dL/dW2 entry (1,1) as (y1 - t1) * a1', () => {
    const formula = engine.formulas(stageOf('dL/dW2'), 'local')[0]![0]!;

    expect(symbolsOf(formula)).toEqual(new Set(['y1', 't1', 'a1']));
    fc.assert(
      fc.property(local, (at) => {
        expect(valueOf(formula, at)).toBeCloseTo(valueOf('(y1 - t1) * a1', at), 12);
      }),
    );
  });

  it.each(chainRule)(
    'writes %s (%s entry %j) as the chain rule %s',
    (_name, asks, [i, j], rule) => {
      const formula = engine.formulas(stageOf(asks), 'local')[i - 1]![j - 1]!;

      expect(symbolsOf(formula)).toEqual(symbolsOf(rule));
      fc.assert(
        fc.property(local, (at) => {
          expect(valueOf(formula, at)).toBeCloseTo(valueOf(rule, at), 12);
        }),
      );
    },
  );

  it('writes the loss in y and t', () => {
    const [[formula]] = engine.formulas(stageOf('L'), 'local') as [[string]];

    expect(symbolsOf(formula)).toEqual(new Set(['y1', 't1', 'y2', 't2']));
  });
});

const starting = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'b1', 'b2', 'x', 't1', 't2'];

/** The lesson's starting scalars w1..w6, b1, b2, x, t1, t2, read off the seed net. */
const { W1, B, W2, X, T } = SEED_NET;
const lessonValues: Record<string, number> = {
  w1: W1[0]![0]!,
  w2: W1[1]![0]!,
  w3: W2[0]![0]!,
  w5: W2[0]![1]!,
  w4: W2[1]![0]!,
  w6: W2[1]![1]!,
  b1: B[0]![0]!,
  b2: B[1]![0]!,
  x: X[0]![0]!,
  t1: T[0]![0]!,
  t2: T[1]![0]!,
};

describe('LessonEngine.formulas (expanded)', () => {
  const f = forwardPass(SEED_NET);
  const g = backprop(SEED_NET);
  const stages: [string, number[][]][] = [
    ['Z', f.Z],
    ['A', f.A],
    ['Y', f.Y],
    ['L', [[f.L]]],
    ['dL/dY', g.dY],
    ['dL/dW2', g.dW2],
    ['dL/dA', g.dA],
    ['dL/dZ', g.dZ],
    ['dL/dW1', g.dW1],
    ['dL/dB', g.dB],
  ];

  it.each(stages)('writes %s in the starting scalars only', (asks) => {
    const formulas = engine.formulas(stageOf(asks), 'expanded');

    for (const formula of formulas.flat()) {
      for (const name of symbolsOf(formula)) expect(starting).toContain(name);
    }
  });

  it.each(stages)("evaluates %s to its value at the lesson's values", (asks, expected) => {
    const formulas = engine.formulas(stageOf(asks), 'expanded');

    expectClose(
      formulas.map((row) => row.map((formula) => valueOf(formula, lessonValues))),
      expected,
    );
  });

  it('writes an update in the starting scalars and lr', () => {
    const formulas = engine.formulas(stageOf('W1'), 'expanded');

    const values = formulas.map((row) =>
      row.map((fm) => valueOf(fm, { ...lessonValues, lr: 0.1 })),
    );

    expect(symbolsOf(formulas[0]![0]!)).toContain('lr');
    expectClose(values, [[W1[0]![0]! - 0.1 * g.dW1[0]![0]!], [W1[1]![0]! - 0.1 * g.dW1[1]![0]!]]);
  });
});

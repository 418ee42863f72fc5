import { describe, expect, it } from 'vitest';
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import { fromGrid } from '../../src/engine/matrix.js';
import type { CheckResult } from '../../src/engine/types.js';
import { seedLesson } from './seed-lesson.js';

const engine = LessonEngine.fromLesson(seedLesson()).engine!;
const stageOf = (asks: string) => engine.stages.findIndex((s) => s.asks === asks);
const check = (asks: string, answer: string, update = 1) =>
  engine.check(stageOf(asks), update, answer);

/** The seed lesson without its authored mistake, so built-in diagnoses can be seen. */
const plain = LessonEngine.fromLesson(
  seedLesson({
    stages: seedLesson().stages.map((s) => ({ ...s, mistakes: [] })),
  }),
).engine!;

describe('LessonEngine.check (wrong answers and their diagnoses)', () => {
  const cases: [string, string, string, Partial<CheckResult>][] = [
    [
      'a transpose',
      'dL/dY',
      "(Y - T)'",
      { verdict: 'wrong', diagnosis: { code: 'transpose', params: {} } },
    ],
    ['a sign', 'dL/dY', 'T - Y', { verdict: 'wrong', diagnosis: { code: 'sign', params: {} } }],
    ['a sign in a product', 'dL/dW2', "(T - Y) * A'", { diagnosis: { code: 'sign', params: {} } }],
    [
      'a forgotten 1/2',
      'L',
      'sum((Y - T).^2)',
      { verdict: 'wrong', diagnosis: { code: 'factor', params: { factor: 2 } } },
    ],
    [
      'a doubled gradient',
      'dL/dW1',
      'dZ * x * 2',
      { diagnosis: { code: 'factor', params: { factor: 2 } } },
    ],
    [
      'a half gradient',
      'dL/dY',
      '(Y - T) / 2',
      { diagnosis: { code: 'factor', params: { factor: 0.5 } } },
    ],
    [
      'a product in the wrong order (1x1)',
      'dL/dW2',
      "A' * dY",
      { verdict: 'wrong', diagnosis: { code: 'product-order', params: { product: "A' * dY" } } },
    ],
    [
      'a missing transpose',
      'dL/dA',
      'W2 * dY',
      {
        verdict: 'wrong',
        diagnosis: { code: 'missing-transpose', params: { product: 'W2 * dY', operand: 'W2' } },
      },
    ],
    [
      'a wrong shape, with both shapes',
      'dL/dW2',
      'dY',
      {
        verdict: 'wrong',
        shape: { rows: 2, cols: 1 },
        expectedShape: { rows: 2, cols: 2 },
        diagnosis: { code: 'shape', params: { actual: '2x1', expected: '2x2' } },
      },
    ],
  ];

  const atBothUpdates = [1, 3].flatMap((update) => cases.map((c) => [...c, update] as const));

  it.each(atBothUpdates)('names %s: %s = %s at update %i', (_what, asks, answer, expected, u) => {
    expect(check(asks, answer, u)).toMatchObject(expected);
  });

  it.each([
    ['a product in the wrong order', 'dL/dA', "dY * W2'", 'product-order', { product: "dY * W2'" }],
    ['a missing transpose', 'dL/dW2', 'dY * A', 'missing-transpose', { operand: 'A' }],
  ])('names %s that cannot even be multiplied: %s = %s', (_what, asks, answer, code, params) => {
    const result = check(asks, answer);

    expect(result.verdict).toBe('invalid');
    expect(result.problem!.code).toBe('shape-mismatch-op');
    expect(result.diagnosis).toMatchObject({ code, params });
  });

  it('names a transposed square answer when the lesson has no authored mistake for it', () => {
    const result = plain.check(stageOf('dL/dW2'), 1, "A * dY'");

    expect(result).toMatchObject({ verdict: 'wrong', diagnosis: { code: 'transpose' } });
  });

  it("returns the author's feedback for an authored mistake", () => {
    const result = check('dL/dW2', "A * dY'");

    expect(result.verdict).toBe('wrong');
    expect(result.diagnosis).toEqual({
      code: 'authored',
      params: {},
      feedback: { en: 'transposed' },
    });
  });

  it("calls dA for dL/dZ numeric but names the missing relu' when both units are on", () => {
    const result = check('dL/dZ', 'dA');

    expect(result.verdict).toBe('numeric');
    expect(result.diagnosis).toEqual({
      code: 'missing-relu-derivative',
      params: {},
      feedback: { en: 'missing step(Z)' },
    });
  });

  it("calls dA for dL/dZ wrong with the missing relu' when a unit is off", () => {
    const start = new Map(engine.compiled.initial);
    start.set('B', fromGrid([[0.1], [-0.5]]));
    const offEngine = new LessonEngine(engine.compiled, start);
    expect(offEngine.scopeAt(1).get('Z')!.data[1]![0]).toBeLessThan(0);

    const result = offEngine.check(stageOf('dL/dZ'), 1, 'dA');

    expect(result).toMatchObject({
      verdict: 'wrong',
      diagnosis: { code: 'missing-relu-derivative' },
    });
  });
});

describe('LessonEngine.check (unusable answers)', () => {
  it('lists the names available at the stage for an undefined symbol', () => {
    const result = check('dL/dW2', "Q * A'");

    expect(result.verdict).toBe('invalid');
    expect(result.problem).toMatchObject({ code: 'unknown-symbol', column: 0 });
    const available = String(result.problem!.params.available).split(', ');
    expect(available).toEqual(expect.arrayContaining(['W1', 'x', 'T', 'lr', 'Z', 'A', 'dY']));
    expect(available).not.toContain('dW2');
    expect(available).not.toContain('dZ');
  });

  it('reports a syntax error with its column', () => {
    const result = check('dL/dW2', "dY * * A'");

    expect(result).toMatchObject({
      verdict: 'invalid',
      problem: { code: 'syntax', column: 5, params: { message: 'Value expected' } },
    });
  });

  it.each(['1/0', '0/0', '[1; -1] ./ 0', 'log(0) * A'])('refuses %s as not finite', (answer) => {
    const result = check('dL/dA', answer);

    expect(result.verdict).toBe('invalid');
    expect(result.problem).toEqual({ code: 'not-finite', params: {} });
  });

  it.each([
    ['Z', 'Z'],
    ['Z', 'z1'],
    ['A', 'A'],
    ['L', 'L'],
    ['dL/dW2', 'dW2'],
    ['dL/dZ', 'dW1'],
  ])('refuses %s answered with the later name %s as an unknown symbol', (asks, answer) => {
    const result = check(asks, answer);

    expect(result.verdict).toBe('invalid');
    expect(result.problem).toMatchObject({ code: 'unknown-symbol', params: { name: answer } });
  });

  it('refuses a refused construct and does not judge it', () => {
    const result = check('dL/dY', 'Y = T');

    expect(result).toMatchObject({ verdict: 'invalid', problem: { code: 'not-allowed-node' } });
    expect(result.diagnosis).toBeUndefined();
  });

  it('gives no factor for stale numbers typed at a 1x1 stage', () => {
    // Any two numbers differ by some factor; a factor means something only across points.
    const stale = engine.answerAt(stageOf('L'), 1)[0]![0]!.toFixed(4);

    const result = check('L', stale, 3);

    expect(result.verdict).toBe('wrong');
    expect(result.diagnosis).toBeUndefined();
  });
});

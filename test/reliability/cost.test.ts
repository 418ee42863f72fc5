import { describe, expect, it } from 'vitest';
import { expectClose } from '../engine/expect-close.js';
import { forwardPass, SEED_NET, type Grid } from '../engine/reference-net.js';
import { CALL_LIMIT_MS, seedEngine, stageIndex, timed } from './seed-engine.js';

const engine = seedEngine();
const dW2 = stageIndex(engine, 'dL/dW2');
const Z = stageIndex(engine, 'Z');
const A = stageIndex(engine, 'A');

function product(left: Grid, right: Grid): Grid {
  return left.map((row) =>
    right[0]!.map((_v, j) => row.reduce((s, v, k) => s + v * right[k]![j]!, 0)),
  );
}

/** W2 to the n-th power, by repeated products. */
function powerOfW2(n: number): Grid {
  let result = SEED_NET.W2;
  for (let k = 1; k < n; k++) result = product(result, SEED_NET.W2);
  return result;
}

/** `n` copies of `term` joined by `op`, in parenthesised groups of `group` terms. */
function grouped(term: string, op: string, n: number, group: number): string {
  const groups: string[] = [];
  for (let done = 0; done < n; done += group) {
    groups.push(
      `(${Array(Math.min(group, n - done))
        .fill(term)
        .join(op)})`,
    );
  }
  return groups.join(op);
}

/** Checks and previews, failing when either call passes the time bound. */
function judge(stage: number, answer: string) {
  const check = timed(() => engine.check(stage, 1, answer));
  const preview = timed(() => engine.preview(stage, 1, answer));

  expect(answer.length, 'answer length').toBeLessThanOrEqual(2000);
  expect(check.ms, 'check time').toBeLessThan(CALL_LIMIT_MS);
  expect(preview.ms, 'preview time').toBeLessThan(CALL_LIMIT_MS);
  return check.value;
}

describe('LessonEngine.check (evaluation cost)', () => {
  it.each([2, 10, 40, 65])('computes a chain of %i products of W2 exactly', (n) => {
    const result = judge(dW2, Array(n).fill('W2').join('*'));

    expect(result.verdict).toBe('wrong');
    expectClose(result.value!, powerOfW2(n), 1e-9);
  });

  it.each([66, 300, 660])('refuses a chain of %i products of W2 as too deep', (n) => {
    const result = judge(dW2, Array(n).fill('W2').join('*'));

    expect(result.problem).toEqual({ code: 'too-deep', params: { limit: 64 } });
  });

  it.each([50, 200, 450])('computes %i products of W2 in groups of 30 in time', (n) => {
    const result = judge(dW2, grouped('W2', '*', n, 30));

    expect(result.verdict).toBe('wrong');
    expectClose(result.value!, powerOfW2(n), 1e-6);
  });

  it.each([500, 600])('refuses %i products of W2 in groups of 30 as too much work', (n) => {
    const result = judge(dW2, grouped('W2', '*', n, 30));

    expect(result.problem).toEqual({
      code: 'too-large',
      params: { what: 'the computation (scalar operations)', limit: 5000 },
    });
  });

  it.each([50, 200, 450])(
    'names the shape error of %i products of W2 times a row, in time',
    (n) => {
      // A shape error sends the answer through every structural diagnosis: the costliest path.
      const result = judge(dW2, `${grouped('W2', '*', n, 30)} * [x, x, x]`);

      expect(result.problem).toMatchObject({
        code: 'shape-mismatch-op',
        params: { op: 'multiply', leftShape: '2x2', right: '[x, x, x]', rightShape: '1x3' },
      });
    },
  );

  it.each([1, 20, 40])('computes relu nested %i deep', (depth) => {
    const result = judge(A, `${'relu('.repeat(depth)}Z${')'.repeat(depth)}`);

    expect(result.verdict).toBe('correct');
    expectClose(result.value!, forwardPass(SEED_NET).A);
  });

  it('refuses relu nested 41 deep before evaluating it', () => {
    const result = judge(A, `${'relu('.repeat(41)}Z${')'.repeat(41)}`);

    expect(result.problem).toEqual({ code: 'too-deep', params: { limit: 40 } });
  });

  it.each([10, 65])('computes a sum of %i terms', (n) => {
    const result = judge(Z, Array(n).fill('x').join(' + '));

    expect(result.verdict).toBe('wrong');
    expectClose(result.value!, [[n * SEED_NET.X[0]![0]!]], 1e-12);
  });

  it.each([66, 499])('refuses a flat sum of %i terms as too deep', (n) => {
    const result = judge(Z, Array(n).fill('x').join(' + '));

    expect(result.problem?.code).toBe('too-deep');
  });

  it.each([300, 660, 900])('computes a sum of %i terms in groups of 30 in time', (n) => {
    const result = judge(Z, grouped('x', '+', n, 30));

    expect(result.verdict).toBe('wrong');
    expectClose(result.value!, [[n * SEED_NET.X[0]![0]!]], 1e-12);
  });

  it.each([
    [
      'an outer product of two 495-entry vectors',
      `x*[${'1;'.repeat(494)}1]*[${'1,'.repeat(494)}1]`,
    ],
    ['a product of two 160x160 outer products', `(${'[1;1]'}*[1,1])*${square(160)}*${square(160)}`],
    ['the sum of a 300x300 matrix', `sum([${'1;'.repeat(299)}1]*[${'1,'.repeat(299)}1])`],
  ])('refuses %s as too large', (_what, answer) => {
    const result = judge(Z, answer);

    expect(result.problem?.code).toBe('too-large');
  });
});

/** An n x n matrix of ones written as an outer product: 4n characters. */
function square(n: number): string {
  return `([${'1;'.repeat(n - 1)}1]*[${'1,'.repeat(n - 1)}1])`;
}

import { describe, expect, it } from 'vitest';
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import { seedLesson } from './seed-lesson.js';

const engine = LessonEngine.fromLesson(seedLesson()).engine!;
const dA = engine.stages.findIndex((s) => s.asks === 'dL/dA');

/** A 1x240 row of ones, 480 characters. */
const row = `[${Array(240).fill('1').join(',')}]`;
const square = `(${row}' * ${row})`;

describe('LessonEngine.check (hostile answers)', () => {
  it.each([
    ['an answer over the length limit', `A${' + A'.repeat(500)}`, 'too-long'],
    ['41 nested parentheses', `${'('.repeat(41)}A${')'.repeat(41)}`, 'too-deep'],
    ['a chain of 300 additions', `A${' + A'.repeat(300)}`, 'too-deep'],
  ])('refuses %s without evaluating it', (_what, answer, code) => {
    const result = engine.check(dA, 1, answer);

    expect(result.verdict).toBe('invalid');
    expect(result.problem!.code).toBe(code);
  });

  it('answers within a second when an answer multiplies huge matrices', () => {
    // Two 240x240 products: under the length limit, but millions of operations per point.
    const answer = `sum(${square} * ${square}) * A`;
    expect(answer.length).toBeLessThanOrEqual(2000);

    const started = performance.now();
    const result = engine.check(dA, 1, answer);
    const elapsed = performance.now() - started;

    expect(result.verdict).not.toBe('correct');
    expect(elapsed).toBeLessThan(1000);
  });
});

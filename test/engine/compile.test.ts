import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/engine/compile.js';
import type { Lesson } from '../../src/lesson/model.js';
import { seedLesson, seedLessonWithStage } from './seed-lesson.js';

const stageIndex = (asks: string) => seedLesson().stages.findIndex((s) => s.asks === asks);

function issuesOf(lesson: Lesson) {
  const result = compileLesson(lesson);
  expect(result.compiled, 'a lesson with issues must not compile').toBeUndefined();
  return result.issues;
}

describe('compileLesson', () => {
  it('compiles the seed lesson with no issues', () => {
    const { compiled, issues } = compileLesson(seedLesson());

    expect(issues).toEqual([]);
    expect(compiled!.stages.map((s) => s.kind)).toEqual([
      ...Array(4).fill('forward'),
      ...Array(6).fill('gradient'),
      ...Array(3).fill('update'),
    ]);
    expect(compiled!.parameters).toEqual(['W1', 'B', 'W2']);
  });

  it('refuses a wrong expected gradient, naming the stage and the entry', () => {
    // Entry (1,1) of dY * [a1, a1] is right; entry (1,2) should use a2.
    const lesson = seedLessonWithStage('dL/dW2', { expected: 'dY * [a1, a1]' });

    const issues = issuesOf(lesson);

    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['stages', stageIndex('dL/dW2'), 'expected']);
    expect(issues[0]!.message).toBe(
      "dL/dW2 = dY * [a1, a1]: entry (1,2) is -0.243 at the lesson's values, " +
        'but the derivative of the loss is -0.162',
    );
  });

  it('catches dL/dZ without step(Z) at a random point, where a unit is off', () => {
    // At the lesson's values both units are on, so dA happens to be right there.
    const lesson = seedLessonWithStage('dL/dZ', { expected: 'dA' });

    const issues = issuesOf(lesson);

    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['stages', stageIndex('dL/dZ'), 'expected']);
    const message = issues[0]!.message;
    expect(message).toMatch(/^dL\/dZ = dA: entry \(\d,1\) is -?[\d.]+ at random point \d, /);
    expect(message).toMatch(/, but the derivative of the loss is 0$/);
  });

  it('refuses a wrong update rule', () => {
    const issues = issuesOf(seedLessonWithStage('W1', { expected: 'W1 + lr * dW1' }));

    expect(issues).toEqual([
      {
        path: ['stages', stageIndex('W1'), 'expected'],
        message:
          "W1 = W1 + lr * dW1: entry (1,1) is 0.37705 at the lesson's values, " +
          'but W1 - lr * dL/dW1 is 0.42295',
      },
    ]);
  });

  it('refuses a wrong forward answer', () => {
    const issues = issuesOf(seedLessonWithStage('Z', { expected: 'W1 * x - B' }));

    expect(issues[0]!.message).toMatch(/entry \(1,1\) is 0\.1 .* the forward equations give 0\.3$/);
  });

  it('refuses a wrong link formula, pointing at the link', () => {
    const link = {
      entry: [1, 1] as [number, number],
      name: 'dL/dw3',
      chain: '',
      formula: '(y1 - t1) * a2',
    };
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { links: [link] }));

    expect(issues).toEqual([
      {
        path: ['stages', stageIndex('dL/dW2'), 'links', 0, 'formula'],
        message:
          "dL/dw3 = (y1 - t1) * a2 is -0.162 at the lesson's values, but dL/dW2[1,1] is -0.243",
      },
    ]);
  });

  it('refuses a link to an entry outside the matrix', () => {
    const link = { entry: [3, 1] as [number, number], name: 'dL/dw3', chain: '', formula: 'a1' };
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { links: [link] }));

    expect(issues[0]!.path).toEqual(['stages', stageIndex('dL/dW2'), 'links', 0, 'entry']);
    expect(issues[0]!.message).toBe('entry [3, 1] is outside dL/dW2, which is 2x2');
  });

  it('refuses an authored mistake that is actually right', () => {
    const mistakes = [{ answer: "(Y - T) * A'", feedback: { en: 'not a mistake' } }];
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { mistakes }));

    expect(issues).toEqual([
      {
        path: ['stages', stageIndex('dL/dW2'), 'mistakes', 0, 'answer'],
        message: `"(Y - T) * A'" is the right answer, not a mistake`,
      },
    ]);
  });

  it('reports an unknown symbol in an expected answer with its column', () => {
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { expected: "dY * Q'" }));

    expect(issues[0]).toMatchObject({
      path: ['stages', stageIndex('dL/dW2'), 'expected'],
      column: 5,
      message: expect.stringMatching(/^unknown symbol "Q"; known: W1, w1, .*, dY$/),
    });
  });

  it('reports an unknown symbol in a forward equation with its column', () => {
    const lesson = seedLesson();
    lesson.forward[0] = { ...lesson.forward[0]!, expr: 'W1 * q + B' };

    const issues = issuesOf(lesson);

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['forward', 'Z', 'expr'], column: 5 });
  });

  it('reports a syntax error in an expected answer with its column', () => {
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { expected: "dY * * A'" }));

    expect(issues[0]).toEqual({
      path: ['stages', stageIndex('dL/dW2'), 'expected'],
      column: 5,
      message: 'syntax error: Value expected',
    });
  });

  it('refuses an expected answer whose shape is not the shape asked', () => {
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { expected: 'dY' }));

    expect(issues[0]).toEqual({
      path: ['stages', stageIndex('dL/dW2'), 'expected'],
      message: 'dL/dW2 must be 2x2, but dY is 2x1',
    });
  });

  it('refuses a name that is only asked later', () => {
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { expected: 'dW2' }));

    expect(issues[0]).toMatchObject({
      path: ['stages', stageIndex('dL/dW2'), 'expected'],
      message: expect.stringMatching(/^unknown symbol "dW2"/),
    });
  });

  it('refuses a stage that asks for an unknown name, listing the known ones', () => {
    const issues = issuesOf(seedLessonWithStage('Z', { asks: 'Q' }));

    expect(issues).toEqual([
      {
        path: ['stages', 0, 'asks'],
        message:
          '"Q" is not a forward name, a parameter or dL/d<name>; known: Z, A, Y, L, W1, B, W2',
      },
    ]);
  });

  it('refuses a declared kind that is not the inferred one', () => {
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { kind: 'forward' }));

    expect(issues).toContainEqual({
      path: ['stages', stageIndex('dL/dW2'), 'kind'],
      message: '"dL/dW2" is a gradient stage, not forward',
    });
  });
});

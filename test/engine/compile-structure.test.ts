import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/engine/compile.js';
import type { Lesson } from '../../src/lesson/model.js';
import { seedLesson, seedLessonWithStage } from './seed-lesson.js';

function issuesOf(lesson: Lesson) {
  const result = compileLesson(lesson);
  expect(result.compiled, 'a lesson with issues must not compile').toBeUndefined();
  return result.issues;
}

function changed(change: (lesson: Lesson) => void): Lesson {
  const lesson = seedLesson();
  change(lesson);
  return lesson;
}

describe('compileLesson (names and shapes)', () => {
  it('refuses forward entries whose shape is not the equation result', () => {
    const lesson = changed((l) => (l.forward[0] = { ...l.forward[0]!, entries: [['z1', 'z2']] }));

    expect(issuesOf(lesson)).toEqual([
      { path: ['forward', 'Z', 'expr'], message: 'Z = W1 * x + B is 2x1, but its entries are 1x2' },
    ]);
  });

  it('refuses a loss that is not 1x1 and suggests sum(...)', () => {
    const lesson = seedLesson({ loss: { name: 'L', expr: '1/2 * (Y - T).^2' } });

    expect(issuesOf(lesson)).toEqual([
      {
        path: ['loss', 'expr'],
        message: 'the loss must be 1x1 (a number), but it is 2x1; wrap it in sum(...)',
      },
    ]);
  });

  it.each([
    ['a symbol named lr', (l: Lesson) => (l.symbols[3] = { ...l.symbols[3]!, name: 'lr' }), 'lr'],
    [
      'an entry named after a function',
      (l: Lesson) => (l.symbols[0] = { ...l.symbols[0]!, entries: [['w1'], ['sum']] }),
      'sum',
    ],
    [
      'a forward result named e',
      (l: Lesson) => (l.forward[2] = { ...l.forward[2]!, name: 'e' }),
      'e',
    ],
    ['a loss named pi', (l: Lesson) => (l.loss = { ...l.loss, name: 'pi' }), 'pi'],
  ])('refuses %s as reserved', (_what, change, name) => {
    const issues = issuesOf(changed(change));

    expect(issues.map((i) => i.message)).toContain(
      `"${name}" is reserved (a function or built-in name); choose another name`,
    );
  });

  it('refuses an entry name used twice, saying who has it', () => {
    const lesson = changed((l) => (l.forward[0] = { ...l.forward[0]!, entries: [['w1'], ['z2']] }));

    expect(issuesOf(lesson)).toEqual([
      {
        path: ['forward', 'Z', 'entries'],
        message: '"w1" is already used by W1; names must be unique',
      },
    ]);
  });

  it('refuses a loss with the name of a forward result', () => {
    const lesson = seedLesson({ loss: { name: 'Y', expr: '1/2 * sum((Y - T).^2)' } });

    expect(issuesOf(lesson)).toContainEqual({
      path: ['loss', 'name'],
      message: '"Y" is already used by forward Y; names must be unique',
    });
  });

  it('refuses a stage alias that is already the name of a symbol', () => {
    const lesson = seedLessonWithStage('dL/dW2', { alias: 'x' });
    const index = lesson.stages.findIndex((s) => s.asks === 'dL/dW2');

    const issues = issuesOf(lesson);

    expect(issues[0]).toMatchObject({
      path: ['stages', index, 'alias'],
      message: expect.stringContaining('"x" is already used'),
    });
  });

  it('reports one wrong expected answer once, not again where later stages use it', () => {
    const issues = issuesOf(seedLessonWithStage('dL/dW2', { expected: 'dY' }));

    expect(issues).toEqual([
      { path: ['stages', 5, 'expected'], message: 'dL/dW2 must be 2x2, but dY is 2x1' },
    ]);
  });

  it('puts the entry names of a 1x1 forward result in scope', () => {
    // One output: Y is 1x1 with the entry y, as in lessons/sigmoid-two-inputs.yaml.
    const lesson = changed((l) => {
      l.symbols[2] = { ...l.symbols[2]!, entries: [['w3', 'w5']], value: [[0.3, 0.5]] };
      l.symbols[4] = { ...l.symbols[4]!, entries: [['t']], value: [[1]] };
      l.forward[2] = { ...l.forward[2]!, entries: [['y']] };
      l.stages = l.stages.filter((s) => ['Z', 'A', 'Y', 'dL/dY'].includes(s.asks));
      l.stages[3] = { ...l.stages[3]!, expected: 'y - t' };
    });

    expect(compileLesson(lesson).issues).toEqual([]);
  });
});

describe('compileLesson (diagnoses)', () => {
  it('refuses a diagnosis for a stage the lesson does not ask', () => {
    const lesson = changed((l) => (l.diagnoses[0] = { ...l.diagnoses[0]!, stages: ['dL/dQ'] }));

    const issues = issuesOf(lesson);

    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['diagnoses', 0, 'stages']);
    expect(issues[0]!.message).toMatch(/^no stage asks "dL\/dQ"; stages: Z, A, Y, L, dL\/dY, /);
  });

  it('refuses a diagnosis whose match cannot be evaluated at its stage', () => {
    const lesson = changed(
      (l) => (l.diagnoses[0] = { ...l.diagnoses[0]!, match: 'ANSWER .* Q', stages: ['dL/dZ'] }),
    );

    const issues = issuesOf(lesson);

    expect(issues[0]!.path).toEqual(['diagnoses', 0, 'match']);
    expect(issues[0]!.message).toMatch(/^for stage dL\/dZ: unknown symbol "Q"; known: .*ANSWER$/);
  });

  it('refuses a diagnosis with a syntax error', () => {
    const lesson = changed((l) => (l.diagnoses[0] = { ...l.diagnoses[0]!, match: 'ANSWER .*' }));

    expect(issuesOf(lesson)).toContainEqual({
      path: ['diagnoses', 0, 'match'],
      column: 9,
      message: 'syntax error: Unexpected end of expression',
    });
  });
});

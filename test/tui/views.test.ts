import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { loadLessonFile } from '../../src/lesson/load.js';
import { answerLine, caretRows } from '../../src/tui/views/answer-line.js';
import { flowCards } from '../../src/tui/views/matrix-cards.js';
import { findNetParts } from '../../src/tui/views/network-diagram.js';
import { lineText } from '../../src/tui/layout/line.js';
import { seedEngine } from './helpers/lesson.js';

let engine: LessonEngine;

beforeAll(async () => {
  engine = await seedEngine();
});

describe('findNetParts', () => {
  it('finds the parts of the seed net by their roles and equations', () => {
    expect(findNetParts(engine.lesson)).toEqual({
      input: 'x',
      weights1: 'W1',
      bias: 'B',
      weights2: 'W2',
      target: 'T',
      hidden: 'Z',
      activated: 'A',
      output: 'Y',
      activation: 'relu',
    });
  });

  it('finds them under other names, with the bias listed first', () => {
    const lesson = structuredClone(engine.lesson);
    const rename: Record<string, string> = { W1: 'V', B: 'c', W2: 'U' };
    lesson.symbols = [lesson.symbols[1]!, lesson.symbols[0]!, ...lesson.symbols.slice(2)].map(
      (s) => ({ ...s, name: rename[s.name] ?? s.name }),
    );
    lesson.forward = [
      { ...lesson.forward[0]!, expr: 'c + x * V' },
      { ...lesson.forward[1]!, expr: 'tanh(Z)' },
      { ...lesson.forward[2]!, expr: 'U * A' },
    ];

    expect(findNetParts(lesson)).toMatchObject({
      weights1: 'V',
      bias: 'c',
      weights2: 'U',
      activation: 'tanh',
    });
  });

  it('finds nothing in a network of another shape', async () => {
    const { lesson } = await loadLessonFile('lessons/sigmoid-two-inputs.yaml');

    expect(findNetParts(lesson!)).toBeUndefined();
  });
});

describe('answerLine', () => {
  it('puts the cursor after the prompt and the text before it, wide characters counting two', () => {
    const line = answerLine(Array.from('가a'), 2, 40);

    expect(lineText(line.row)).toBe('> 가a');
    expect(line.row.cursor).toBe(5);
    expect(line.columnOf(1)).toBe(4);
  });

  it('scrolls a long answer so the cursor stays in view', () => {
    const chars = Array.from('x'.repeat(60));
    const line = answerLine(chars, 60, 20);

    expect(lineText(line.row)).toBe(`… ${'x'.repeat(17)}`);
    expect(line.row.cursor).toBe(19);
    expect(line.columnOf(0)).toBeUndefined();
  });

  it('draws the caret with its message, or the message under it when there is no room', () => {
    expect(caretRows(4, 'oops', 20).map(lineText)).toEqual(['    ^ oops']);
    expect(caretRows(18, 'oops', 20).map(lineText)).toEqual([`${' '.repeat(18)}^`, '  oops']);
  });
});

describe('flowCards', () => {
  it('sets cards side by side, padded to their widths, and starts a band when full', () => {
    expect(flowCards([['A = 1'], ['B = [ 1 ]', '    [ 2 ]'], ['C = 3']], 20)).toEqual([
      'A = 1   B = [ 1 ]',
      '            [ 2 ]',
      'C = 3',
    ]);
  });
});

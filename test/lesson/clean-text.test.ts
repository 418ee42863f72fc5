import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLessonText } from '../../src/lesson/load.js';

const SEED = fileURLToPath(new URL('../../lessons/matrix-backprop.yaml', import.meta.url));

/** The seed lesson with escape sequences planted in its texts. */
function plantedLesson(): string {
  return readFileSync(SEED, 'utf8')
    .replace(
      '  en: Backpropagation in matrix form',
      '  en: "\\e[2JBackpropagation\\e]52;c;aGk=\\a in matrix form"',
    )
    .replace(
      'en: Find dL/dW2. It has the shape of W2 (2x2); later it is dW2.',
      'en: "\\e[31mFind\\e[0m dL/dW2\\u0007. It has the shape of W2."',
    );
}

describe('loadLessonText', () => {
  it('removes escape sequences and control characters from lesson texts', async () => {
    const { lesson, errors } = await loadLessonText(plantedLesson(), 'planted.yaml');

    expect(errors.map(String)).toEqual([]);
    expect(lesson!.title.en).toBe('Backpropagation in matrix form');
    const stage = lesson!.stages.find((s) => s.asks === 'dL/dW2')!;
    expect(stage.prompt.en!.startsWith('Find dL/dW2.')).toBe(true);
    expect(JSON.stringify(lesson)).not.toMatch(/\\u001b|\\u0007/);
  });

  it('keeps the line breaks of multi-line texts', async () => {
    const { lesson } = await loadLessonText(readFileSync(SEED, 'utf8'), 'seed.yaml');

    expect(lesson!.intro.en!.split('\n').length).toBeGreaterThan(5);
  });
});

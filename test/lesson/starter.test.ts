import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadLessonText } from '../../src/lesson/load.js';
import type { Text } from '../../src/lesson/model.js';
import { isLessonId, starterLesson } from '../../src/lesson/starter.js';

/** Every `{ko, en}` text of a parsed lesson document. */
function texts(value: unknown, found: Text[] = []): Text[] {
  if (Array.isArray(value)) value.forEach((v) => texts(v, found));
  else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.includes('ko') || keys.includes('en')) found.push(value as Text);
    else Object.values(value).forEach((v) => texts(v, found));
  }
  return found;
}

describe('starterLesson', () => {
  it('is a valid lesson with the given id', async () => {
    const { lesson, compiled, errors } = await loadLessonText(
      starterLesson('my-unit'),
      'my-unit.yaml',
    );

    expect(errors.map(String)).toEqual([]);
    expect(compiled).toBeDefined();
    expect(lesson?.id).toBe('my-unit');
  });

  it('asks the forward pass, two gradients and the updates', async () => {
    const { lesson } = await loadLessonText(starterLesson('my-unit'), 'my-unit.yaml');

    expect(lesson?.stages.map((s) => `${s.kind} ${s.asks}`)).toEqual([
      'forward y',
      'forward L',
      'gradient dL/dw',
      'gradient dL/db',
      'update w',
      'update b',
    ]);
  });

  it('writes every text in Korean and English', () => {
    const found = texts(parse(starterLesson('my-unit')));

    expect(found.length).toBeGreaterThan(10);
    for (const text of found) {
      expect(text.ko?.trim(), JSON.stringify(text)).toBeTruthy();
      expect(text.en?.trim(), JSON.stringify(text)).toBeTruthy();
    }
  });

  it('explains its keys in comments', () => {
    const comments = starterLesson('my-unit')
      .split('\n')
      .filter((line) => line.includes('#'));

    expect(comments.length).toBeGreaterThanOrEqual(10);
  });
});

describe('docs/authoring.md', () => {
  it('shows exactly the starter lesson as its complete example', async () => {
    const doc = await readFile(new URL('../../docs/authoring.md', import.meta.url), 'utf8');

    const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1];

    expect(example).toBe(starterLesson('my-first-lesson'));
  });
});

describe('isLessonId', () => {
  it.each([
    ['my-lesson', true],
    ['lesson2', true],
    ['My-Lesson', false],
    ['my_lesson', false],
    ['../evil', false],
    ['', false],
  ])('%s -> %s', (name, expected) => {
    expect(isLessonId(name)).toBe(expected);
  });
});

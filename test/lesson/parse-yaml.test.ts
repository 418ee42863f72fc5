import { describe, expect, it } from 'vitest';
import { LessonError } from '../../src/lesson/errors.js';
import { MAX_FILE_BYTES, parseLessonYaml } from '../../src/lesson/parse-yaml.js';

describe('parseLessonYaml', () => {
  it('reads a map into plain data, keeping key order', () => {
    const text = 'symbols:\n  W2: 1\n  A: 2\n  b1: 3\n';

    const parsed = parseLessonYaml(text, 'x.yaml');

    expect(parsed.errors).toEqual([]);
    expect(Object.keys((parsed.data as { symbols: object }).symbols)).toEqual(['W2', 'A', 'b1']);
  });

  it('keeps __proto__ as an ordinary key and pollutes no prototype', () => {
    const text = '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n';

    const parsed = parseLessonYaml(text, 'x.yaml');

    const data = parsed.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file one byte over the limit without parsing it', () => {
    const text = `a: "${'x'.repeat(MAX_FILE_BYTES - 6)}"\n`;

    const atLimit = parseLessonYaml(text, 'x.yaml');
    const over = parseLessonYaml(`${text} `, 'x.yaml');

    expect(atLimit.errors).toEqual([]);
    expect(over.source).toBeUndefined();
    expect(over.errors.map(String)).toEqual([
      'x.yaml:1:1: the file is 257 KiB; lesson files are limited to 256 KiB',
    ]);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    // Each Hangul syllable is 3 bytes: 90000 of them are 270000 bytes in 90000 characters.
    const text = `a: "${'가'.repeat(90_000)}"\n`;

    const parsed = parseLessonYaml(text, 'x.yaml');

    expect(parsed.errors.map((e) => e.detail)).toEqual([
      'the file is 264 KiB; lesson files are limited to 256 KiB',
    ]);
  });

  it('refuses a billion-laughs alias bomb at its first alias', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ]) {
      rows.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }

    // Line 2 is "b: &b [*a, ...": the first alias is at column 8.
    const started = Date.now();
    const parsed = parseLessonYaml(`${rows.join('\n')}\n`, 'bomb.yaml');

    expect(Date.now() - started).toBeLessThan(2000);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors.map(String)).toEqual([
      'bomb.yaml:2:8: aliases expand to too many values (limit 100); ' +
        'write the values out instead of repeating "*" aliases',
    ]);
  });

  it('allows a few aliases', () => {
    const parsed = parseLessonYaml('a: &v [[1], [2]]\nb: *v\n', 'x.yaml');

    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual({ a: [[1], [2]], b: [[1], [2]] });
  });

  it.each([
    ['!!js/function', 'a: !!js/function "function () {}"\n', 'a: !!js/function "'.indexOf('!')],
    ['!!python/object', 'a: 1\nb: !!python/object {}\n', 3],
    ['!custom', 'a: !custom 3\n', 3],
  ])('refuses the tag %s', (tag, text, col) => {
    const parsed = parseLessonYaml(text, 'x.yaml');

    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toBeInstanceOf(LessonError);
    expect(parsed.errors[0]?.detail).toBe(
      `tag "${tag}" is not supported; write plain values without "!" tags`,
    );
    expect(parsed.errors[0]?.position?.col).toBe(col + 1);
  });

  it('reports every syntax error of the file, each with its position', () => {
    const text = 'a: 1\na: 2\nb:\n\t- 1\n';

    const parsed = parseLessonYaml(text, 'x.yaml');

    const lines = parsed.errors.map(String);
    expect(lines).toContain(
      'x.yaml:2:1: Map keys must be unique; each key may appear once per map',
    );
    expect(lines.some((l) => l.startsWith('x.yaml:4:1: Tabs are not allowed'))).toBe(true);
  });

  it('calls an empty or comment-only file empty', () => {
    const empty = parseLessonYaml('', 'x.yaml');
    const comments = parseLessonYaml('# soon\n', 'x.yaml');

    const message = 'x.yaml:1:1: the file is empty; a lesson is a YAML map starting with "id:"';
    expect(empty.errors.map(String)).toEqual([message]);
    expect(comments.errors.map(String)).toEqual([message]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseLessonYaml } from '../../src/lesson/parse-yaml.js';

/** Line and column (1-based) of the first `needle` in `text`, found by plain search. */
function find(text: string, needle: string, from = 0) {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

function locate(
  text: string,
  ...args: Parameters<NonNullable<ReturnType<typeof parseLessonYaml>['source']>['locate']>
) {
  const { source } = parseLessonYaml(text, 'x.yaml');
  if (!source) throw new Error('the text did not parse');
  return source.locate(...args);
}

describe('YamlSource.locate', () => {
  const text = [
    'stages:',
    '  - asks: Z',
    '    expected: "W3 * x"',
    "    other: 'it''s W3 * x'",
    '    plain: W3 * x',
    '    escaped: "\\t\\u00e9 W3"',
    '    block: |',
    '      first line',
    '      then W3',
    '  - {asks: A, expected: "relu(Q)"}',
  ].join('\n');

  it('points at a value by its path', () => {
    expect(locate(text, ['stages', 0, 'asks'])).toEqual(find(text, 'Z'));
    expect(locate(text, ['stages', 1, 'expected'])).toEqual(find(text, '"relu(Q)"'));
  });

  it('points at the key when asked to', () => {
    expect(locate(text, ['stages', 0, 'plain'], { key: true })).toEqual(find(text, 'plain'));
  });

  it('adds a column inside a double-quoted string after its opening quote', () => {
    expect(locate(text, ['stages', 0, 'expected'], { column: 0 })).toEqual(find(text, 'W3'));
    expect(locate(text, ['stages', 1, 'expected'], { column: 5 })).toEqual(find(text, 'Q)'));
  });

  it('counts an escaped quote in a single-quoted string as one character', () => {
    const at = locate(text, ['stages', 0, 'other'], { column: 5 });

    expect(at).toEqual(find(text, "W3 * x'"));
  });

  it('counts a double-quoted escape as one character', () => {
    expect(locate(text, ['stages', 0, 'escaped'], { column: 3 })).toEqual(find(text, 'W3"'));
  });

  it('adds a column inside a plain scalar directly', () => {
    expect(locate(text, ['stages', 0, 'plain'], { column: 5 })).toEqual(
      find(text, 'x', text.indexOf('plain')),
    );
  });

  it('follows lines inside a block scalar', () => {
    const column = 'first line\nthen '.length;

    expect(locate(text, ['stages', 0, 'block'], { column })).toEqual(find(text, 'W3\n'));
  });

  it('falls back to the deepest node that exists', () => {
    expect(locate(text, ['stages', 0, 'missing', 3])).toEqual(find(text, 'asks: Z'));
    expect(locate(text, ['stages', 7, 'asks'])).toEqual(find(text, '- asks'));
  });
});

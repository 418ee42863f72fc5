import { describe, expect, it } from 'vitest';
import { loadLessonText } from '../../src/lesson/load.js';
import { starterLesson } from '../../src/lesson/starter.js';

const STARTER = starterLesson('starter');

/** Replaces exactly one occurrence of `from`, so a test cannot silently change nothing. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not unique`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

async function details(text: string): Promise<string[]> {
  const { errors } = await loadLessonText(text, 'x.yaml');
  return errors.map((e) => e.message.slice('x.yaml:'.length).replace(/^\d+:\d+: /, ''));
}

describe('loadLessonText: the lesson model', () => {
  it('infers each stage kind from what it asks', async () => {
    const { lesson, errors } = await loadLessonText(STARTER, 'x.yaml');

    expect(errors).toEqual([]);
    expect(lesson?.stages.map((s) => [s.asks, s.kind])).toEqual([
      ['y', 'forward'],
      ['L', 'forward'],
      ['dL/dw', 'gradient'],
      ['dL/db', 'gradient'],
      ['w', 'update'],
      ['b', 'update'],
    ]);
  });

  it('names a gradient d<NAME> unless the stage gives an alias', async () => {
    const text = edit(
      edit(STARTER, '  - asks: dL/dw\n', '  - asks: dL/dw\n    alias: gw\n'),
      '"w - lr * dw"',
      '"w - lr * gw"',
    );

    const { lesson, errors } = await loadLessonText(text, 'x.yaml');

    expect(errors).toEqual([]);
    expect(lesson?.stages.map((s) => s.alias)).toEqual([
      undefined,
      undefined,
      'gw',
      'db',
      undefined,
      undefined,
    ]);
  });

  it('fills absent lists with empty ones', async () => {
    const { lesson } = await loadLessonText(STARTER, 'x.yaml');
    const stageL = lesson?.stages[1];

    expect(stageL?.hints).toEqual([]);
    expect(stageL?.mistakes).toEqual([]);
    expect(stageL?.links).toEqual([]);
  });

  it('turns symbols and forward maps into named lists in written order', async () => {
    const { lesson } = await loadLessonText(STARTER, 'x.yaml');

    expect(lesson?.symbols.map((s) => s.name)).toEqual(['w', 'b', 'x', 't']);
    expect(lesson?.symbols[0]).toEqual({
      name: 'w',
      role: 'parameter',
      entries: [['w']],
      value: [[0.5]],
      vary: [-1, 1],
    });
    expect(lesson?.forward).toEqual([{ name: 'y', entries: [['y']], expr: 'w * x + b' }]);
  });
});

describe('loadLessonText: structure', () => {
  it.each([
    ['at the top', 'version: 1 ', 'version: 1\nextra: 1 ', 'unknown key "extra"'],
    ['in a symbol', 'vary: [0.5, 2]}', 'vary: [0.5, 2], step: 1}', 'symbols.x: unknown key "step"'],
    [
      'in a forward entry',
      'expr: "w * x + b"}',
      'expr: "w * x + b", note: a}',
      'forward.y: unknown key',
    ],
    [
      'in the loss',
      'expr: "1/2 * (y - t)^2"}',
      'expr: "1/2 * (y - t)^2", x: 1}',
      'loss: unknown key "x"',
    ],
    ['in training', 'updates: 2}', 'updates: 2, seed: 1}', 'training: unknown key "seed"'],
    [
      'in a text',
      'en: "One linear unit"}',
      'en: "One linear unit", fr: "Un"}',
      'title: unknown key "fr"',
    ],
    [
      'in a link',
      '        chain: "dL/dy * dy/dw"',
      '        chainn: 1\n        chain: "dL/dy * dy/dw"',
      'stages[2].links[0]: unknown key "chainn" (did you mean "chain"?)',
    ],
    [
      'in a diagnosis',
      '    stages: ["dL/dw"]',
      '    stage: ["dL/dw"]',
      'diagnoses[0]: unknown key "stage" (did you mean "stages"?)',
    ],
  ])('rejects an unknown key %s', async (_where, from, to, message) => {
    const found = await details(edit(STARTER, from, to));

    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it('refuses to update data', async () => {
    const found = await details(edit(STARTER, '  - asks: b\n', '  - asks: x\n'));

    expect(found).toEqual(['stages[5].asks: "x" is data, not a parameter, so it is never updated']);
  });

  it('refuses a gradient of something other than the loss', async () => {
    const found = await details(edit(STARTER, '  - asks: dL/db\n', '  - asks: dE/db\n'));

    expect(found).toEqual(['stages[3].asks: "dE/db" differentiates "E", but the loss is "L"']);
  });

  it('refuses an alias that is already a name', async () => {
    const found = await details(
      edit(STARTER, '  - asks: dL/dw\n', '  - asks: dL/dw\n    alias: x\n'),
    );

    expect(found).toEqual([
      'stages[2].alias: "x" is already the name of symbol x (symbols.x); names must be unique',
    ]);
  });

  it('refuses links on a stage that is not a gradient', async () => {
    const link = '    links: [{entry: [1, 1], name: "y", chain: "y", formula: "w * x + b"}]\n';
    const found = await details(
      edit(STARTER, '    expected: "w * x + b"\n', `    expected: "w * x + b"\n${link}`),
    );

    expect(found).toEqual([
      'stages[0].links: links are only for gradient stages; "y" is a forward stage',
    ]);
  });

  it('refuses the same entry linked twice', async () => {
    const second =
      '      - {entry: [1, 1], name: "dL/dw", chain: "again", formula: "(y - t) * x"}\n';
    const found = await details(edit(STARTER, '  - asks: dL/db\n', `${second}\n  - asks: dL/db\n`));

    expect(found).toEqual(['stages[2].links[1].entry: entry [1, 1] is already linked by links[0]']);
  });

  it('refuses two diagnoses with one id', async () => {
    const again = '  - {id: forgot-input, match: "ANSWER", message: {en: "Again."}}\n';
    const found = await details(edit(STARTER, '\n# The questions', `${again}\n# The questions`));

    expect(found).toEqual(['diagnoses[1].id: id "forgot-input" is already used by diagnoses[0]']);
  });

  it('reports every structural problem of the file, in file order', async () => {
    const text = edit(
      edit(STARTER, '  - asks: dL/db\n', '  - asks: dL/dbb\n'),
      '  - asks: b\n',
      '  - asks: w\n',
    );

    const found = await details(text);

    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^stages\[3\]\.asks: unknown name "dL\/dbb" \(did you mean "dL\/db"\?\)/,
    );
    expect(found[1]).toBe('stages[5].asks: "w" is already asked by stages[4]');
  });
});

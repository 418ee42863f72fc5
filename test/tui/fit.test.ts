import { describe, expect, it } from 'vitest';
import { fitBlocks, windowOf, type Block } from '../../src/tui/layout/fit.js';
import { line, lineText, lines } from '../../src/tui/layout/line.js';

const texts = (rows: ReturnType<typeof fitBlocks>) => rows.map(lineText);

const picture: Block = { forms: [lines(['p1', 'p2', 'p3']), []], priority: 1 };
const values: Block = { forms: [lines(['v1', 'v2', 'v3', 'v4']), lines(['v'])], priority: 3 };
const question: Block = { forms: [lines(['q'])], priority: 9 };

describe('fitBlocks', () => {
  it('keeps everything, with blank rows between blocks, when it fits', () => {
    expect(texts(fitBlocks([picture, values, question], 10))).toEqual([
      'p1',
      'p2',
      'p3',
      '',
      'v1',
      'v2',
      'v3',
      'v4',
      '',
      'q',
    ]);
  });

  it('leaves out the lowest priority first, then the gaps, then shortens', () => {
    expect(texts(fitBlocks([picture, values, question], 7))).toEqual([
      'v1',
      'v2',
      'v3',
      'v4',
      '',
      'q',
    ]);
    expect(texts(fitBlocks([picture, values, question], 5))).toEqual(['v1', 'v2', 'v3', 'v4', 'q']);
    expect(texts(fitBlocks([picture, values, question], 3))).toEqual(['v', 'q']);
  });

  it('returns the shortest forms even when they still do not fit', () => {
    expect(texts(fitBlocks([values, question], 1))).toEqual(['v', 'q']);
  });
});

describe('windowOf', () => {
  const rows = lines(['a', 'b', 'c', 'd', 'e', 'f']);
  const marks = { above: line('^'), below: line('v') };

  it('shows everything when it fits', () => {
    expect(texts(windowOf(rows, 6, { offset: 3, ...marks }).rows)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });

  it('marks rows hidden above and below, and clamps the offset', () => {
    expect(texts(windowOf(rows, 4, { offset: 0, ...marks }).rows)).toEqual(['a', 'b', 'c', 'v']);
    expect(texts(windowOf(rows, 4, { offset: 1, ...marks }).rows)).toEqual(['^', 'c', 'd', 'v']);
    expect(windowOf(rows, 4, { offset: 99, ...marks })).toMatchObject({ offset: 2, maxOffset: 2 });
  });

  it('scrolls so the focused rows are in view between the marks', () => {
    const down = windowOf(rows, 4, { offset: 0, focus: [2, 2], ...marks });
    const last = windowOf(rows, 4, { offset: 0, focus: [4, 5], ...marks });
    const up = windowOf(rows, 4, { offset: 2, focus: [1, 1], ...marks });

    expect(texts(down.rows)).toEqual(['a', 'b', 'c', 'v']);
    expect(texts(last.rows)).toEqual(['^', 'd', 'e', 'f']);
    expect(texts(up.rows)).toEqual(['a', 'b', 'c', 'v']);
  });
});

import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../src/lesson/sanitize.js';
import { padEnd, splitAtWidth, truncate } from '../../src/tui/text/width.js';
import { wrapText } from '../../src/tui/text/wrap.js';

describe('sanitize', () => {
  it.each([
    ['clear screen and home', '\x1b[2J\x1b[HHello', 'Hello'],
    ['window title (OSC, BEL)', '\x1b]0;owned\x07Hi', 'Hi'],
    ['window title (OSC, ST)', '\x1b]2;owned\x1b\\Hi', 'Hi'],
    ['colour', '\x1b[31mred\x1b[0m', 'red'],
    ['8-bit CSI', '\x9b2Jx', 'x'],
    ['terminal reset', 'a\x1bcb', 'ab'],
    ['bell, NUL, DEL, backspace', 'a\x07b\x00c\x7fd\be', 'abcde'],
    ['right-to-left override', 'safe\u202Etxt.exe', 'safetxt.exe'],
    ['Windows line ends', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['tabs', 'a\tb', 'a  b'],
  ])('removes %s', (_, text, expected) => {
    expect(sanitize(text)).toBe(expected);
  });

  it('keeps Korean and maths symbols as they are', () => {
    expect(sanitize('손실 L = 1/2 · Σ (y − t)²')).toBe('손실 L = 1/2 · Σ (y − t)²');
  });

  it('turns newlines into spaces for a single row', () => {
    expect(sanitizeLine('a\nb')).toBe('a b');
  });
});

describe('width helpers', () => {
  it('pads and cuts by terminal columns, wide characters counting two', () => {
    expect(padEnd('한글', 6)).toBe('한글  ');
    expect(truncate('행렬로 하는 역전파', 9)).toBe('행렬로 …');
    expect(stringWidth(truncate('행렬로 하는 역전파', 9))).toBeLessThanOrEqual(9);
    expect(truncate('short', 10)).toBe('short');
  });

  it('splits at a width without cutting a wide character in half', () => {
    expect(splitAtWidth('가나다', 3)).toEqual(['가', '나다']);
    expect(splitAtWidth('가나다', 1)).toEqual(['가', '나다']);
  });
});

describe('wrapText', () => {
  it('moves whole words to the next row', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('joins the lines of a paragraph, keeps blank lines, indented lines and list items', () => {
    const text = 'first line\nsame paragraph\n\n  W1 = [w1; w2]    B = [b1; b2]\n- item\n- other';

    expect(wrapText(text, 40)).toEqual([
      'first line same paragraph',
      '',
      '  W1 = [w1; w2]    B = [b1; b2]',
      '- item',
      '- other',
    ]);
  });

  it('keeps every line when asked to', () => {
    expect(wrapText('Enter   check\nTab     hint', 40, { isKeepingLines: true })).toEqual([
      'Enter   check',
      'Tab     hint',
    ]);
  });

  it('indents continuation rows by the hang', () => {
    expect(wrapText('Hint 1/2: aaa bbb ccc', 12, { hang: 2 })).toEqual([
      'Hint 1/2:',
      '  aaa bbb',
      '  ccc',
    ]);
  });

  it('wraps Korean by columns and cuts a word wider than the row', () => {
    const rows = wrapText('경사 하강법으로 세 번 업데이트해요 가나다라마바사아자차카타파하', 12);

    expect(rows.every((row) => stringWidth(row) <= 12)).toBe(true);
    expect(rows.join('').replace(/ /g, '')).toBe(
      '경사하강법으로세번업데이트해요가나다라마바사아자차카타파하',
    );
  });
});

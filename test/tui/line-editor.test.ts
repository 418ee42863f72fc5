import { describe, expect, it } from 'vitest';
import {
  EMPTY_EDITOR,
  MAX_ANSWER,
  cleanInput,
  editLine,
  type EditAction,
} from '../../src/tui/input/line-editor.js';

const run = (actions: EditAction[]) => actions.reduce(editLine, EMPTY_EDITOR);
const text = (actions: EditAction[]) => run(actions).chars.join('');

describe('editLine', () => {
  it('inserts at the cursor and deletes before it', () => {
    expect(
      text([
        { type: 'insert', text: 'W1 x' },
        { type: 'left' },
        { type: 'left' },
        { type: 'insert', text: '*' },
        { type: 'end' },
        { type: 'backspace' },
        { type: 'insert', text: 'y' },
      ]),
    ).toBe('W1* y');
  });

  it('keeps the cursor inside the text', () => {
    const state = run([
      { type: 'insert', text: 'ab' },
      { type: 'right' },
      { type: 'home' },
      { type: 'left' },
    ]);

    expect(state.cursor).toBe(0);
    expect(editLine(state, { type: 'backspace' })).toBe(state);
  });

  it('moves over a Korean syllable or an emoji as one character', () => {
    const state = run([
      { type: 'insert', text: 'a한👍🏽b' },
      { type: 'left' },
      { type: 'backspace' },
    ]);

    expect(state.chars.join('')).toBe('a한b');
  });

  it('walks the history with older and newer, and gets the draft back', () => {
    const history = ['first', 'second'];
    const draft = run([{ type: 'insert', text: 'draft' }]);

    const older = editLine(draft, { type: 'older', history });
    const oldest = editLine(older, { type: 'older', history });
    const stop = editLine(oldest, { type: 'older', history });
    const back = editLine(editLine(oldest, { type: 'newer', history }), { type: 'newer', history });

    expect(older.chars.join('')).toBe('second');
    expect(oldest.chars.join('')).toBe('first');
    expect(stop).toBe(oldest);
    expect(back.chars.join('')).toBe('draft');
    expect(back.cursor).toBe(5);
  });

  it('stops at the longest answer the engine and the progress file take', () => {
    const state = run([{ type: 'insert', text: 'x'.repeat(MAX_ANSWER + 50) }]);

    expect(state.chars.join('').length).toBe(MAX_ANSWER);
  });
});

describe('cleanInput', () => {
  it('turns a pasted multi-line expression into one line, dropping the final line break', () => {
    expect(cleanInput('W1 * x\n+ B\r\n')).toBe('W1 * x + B');
  });

  it('drops escape sequences a paste may carry', () => {
    expect(cleanInput('\x1b[200~dY\x1b[201~')).toBe('dY');
  });
});

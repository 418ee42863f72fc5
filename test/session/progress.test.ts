import { describe, expect, it } from 'vitest';
import { parseProgress, PROGRESS_FORMAT, serializeProgress } from '../../src/session/progress.js';
import { initialState, type SessionState } from '../../src/session/state.js';

const LESSON = { id: 'matrix-backprop', version: 1, stages: 13, updates: 3 };

function midway(): SessionState {
  return {
    ...initialState('matrix-backprop', 1),
    phase: { kind: 'asking', update: 2, stage: 4, tries: 1, hints: 0 },
    records: [{ update: 1, stage: 0, outcome: 'first-try', tries: 0, hints: 0, answer: 'W1*x+B' }],
    formulas: { 0: 'W1*x+B' },
    isReusingFormulas: false,
    history: ['W1*x+B'],
  };
}

describe('serializeProgress and parseProgress', () => {
  it('restores a state saved mid-lesson (quit, then resume)', () => {
    const saved = serializeProgress(midway(), new Date('2026-12-03T09:00:00Z'));

    const parsed = parseProgress(saved, LESSON);

    expect(parsed).toEqual({ ok: true, state: midway() });
  });

  it('drops the last check result, so a resumed stage starts clean', () => {
    const state = midway();
    state.phase = {
      ...state.phase,
      last: { verdict: 'wrong', expectedShape: { rows: 2, cols: 1 } },
    } as never;

    const parsed = parseProgress(serializeProgress(state, new Date()), LESSON);

    expect(parsed.ok && 'last' in parsed.state.phase).toBe(false);
  });

  it.each([
    ['empty file', '', 'not JSON'],
    ['truncated file', serializeProgress(midway(), new Date()).slice(0, 40), 'not JSON'],
    [
      'wrong format',
      JSON.stringify({ format: PROGRESS_FORMAT + 1, savedAt: '', state: {} }),
      'format',
    ],
    ['a list', '[]', 'file'],
    [
      'an unknown key',
      JSON.stringify({ format: 1, savedAt: '', state: midway(), extra: 1 }),
      'extra',
    ],
  ])('refuses an unreadable file: %s', (_name, text, reason) => {
    const parsed = parseProgress(text, LESSON);

    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  it('refuses progress of another lesson or version', () => {
    const saved = serializeProgress(midway(), new Date());

    const parsed = parseProgress(saved, { ...LESSON, version: 2 });

    expect(parsed).toEqual({
      ok: false,
      reason: 'saved for matrix-backprop v1, not matrix-backprop v2',
    });
  });

  it('refuses progress pointing past the lesson', () => {
    const state = midway();
    state.phase = { kind: 'asking', update: 2, stage: 40, tries: 0, hints: 0 };

    const parsed = parseProgress(serializeProgress(state, new Date()), LESSON);

    expect(parsed.ok).toBe(false);
  });
});

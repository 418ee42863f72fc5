import { beforeAll, describe, expect, it } from 'vitest';
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import { reduce } from '../../src/session/reduce.js';
import { initialState, type SessionEvent, type SessionState } from '../../src/session/state.js';
import { score } from '../../src/session/score.js';
import { SEED_ANSWERS, seedLesson } from '../engine/seed-lesson.js';

const FORMULAS = SEED_ANSWERS;

let engine: LessonEngine;

beforeAll(() => {
  const lesson = seedLesson();
  lesson.stages[0]!.hints = [{ en: 'first rung' }, { en: 'second rung' }];
  const { engine: compiled, issues } = LessonEngine.fromLesson(lesson);
  expect(issues).toEqual([]);
  engine = compiled!;
});

function run(state: SessionState, ...events: SessionEvent[]): SessionState {
  return events.reduce((s, e) => reduce(s, e, engine), state);
}

function started(): SessionState {
  return run(initialState('seed', 1), { type: 'begin' });
}

/** Answers every stage of the current update with the formulas. */
function answerUpdate(state: SessionState): SessionState {
  let s = state;
  while (s.phase.kind === 'asking' || s.phase.kind === 'solved') {
    if (s.phase.kind === 'asking') s = run(s, { type: 'submit', text: FORMULAS[s.phase.stage]! });
    else s = run(s, { type: 'continue' });
  }
  return s;
}

describe('reduce', () => {
  it('starts at the first stage of update 1', () => {
    const state = started();

    expect(state.phase).toEqual({ kind: 'asking', update: 1, stage: 0, tries: 0, hints: 0 });
  });

  it('solves a stage on a right formula and records a first try', () => {
    const state = run(started(), { type: 'submit', text: 'W1 * x + B' });

    expect(state.phase).toMatchObject({ kind: 'solved', stage: 0, outcome: 'first-try' });
    expect(state.records).toEqual([
      { update: 1, stage: 0, outcome: 'first-try', tries: 0, hints: 0, answer: 'W1 * x + B' },
    ]);
    expect(state.formulas).toEqual({ 0: 'W1 * x + B' });
  });

  it('counts a wrong answer as a try and keeps the result to show', () => {
    const state = run(started(), { type: 'submit', text: 'W1 * x - B' });

    expect(state.phase).toMatchObject({ kind: 'asking', tries: 1, lastText: 'W1 * x - B' });
    expect(state.phase.kind === 'asking' && state.phase.last?.verdict).toBe('wrong');
  });

  it('does not count an unreadable answer as a try', () => {
    const state = run(started(), { type: 'submit', text: 'W1 * (x' });

    expect(state.phase).toMatchObject({ kind: 'asking', tries: 0 });
    expect(state.phase.kind === 'asking' && state.phase.last?.verdict).toBe('invalid');
  });

  it('records a solve after wrong tries as after-errors', () => {
    const state = run(
      started(),
      { type: 'submit', text: 'W1 * x' },
      { type: 'submit', text: 'W1 * x + B' },
    );

    expect(state.records[0]).toMatchObject({ outcome: 'after-errors', tries: 1 });
  });

  it('gives hints one rung at a time and stops at the last rung', () => {
    const once = run(started(), { type: 'hint' });
    const thrice = run(once, { type: 'hint' }, { type: 'hint' });

    expect(once.phase).toMatchObject({ hints: 1 });
    expect(thrice.phase).toMatchObject({ hints: 2 });
  });

  it('records a solve after hints as after-hints', () => {
    const state = run(started(), { type: 'hint' }, { type: 'submit', text: 'W1 * x + B' });

    expect(state.records[0]).toMatchObject({ outcome: 'after-hints', hints: 1 });
  });

  it('reveals the answer and marks the stage revealed, keeping no formula', () => {
    const state = run(started(), { type: 'reveal' });

    expect(state.phase).toMatchObject({ kind: 'solved', outcome: 'revealed' });
    expect(state.records[0]).toMatchObject({ outcome: 'revealed' });
    expect(state.formulas).toEqual({});
  });

  it('accepts typed numbers as numeric but does not keep them as a formula', () => {
    const state = run(started(), { type: 'submit', text: '[0.3; 0.2]' });

    expect(state.phase.kind === 'solved' && state.phase.last?.verdict).toBe('numeric');
    expect(state.formulas).toEqual({});
  });

  it('moves to the next stage on continue', () => {
    const state = run(started(), { type: 'submit', text: 'W1 * x + B' }, { type: 'continue' });

    expect(state.phase).toMatchObject({ kind: 'asking', update: 1, stage: 1 });
  });

  it('applies the update after the last stage, then asks whether to reuse formulas', () => {
    const applied = answerUpdate(started());
    const asked = run(applied, { type: 'continue' });

    expect(applied.phase).toEqual({ kind: 'applied', update: 1 });
    expect(asked.phase).toEqual({ kind: 'carry', update: 2 });
  });

  it('carries every formula over to update 2 when the learner reuses them', () => {
    const carry = run(answerUpdate(started()), { type: 'continue' });

    const reused = run(carry, { type: 'reuse', isReusing: true });

    expect(reused.phase).toMatchObject({ kind: 'solved', update: 2, stage: 0, outcome: 'carried' });
    expect(reused.phase.kind === 'solved' && reused.phase.last?.verdict).toBe('correct');
  });

  it('asks every stage again at update 2 when the learner does not reuse', () => {
    const carry = run(answerUpdate(started()), { type: 'continue' });

    const fresh = run(carry, { type: 'reuse', isReusing: false });

    expect(fresh.phase).toEqual({ kind: 'asking', update: 2, stage: 0, tries: 0, hints: 0 });
  });

  it('checks typed numbers of update 1 against the new values at update 2', () => {
    const atUpdate2 = run(
      answerUpdate(started()),
      { type: 'continue' },
      {
        type: 'reuse',
        isReusing: false,
      },
    );
    const typed = engine
      .answerAt(0, 1)
      .map((row) => row.join(', '))
      .join('; ');

    const state = run(atUpdate2, { type: 'submit', text: `[${typed}]` });

    expect(state.phase.kind === 'asking' && state.phase.last?.verdict).toBe('wrong');
  });

  it('finishes after the last update and scores carried stages once', () => {
    let state = run(
      answerUpdate(started()),
      { type: 'continue' },
      { type: 'reuse', isReusing: true },
    );
    while (state.phase.kind !== 'done') state = answerUpdate(run(state, { type: 'continue' }));

    expect(state.records).toHaveLength(13 * 3);
    expect(state.records.filter((r) => r.outcome === 'carried')).toHaveLength(13 * 2);
    expect(score(state)).toEqual({ score: 26, max: 26 });
  });

  it('ignores events that make no sense in the phase', () => {
    const intro = initialState('seed', 1);

    expect(run(intro, { type: 'submit', text: 'x' })).toBe(intro);
    expect(run(intro, { type: 'hint' }, { type: 'reveal' }, { type: 'continue' })).toBe(intro);
  });

  it('keeps answers for recall without repeating the same one twice in a row', () => {
    const state = run(
      started(),
      { type: 'submit', text: 'W1' },
      { type: 'submit', text: 'W1' },
      { type: 'submit', text: 'B' },
    );

    expect(state.history).toEqual(['W1', 'B']);
  });

  it('does not keep an answer too long to save, so progress stays readable', () => {
    const state = run(started(), { type: 'submit', text: 'x'.repeat(2001) });

    expect(state.history).toEqual([]);
  });
});

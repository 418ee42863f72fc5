/**
 * Saved progress for a test to resume from, made by playing the session's own reducer with
 * the engine: each stage answered, hinted or revealed as the plan says.
 */
import type { LessonEngine } from '../../../src/engine/lesson-engine.js';
import { reduce } from '../../../src/session/reduce.js';
import { initialState, type SessionEvent, type SessionState } from '../../../src/session/state.js';

export type Play = 'right' | 'hint' | 'wrong' | 'reveal';

export interface PlayOptions {
  /** What to do at a stage; `right` (the expected formula) by default. */
  plan?: (update: number, stage: number) => Play;
  /** Stop when this phase kind is reached (at the given update, if any). */
  until?: { kind: SessionState['phase']['kind']; update?: number };
  isReusing?: boolean;
}

export function play(engine: LessonEngine, options: PlayOptions = {}): SessionState {
  const plan = options.plan ?? (() => 'right');
  const apply = (state: SessionState, event: SessionEvent) => reduce(state, event, engine);
  let state = apply(initialState(engine.lesson.id, engine.lesson.version), { type: 'begin' });

  for (let guard = 0; guard < 1_000; guard++) {
    const phase = state.phase;
    const until = options.until;
    if (
      until &&
      phase.kind === until.kind &&
      (!('update' in phase) || !until.update || phase.update === until.update)
    ) {
      return state;
    }
    if (phase.kind === 'done') return state;
    if (phase.kind === 'carry')
      state = apply(state, { type: 'reuse', isReusing: options.isReusing ?? false });
    else if (phase.kind !== 'asking') state = apply(state, { type: 'continue' });
    else {
      const how = plan(phase.update, phase.stage);
      const expected = engine.stages[phase.stage]!.def.expected;
      if (how === 'reveal') state = apply(state, { type: 'reveal' });
      else {
        if (how === 'hint') state = apply(state, { type: 'hint' });
        if (how === 'wrong') state = apply(state, { type: 'submit', text: `-(${expected})` });
        state = apply(state, { type: 'submit', text: expected });
      }
    }
  }
  throw new Error('play did not reach the end of the lesson');
}

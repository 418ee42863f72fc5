/**
 * The transitions of a session. Pure: the same state, event and engine give the same state.
 *
 * intro -begin-> asking(update 1, stage 0) -submit right / reveal-> solved -continue-> next stage
 * ... last stage -continue-> applied(update) -continue-> carry (when formulas can be reused) or
 * asking(next update) ... applied(last update) -continue-> done
 */
import type { LessonEngine } from '../engine/lesson-engine.js';
import type { CheckResult } from '../engine/types.js';
import type { Outcome, Phase, SessionEvent, SessionState, StageRecord } from './state.js';

const MAX_HISTORY = 200;

/** Longer answers are refused by the engine; keeping them would make saved progress unreadable. */
const MAX_REMEMBERED_LENGTH = 2000;

function outcomeOf(tries: number, hints: number): Outcome {
  if (hints > 0) return 'after-hints';
  return tries > 0 ? 'after-errors' : 'first-try';
}

function remember(history: string[], text: string): string[] {
  if (text.trim() === '' || text.length > MAX_REMEMBERED_LENGTH) return history;
  if (history[history.length - 1] === text) return history;
  return [...history, text].slice(-MAX_HISTORY);
}

/** The phase of a stage about to be asked: asked, or carried over with a reused formula. */
function enterStage(
  state: SessionState,
  engine: LessonEngine,
  update: number,
  stage: number,
): SessionState {
  const formula = state.formulas[stage];
  if (update > 1 && state.isReusingFormulas && formula !== undefined) {
    const last = engine.check(stage, update, formula);
    if (last.verdict === 'correct') {
      const record: StageRecord = {
        update,
        stage,
        outcome: 'carried',
        tries: 0,
        hints: 0,
        answer: formula,
      };
      const phase: Phase = {
        kind: 'solved',
        update,
        stage,
        outcome: 'carried',
        last,
        lastText: formula,
        hints: 0,
      };
      return { ...state, phase, records: [...state.records, record] };
    }
  }
  return { ...state, phase: { kind: 'asking', update, stage, tries: 0, hints: 0 } };
}

function startUpdate(state: SessionState, engine: LessonEngine, update: number): SessionState {
  const canReuse = Object.keys(state.formulas).length > 0;
  if (update > 1 && canReuse && state.isReusingFormulas === undefined) {
    return { ...state, phase: { kind: 'carry', update } };
  }
  return enterStage(state, engine, update, 0);
}

function solve(
  state: SessionState,
  phase: Extract<Phase, { kind: 'asking' }>,
  outcome: Outcome,
  last: CheckResult | undefined,
  text: string | undefined,
): SessionState {
  const record: StageRecord = {
    update: phase.update,
    stage: phase.stage,
    outcome,
    tries: phase.tries,
    hints: phase.hints,
    ...(text === undefined ? {} : { answer: text }),
  };
  const formulas =
    last?.verdict === 'correct' && text !== undefined
      ? { ...state.formulas, [phase.stage]: text }
      : state.formulas;
  const solved: Phase = {
    kind: 'solved',
    update: phase.update,
    stage: phase.stage,
    outcome,
    hints: phase.hints,
    ...(last ? { last } : {}),
    ...(text === undefined ? {} : { lastText: text }),
  };
  return { ...state, phase: solved, records: [...state.records, record], formulas };
}

function submit(
  state: SessionState,
  phase: Extract<Phase, { kind: 'asking' }>,
  engine: LessonEngine,
  text: string,
): SessionState {
  const last = engine.check(phase.stage, phase.update, text);
  const history = remember(state.history, text);

  if (last.verdict === 'correct' || last.verdict === 'numeric') {
    return solve({ ...state, history }, phase, outcomeOf(phase.tries, phase.hints), last, text);
  }
  // An answer that could not be read is not counted as a try.
  const tries = last.verdict === 'wrong' ? phase.tries + 1 : phase.tries;
  return { ...state, history, phase: { ...phase, tries, last, lastText: text } };
}

function advance(state: SessionState, engine: LessonEngine): SessionState {
  const phase = state.phase;
  if (phase.kind === 'solved') {
    const next = phase.stage + 1;
    if (next < engine.stages.length) return enterStage(state, engine, phase.update, next);
    return { ...state, phase: { kind: 'applied', update: phase.update } };
  }
  if (phase.kind === 'applied') {
    if (phase.update >= engine.updates) return { ...state, phase: { kind: 'done' } };
    return startUpdate(state, engine, phase.update + 1);
  }
  return state;
}

/**
 * Applies one event. Events that make no sense in the current phase leave the state as it is.
 *
 * @example reduce(initialState('matrix-backprop', 1), { type: 'begin' }, engine).phase.kind
 *   // 'asking'
 */
export function reduce(
  state: SessionState,
  event: SessionEvent,
  engine: LessonEngine,
): SessionState {
  const phase = state.phase;
  switch (event.type) {
    case 'begin':
      return phase.kind === 'intro' ? startUpdate(state, engine, 1) : state;
    case 'submit':
      return phase.kind === 'asking' ? submit(state, phase, engine, event.text) : state;
    case 'hint': {
      if (phase.kind !== 'asking') return state;
      const total = engine.stages[phase.stage]!.def.hints.length;
      return { ...state, phase: { ...phase, hints: Math.min(phase.hints + 1, total) } };
    }
    case 'reveal':
      return phase.kind === 'asking'
        ? solve(state, phase, 'revealed', undefined, undefined)
        : state;
    case 'continue':
      return advance(state, engine);
    case 'reuse':
      if (phase.kind !== 'carry') return state;
      return enterStage({ ...state, isReusingFormulas: event.isReusing }, engine, phase.update, 0);
  }
}

/**
 * A learner's run through a lesson as plain, serialisable data. Transitions are in reduce.ts.
 */
import type { CheckResult } from '../engine/types.js';

/** How a stage was finished. */
export type Outcome = 'first-try' | 'after-hints' | 'after-errors' | 'revealed' | 'carried';

export interface StageRecord {
  update: number;
  stage: number;
  outcome: Outcome;
  /** Wrong answers before the stage was finished. */
  tries: number;
  hints: number;
  /** The accepted answer, when the learner typed one. */
  answer?: string;
}

/** Where the learner is. `update` is 1-based; `stage` indexes the lesson's stages. */
export type Phase =
  | { kind: 'intro' }
  | { kind: 'carry'; update: number }
  | {
      kind: 'asking';
      update: number;
      stage: number;
      tries: number;
      hints: number;
      last?: CheckResult;
      lastText?: string;
    }
  | {
      kind: 'solved';
      update: number;
      stage: number;
      outcome: Outcome;
      last?: CheckResult;
      lastText?: string;
      hints: number;
    }
  | { kind: 'applied'; update: number }
  | { kind: 'done' };

export interface SessionState {
  lessonId: string;
  lessonVersion: number;
  /** The variant's seed for `quiz`; absent for the lesson's own values. */
  seed?: number;
  phase: Phase;
  records: StageRecord[];
  /** Formulas answered right (as functions), by stage, to reuse in later updates. */
  formulas: Record<number, string>;
  /** Whether later updates reuse those formulas; undefined until asked. */
  isReusingFormulas?: boolean;
  /** Every submitted answer, oldest first, for recall with Up/Down. */
  history: string[];
}

export type SessionEvent =
  | { type: 'begin' }
  | { type: 'submit'; text: string }
  | { type: 'hint' }
  | { type: 'reveal' }
  | { type: 'continue' }
  | { type: 'reuse'; isReusing: boolean };

/** A new run, at the introduction. */
export function initialState(lessonId: string, lessonVersion: number, seed?: number): SessionState {
  return {
    lessonId,
    lessonVersion,
    ...(seed === undefined ? {} : { seed }),
    phase: { kind: 'intro' },
    records: [],
    formulas: {},
    history: [],
  };
}

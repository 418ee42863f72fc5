/** Scoring of a run: 2 points for a first try, 1 after hints or wrong tries, 0 when revealed. */
import type { Outcome, SessionState, StageRecord } from './state.js';

const POINTS: Record<Exclude<Outcome, 'carried'>, number> = {
  'first-try': 2,
  'after-hints': 1,
  'after-errors': 1,
  revealed: 0,
};

export const POINTS_PER_STAGE = 2;

/** Stages carried over from update 1 are not scored again. */
export function score(state: SessionState): { score: number; max: number } {
  const scored = state.records.filter(
    (r): r is StageRecord & { outcome: Exclude<Outcome, 'carried'> } => r.outcome !== 'carried',
  );
  return {
    score: scored.reduce((sum, r) => sum + POINTS[r.outcome], 0),
    max: scored.length * POINTS_PER_STAGE,
  };
}

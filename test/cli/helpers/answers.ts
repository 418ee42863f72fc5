/**
 * Answers for the bundled lesson, typed as a learner would, written here rather than read
 * from the lesson file so a test notices when the lesson stops accepting them.
 */
import { SEED_ANSWERS } from '../../engine/seed-lesson.js';

/** One right answer per stage of matrix-backprop, in stage order. */
export const RIGHT_ANSWERS = SEED_ANSWERS;

/** A whole run: update 1 answered, then "y" to carry the formulas through updates 2 and 3. */
export function carriedRun(): string {
  return `${[...RIGHT_ANSWERS, 'y'].join('\n')}\n`;
}

/** A whole run answering every update again ("n" to carrying the formulas). */
export function typedRun(): string {
  return `${[...RIGHT_ANSWERS, 'n', ...RIGHT_ANSWERS, ...RIGHT_ANSWERS].join('\n')}\n`;
}

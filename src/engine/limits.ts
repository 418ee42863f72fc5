/**
 * Bounds on the size and the work of one evaluation, so that no expression can exhaust the
 * stack, the heap or the learner's patience.
 */
export const LIMITS = {
  depth: 64,
  literalEntries: 4096,
  /** Multiplications of one matrix product. */
  productWork: 1_000_000,
  /**
   * Scalar operations of one evaluation of an answer at least may do, counted before they are
   * done. A check evaluates an answer up to a few hundred times, at every point and in every
   * diagnosis, so this bound keeps each check well under 100 ms. Larger lessons allow more:
   * see `checkPoint` in diagnose.ts.
   */
  work: 5000,
  /** Scalar operations of one evaluation of a lesson's own expressions. */
  lessonWork: 50_000_000,
};

/**
 * Answers for the bundled lesson, typed as a learner would, written here rather than read
 * from the lesson file so a test notices when the lesson stops accepting them.
 */

/** One right answer per stage of matrix-backprop, in stage order. */
export const RIGHT_ANSWERS = [
  'W1 * x + B',
  'relu(Z)',
  'W2 * A',
  '1/2 * sum((Y - T).^2)',
  'Y - T',
  "dY * A'",
  "W2' * dY",
  'dA .* step(Z)',
  'dZ * x',
  'dZ',
  'W1 - lr * dW1',
  'B - lr * dB',
  'W2 - lr * dW2',
];

/** A whole run: update 1 answered, then "y" to carry the formulas through updates 2 and 3. */
export function carriedRun(): string {
  return `${[...RIGHT_ANSWERS, 'y'].join('\n')}\n`;
}

/** A whole run answering every update again ("n" to carrying the formulas). */
export function typedRun(): string {
  return `${[...RIGHT_ANSWERS, 'n', ...RIGHT_ANSWERS, ...RIGHT_ANSWERS].join('\n')}\n`;
}

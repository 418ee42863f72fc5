/** Entry-by-entry comparison of numeric grids, naming the first entry that differs. */
import { expect } from 'vitest';

export function expectClose(actual: number[][], expected: number[][], tolerance = 1e-12): void {
  const shape = (g: number[][]) => `${g.length}x${g[0]?.length ?? 0}`;
  expect(shape(actual), 'shape').toBe(shape(expected));

  actual.forEach((row, i) =>
    row.forEach((v, j) => {
      const e = expected[i]![j]!;
      const where = `entry (${i + 1},${j + 1}): ${v} vs ${e}`;
      expect(Math.abs(v - e), where).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e)));
    }),
  );
}

/** Compares nested numbers, keys and array lengths included, within a tolerance. */
import { expect } from 'vitest';

/**
 * Asserts that `actual` has the structure of `expected` and every number within `tolerance`;
 * the message names the path of the first difference.
 */
export function expectCloseTo(actual: unknown, expected: unknown, tolerance = 1e-9, path = '$') {
  if (typeof expected === 'number') {
    expect(typeof actual, `${path} is a number`).toBe('number');
    expect(
      Math.abs((actual as number) - expected),
      `${path}: ${actual} vs ${expected}`,
    ).toBeLessThanOrEqual(tolerance);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    expect((actual as unknown[]).length, `${path} length`).toBe(expected.length);
    expected.forEach((item, i) =>
      expectCloseTo((actual as unknown[])[i], item, tolerance, `${path}[${i}]`),
    );
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual, `${path} is an object`).toBeTypeOf('object');
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(
      Object.keys(expected).sort(),
    );
    for (const [key, value] of Object.entries(expected)) {
      expectCloseTo((actual as Record<string, unknown>)[key], value, tolerance, `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Counts the numbers in a nested value (to show a comparison covered them all). */
export function countNumbers(value: unknown): number {
  if (typeof value === 'number') return 1;
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countNumbers(item), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((n: number, item) => n + countNumbers(item), 0);
  }
  return 0;
}

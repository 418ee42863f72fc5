/**
 * Summaries of repeated timings.
 */

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The `p`th percentile by linear interpolation between closest ranks.
 *
 * @example percentile([1, 2, 3, 4], 50) // 2.5
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of no values: measure at least once');

  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);

  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Runs `measure` `times` times, one after the other, and returns every result. */
export async function repeat(times: number, measure: () => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let run = 0; run < times; run++) results.push(await measure());

  return results;
}

/** Milliseconds `work` takes, measured with the high-resolution clock. */
export function timeSync(work: () => unknown): number {
  const started = performance.now();
  work();

  return performance.now() - started;
}

/**
 * The exponent k of the best fit `y = c * x^k` (least squares on log-log): 1 means linear
 * growth, 2 quadratic.
 */
export function growthExponent(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((sum, v) => sum + v, 0) / lx.length;
  const my = ly.reduce((sum, v) => sum + v, 0) / ly.length;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < lx.length; i++) {
    covariance += (lx[i]! - mx) * (ly[i]! - my);
    variance += (lx[i]! - mx) ** 2;
  }

  return covariance / variance;
}

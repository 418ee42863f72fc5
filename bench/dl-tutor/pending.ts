/**
 * How a dl-tutor measurement says it cannot give a figure: `pending` while the part of
 * dl-tutor it needs does not exist, `failed` when dl-tutor ran but went wrong. Either way the
 * row shows the reason, never a number, and the other rows still run.
 */

/** Thrown by a dl-tutor measurement whose entry point does not exist yet. */
export class PendingError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PendingError';
  }
}

/** Why a measurement gave no figure. */
export interface Unavailable {
  state: 'pending' | 'failed';
  reason: string;
}

/** The result of `measure`, or why it gave none. */
export async function attempt<T>(measure: () => Promise<T>): Promise<T | Unavailable> {
  try {
    return await measure();
  } catch (error) {
    if (error instanceof PendingError) return { state: 'pending', reason: error.reason };

    return { state: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether `result` is a reason rather than a measurement. */
export function isUnavailable(result: unknown): result is Unavailable {
  return typeof result === 'object' && result !== null && 'state' in result && 'reason' in result;
}

/** `measure` run `times` times; stops at the first run that gives no figure. */
export async function attemptRepeatedly(
  times: number,
  measure: () => Promise<number>,
): Promise<number[] | Unavailable> {
  const results: number[] = [];
  for (let run = 0; run < times; run++) {
    const result = await attempt(measure);
    if (isUnavailable(result)) return result;
    results.push(result);
  }

  return results;
}

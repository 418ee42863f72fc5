/**
 * What the reliability suites share: the seed lesson's engine, stage look-up, the words a
 * result renders to, and a per-call time measurement that tells a slow input from a GC pause.
 */
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import type { CheckResult, ProblemCode, Verdict } from '../../src/engine/types.js';
import type { Lang } from '../../src/lesson/model.js';
import { feedbackFor } from '../../src/messages/feedback.js';
import { seedLesson } from '../engine/seed-lesson.js';

/** The behaviour bound of one check or preview call. */
export const CALL_LIMIT_MS = 100;

export const VERDICTS: readonly Verdict[] = ['correct', 'numeric', 'wrong', 'invalid'];

export const PROBLEM_CODES: readonly ProblemCode[] = [
  'empty',
  'too-long',
  'too-deep',
  'syntax',
  'not-allowed-node',
  'not-allowed-function',
  'unknown-symbol',
  'wrong-arity',
  'shape-mismatch-op',
  'too-large',
  'not-finite',
  'not-a-number',
];

/** A `{name}` left in a rendered text: a parameter the catalogue wanted but did not get. */
export const PLACEHOLDER = /\{\w+\}/;

/** The engine of the seed network (test/engine/seed-lesson.ts). */
export function seedEngine(): LessonEngine {
  const { engine, issues } = LessonEngine.fromLesson(seedLesson());
  if (!engine) {
    throw new Error(`the seed lesson does not compile: ${issues.map((i) => i.message).join('; ')}`);
  }
  return engine;
}

/** Index of the stage that asks `asks` (`Z`, `dL/dW2`). */
export function stageIndex(engine: LessonEngine, asks: string): number {
  const index = engine.stages.findIndex((stage) => stage.asks === asks);
  if (index < 0) throw new Error(`the seed lesson has no stage "${asks}"`);
  return index;
}

/** Headline and detail lines of a result in one language, joined by spaces. */
export function feedbackLine(result: CheckResult, lang: Lang): string {
  const { headline, details } = feedbackFor(result, lang);
  return [headline, ...details].join(' ');
}

/** How often a call over the limit is timed again before it counts as slow. */
const RETRIES = 2;

/**
 * Runs `call` and returns its first result and its duration. A call over the limit is timed
 * again, up to RETRIES times, and the shortest time kept: a slow input is slow every time, while
 * a garbage-collector pause or a core taken by another process rarely strikes twice in a row.
 */
export function timed<T>(call: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = call();
  let ms = performance.now() - started;

  for (let retry = 0; retry < RETRIES && ms >= CALL_LIMIT_MS; retry++) {
    const again = performance.now();
    call();
    ms = Math.min(ms, performance.now() - again);
  }
  return { value, ms };
}

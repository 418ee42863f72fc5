/**
 * Random points of a lesson (values for every symbol) away from the kinks of relu and step,
 * where a formula and its derivative are both well defined.
 */
import { numbers, type Algebra } from './algebra.js';
import type { CompiledLesson } from './compiled.js';
import { baseScope, runForward } from './forward.js';
import { map, type Mat } from './matrix.js';
import { uniform, type Random } from './random.js';

const DEFAULT_RANGE: [number, number] = [-1, 1];

/** Smallest distance to a kink seen while evaluating, and the algebra that measures it. */
function kinkMeter(): { algebra: Algebra<number>; nearest: () => number } {
  let nearest = Infinity;
  const algebra: Algebra<number> = {
    ...numbers,
    call(fn, a) {
      if (fn === 'relu' || fn === 'step' || fn === 'abs') nearest = Math.min(nearest, Math.abs(a));
      return numbers.call(fn, a);
    },
    compare(op, a, b) {
      nearest = Math.min(nearest, Math.abs(a - b));
      return numbers.compare(op, a, b);
    },
  };
  return { algebra, nearest: () => nearest };
}

/** How close the forward pass at these values comes to a kink. */
export function kinkDistance(compiled: CompiledLesson, symbols: ReadonlyMap<string, Mat<number>>) {
  const meter = kinkMeter();
  runForward(compiled.plan, meter.algebra, baseScope(compiled.plan, meter.algebra, symbols));
  return meter.nearest();
}

/** Symbol values drawn from each symbol's `vary` range (or -1..1). */
export function drawSymbols(compiled: CompiledLesson, random: Random): Map<string, Mat<number>> {
  return new Map(
    compiled.lesson.symbols.map((s) => {
      const [low, high] = s.vary ?? DEFAULT_RANGE;
      const value = map(compiled.initial.get(s.name)!, () => round(uniform(random, low, high)));
      return [s.name, value] as const;
    }),
  );
}

/** Three decimals keep variants readable; kinks are avoided after rounding. */
function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/**
 * Draws `count` points whose forward pass stays at least `margin` from every kink.
 * After many failed tries it keeps the best point seen, so it always returns.
 */
export function randomPoints(
  compiled: CompiledLesson,
  random: Random,
  count: number,
  margin = 0.05,
): Map<string, Mat<number>>[] {
  const points: Map<string, Mat<number>>[] = [];
  for (let n = 0; n < count; n++) {
    let best = drawSymbols(compiled, random);
    let bestDistance = kinkDistance(compiled, best);
    for (let tries = 0; tries < 50 && bestDistance < margin; tries++) {
      const candidate = drawSymbols(compiled, random);
      const distance = kinkDistance(compiled, candidate);
      if (distance > bestDistance) [best, bestDistance] = [candidate, distance];
    }
    points.push(best);
  }
  return points;
}

import { describe, expect, it } from 'vitest';
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import type { Scope } from '../../src/engine/point.js';
import { expectClose } from './expect-close.js';
import { descend, forwardPass, seedNetFrom } from './reference-net.js';
import { seedLesson } from './seed-lesson.js';

const lesson = seedLesson();
const engine = LessonEngine.fromLesson(lesson).engine!;
const seeds = Array.from({ length: 40 }, (_v, n) => n * 7919 + 1);

const valuesOf = (symbols: Scope) =>
  Object.fromEntries([...symbols].map(([name, m]) => [name, m.data]));

describe('LessonEngine.variant', () => {
  it('gives the same starting values for the same seed', () => {
    const first = engine.variant(42).symbolsByUpdate[0]!;
    const again = engine.variant(42).symbolsByUpdate[0]!;

    expect(valuesOf(again)).toEqual(valuesOf(first));
  });

  it('gives different starting values for different seeds', () => {
    const distinct = new Set(
      seeds.map((s) => JSON.stringify(valuesOf(engine.variant(s).symbolsByUpdate[0]!))),
    );

    expect(distinct.size).toBe(seeds.length);
  });

  it("differs from the lesson's own values", () => {
    const start = engine.variant(1).symbolsByUpdate[0]!;

    expect(valuesOf(start)).not.toEqual(valuesOf(engine.symbolsByUpdate[0]!));
  });

  it.each(seeds)('keeps every starting value of seed %i within its vary range', (seed) => {
    const start = engine.variant(seed).symbolsByUpdate[0]!;

    for (const symbol of lesson.symbols) {
      // A symbol without `vary` is drawn from -1..1.
      const [low, high] = symbol.vary ?? [-1, 1];
      const value = start.get(symbol.name)!.data;
      expect(value.length).toBe(symbol.value.length);
      for (const v of value.flat()) {
        expect(v).toBeGreaterThanOrEqual(low);
        expect(v).toBeLessThanOrEqual(high);
      }
    }
  });

  it.each(seeds)(
    'keeps every ReLU argument of seed %i at least 0.05 from 0 at every update',
    (seed) => {
      const variant = engine.variant(seed);

      for (const symbols of variant.symbolsByUpdate) {
        for (const z of forwardPass(seedNetFrom(symbols)).Z.flat()) {
          expect(Math.abs(z)).toBeGreaterThanOrEqual(0.05);
        }
      }
    },
  );

  it.each(seeds.slice(0, 10))('trains the variant of seed %i as the loop by hand', (seed) => {
    const variant = engine.variant(seed);
    const byHand = descend(seedNetFrom(variant.symbolsByUpdate[0]!), 0.1, 3);

    variant.symbolsByUpdate.forEach((symbols, k) => {
      expectClose(symbols.get('W2')!.data, byHand[k]!.W2);
      expect(variant.lossAt(k + 1)).toBeCloseTo(forwardPass(byHand[k]!).L, 12);
    });
  });

  it("checks answers against the variant's own values", () => {
    const variant = engine.variant(3);
    const dZ = variant.stages.findIndex((s) => s.asks === 'dL/dZ');

    expect(variant.check(dZ, 1, 'dA .* step(Z)').verdict).toBe('correct');
    const typed = variant.answerAt(dZ, 1).map((row) => row.map((v) => v.toFixed(4)).join(', '));
    expect(variant.check(dZ, 1, `[${typed.join('; ')}]`).verdict).toBe('numeric');
  });
});

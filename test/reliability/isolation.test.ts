import { describe, expect, it } from 'vitest';
import { expectClose } from '../engine/expect-close.js';
import { backprop, forwardPass, SEED_NET } from '../engine/reference-net.js';
import { loadCorpus } from './corpus.js';
import { seedEngine, stageIndex } from './seed-engine.js';

/** Every named value of the engine at every update, as plain data. */
function snapshot(engine: ReturnType<typeof seedEngine>): Record<string, number[][]>[] {
  return [1, 2, 3, 4].map((update) =>
    Object.fromEntries([...engine.scopeAt(update)].map(([name, m]) => [name, m.data])),
  );
}

describe('LessonEngine.check (isolation between answers)', () => {
  it('leaves every named value untouched after the whole corpus, at every update', () => {
    const engine = seedEngine();
    const before = structuredClone(snapshot(engine));

    for (const c of loadCorpus()) {
      for (const update of [1, 2, 3]) {
        engine.check(stageIndex(engine, c.stage), update, c.answer);
        engine.preview(stageIndex(engine, c.stage), update, c.answer);
      }
    }

    expect(snapshot(engine)).toEqual(before);
  });

  it('keeps judging right when a caller changes a returned value in place', () => {
    const engine = seedEngine();
    const dB = stageIndex(engine, 'dL/dB');
    const dW1 = stageIndex(engine, 'dL/dW1');
    const first = engine.check(dB, 1, 'dZ');

    // A renderer that rounds or pads in place must not reach the engine's own matrices.
    first.value![0]![0] = 999;
    first.expectedShape.rows = 7;
    engine.preview(dB, 1, 'dZ').value![1]![0] = -999;
    const again = engine.check(dB, 1, 'dZ');
    const later = engine.check(dW1, 1, 'dZ * x');

    expect(again.verdict).toBe('correct');
    expect(again.expectedShape).toEqual({ rows: 2, cols: 1 });
    expectClose(again.value!, backprop(SEED_NET).dZ);
    expect(later.verdict).toBe('correct');
    expectClose(later.value!, backprop(SEED_NET).dW1);
  });

  it('keeps judging right when a caller changes a revealed answer in place', () => {
    const engine = seedEngine();
    const dB = stageIndex(engine, 'dL/dB');
    const dW1 = stageIndex(engine, 'dL/dW1');

    engine.answerAt(dB, 1)[0]![0] = 999;
    const result = engine.check(dW1, 1, 'dZ * x');

    expect(result.verdict).toBe('correct');
    expectClose(result.value!, backprop(SEED_NET).dW1);
    expectClose(engine.answerAt(dB, 1), backprop(SEED_NET).dB);
  });

  it('gives the same verdict to the same answer before and after hostile ones', () => {
    const engine = seedEngine();
    const Z = stageIndex(engine, 'Z');
    const before = engine.check(Z, 1, 'W1*x + B');

    engine.check(Z, 1, 'W1 = [9; 9]');
    engine.check(Z, 1, 'x = 100');
    engine.check(Z, 1, 'f(W1) = 0');
    engine.check(Z, 1, 'B.constructor');
    const after = engine.check(Z, 1, 'W1*x + B');

    expect(after).toEqual(before);
    expectClose(after.value!, forwardPass(SEED_NET).Z);
  });
});

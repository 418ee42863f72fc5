import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LessonEngine } from '../../src/engine/lesson-engine.js';
import { loadLessonFile } from '../../src/lesson/load.js';
import { expectClose } from './expect-close.js';
import { backprop, descend, forwardPass, SEED_NET } from './reference-net.js';
import { seedLesson } from './seed-lesson.js';

const engine = LessonEngine.fromLesson(seedLesson()).engine!;
const stageOf = (asks: string) => engine.stages.findIndex((s) => s.asks === asks);

/** The seed net trained by the test's own loop: before update 1, 2, 3 and after the last. */
const byHand = descend(SEED_NET, 0.1, 3);

describe('the reference training loop', () => {
  it("reproduces the lesson's first forward pass and final loss", () => {
    const first = forwardPass(byHand[0]!);

    expectClose(first.Z, [[0.3], [0.2]], 1e-12);
    expectClose(first.Y, [[0.19], [0.08]], 1e-12);
    expect(first.L).toBeCloseTo(0.91125, 12);
    expect(Number(forwardPass(byHand[3]!).L.toPrecision(4))).toBe(0.7042);
  });
});

describe('LessonEngine (the seed net)', () => {
  it('gives the first forward pass Z = [0.3; 0.2] and Y = [0.19; 0.08]', () => {
    const scope = engine.scopeAt(1);

    expectClose(scope.get('Z')!.data, [[0.3], [0.2]]);
    expectClose(scope.get('Y')!.data, [[0.19], [0.08]]);
    expectClose(engine.answerAt(stageOf('Z'), 1), [[0.3], [0.2]]);
    expectClose(engine.answerAt(stageOf('Y'), 1), [[0.19], [0.08]]);
  });

  it('gives the first loss L = 0.91125', () => {
    expect(engine.lossAt(1)).toBeCloseTo(0.91125, 12);
    expect(engine.answerAt(stageOf('L'), 1)[0]![0]).toBeCloseTo(0.91125, 12);
  });

  it('gives L = 0.70416 after 3 updates (0.7042 to 4 significant figures)', () => {
    expect(engine.updates).toBe(3);

    expect(Number(engine.lossAt(4).toPrecision(4))).toBe(0.7042);
    expect(engine.lossAt(4)).toBeCloseTo(0.70416, 5);
  });

  it('keeps the starting values and the three updated sets', () => {
    expect(engine.symbolsByUpdate).toHaveLength(4);
  });

  it.each([0, 1, 2, 3])('has every parameter after %i update(s) as the loop by hand', (k) => {
    const symbols = engine.symbolsByUpdate[k]!;

    for (const name of ['W1', 'B', 'W2'] as const) {
      expectClose(symbols.get(name)!.data, byHand[k]![name], 1e-12);
    }
    expectClose(symbols.get('x')!.data, [[0.5]], 0);
    expectClose(symbols.get('T')!.data, [[1], [-1]], 0);
  });

  it.each([1, 2, 3, 4])('gives the loss before update %i as the loop by hand', (update) => {
    expect(engine.lossAt(update)).toBeCloseTo(forwardPass(byHand[update - 1]!).L, 12);
  });

  it.each([1, 2, 3])('answers every update stage at update %i as the loop by hand', (update) => {
    const next = byHand[update]!;

    expectClose(engine.answerAt(stageOf('W1'), update), next.W1);
    expectClose(engine.answerAt(stageOf('B'), update), next.B);
    expectClose(engine.answerAt(stageOf('W2'), update), next.W2);
  });

  it.each([1, 2, 3])("gives the gradients of update %i from that update's values", (update) => {
    const gradients = backprop(byHand[update - 1]!);

    expectClose(engine.gradientAt('W1', update), gradients.dW1);
    expectClose(engine.gradientAt('B', update), gradients.dB);
    expectClose(engine.gradientAt('W2', update), gradients.dW2);
    expectClose(engine.answerAt(stageOf('dL/dZ'), update), gradients.dZ);
  });
});

describe('the bundled lesson lessons/matrix-backprop.yaml', () => {
  it('loads and gives the same figures as the seed net', async () => {
    const file = fileURLToPath(new URL('../../lessons/matrix-backprop.yaml', import.meta.url));
    const loaded = await loadLessonFile(file);
    expect(loaded.errors.map(String)).toEqual([]);

    const bundled = new LessonEngine(loaded.compiled!);

    expect(bundled.lossAt(1)).toBeCloseTo(0.91125, 12);
    expect(Number(bundled.lossAt(4).toPrecision(4))).toBe(0.7042);
    expectClose(bundled.scopeAt(1).get('Z')!.data, [[0.3], [0.2]]);
    expectClose(bundled.scopeAt(1).get('Y')!.data, [[0.19], [0.08]]);
  });
});

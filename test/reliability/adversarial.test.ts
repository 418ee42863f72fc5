import { describe, expect, it } from 'vitest';
import { feedbackFor } from '../../src/messages/feedback.js';
import { expectClose } from '../engine/expect-close.js';
import { backprop, forwardPass, SEED_NET, type Grid } from '../engine/reference-net.js';
import { loadCorpus } from './corpus.js';
import { feedbackLine, PLACEHOLDER, seedEngine, stageIndex, timed } from './seed-engine.js';

const engine = seedEngine();
const corpus = loadCorpus();

/** The right values of the seed net, computed without the engine. */
const forward = forwardPass(SEED_NET);
const gradients = backprop(SEED_NET);
const REFERENCE: Record<string, Grid> = {
  Z: forward.Z,
  A: forward.A,
  Y: forward.Y,
  L: [[forward.L]],
  'dL/dY': gradients.dY,
  'dL/dW2': gradients.dW2,
  'dL/dA': gradients.dA,
  'dL/dZ': gradients.dZ,
  'dL/dW1': gradients.dW1,
  'dL/dB': gradients.dB,
};

/** The lesson's own expected answer of a stage, which must always be judged correct. */
function rightAnswer(asks: string): string {
  return engine.stages[stageIndex(engine, asks)]!.def.expected;
}

describe('LessonEngine.check (adversarial answer corpus)', () => {
  it('holds at least 60 cases, each with a distinct name', () => {
    const names = new Set(corpus.map((c) => c.name));

    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(names.size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('judges %s exactly', (_name, c) => {
    const stage = stageIndex(engine, c.stage);

    const { value: result, ms } = timed(() => engine.check(stage, 1, c.answer));

    expect(ms).toBeLessThan(100);
    expect(result.verdict).toBe(c.expect.verdict);
    expect(result.problem?.code).toBe(c.expect.code);
    if (c.expect.params) expect(result.problem?.params).toMatchObject(c.expect.params);
    if (c.expect.column === null) expect(result.problem?.column).toBeUndefined();
    if (typeof c.expect.column === 'number') expect(result.problem?.column).toBe(c.expect.column);
    expect(feedbackLine(result, 'en')).toBe(c.expect.en);
  });

  it.each(corpus.map((c) => [c.name, c] as const))(
    'words %s in both languages with every parameter filled in',
    (_name, c) => {
      const result = engine.check(stageIndex(engine, c.stage), 1, c.answer);

      const en = feedbackFor(result, 'en');
      const ko = feedbackFor(result, 'ko');

      for (const text of [en.headline, ko.headline, ...en.details, ...ko.details]) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(PLACEHOLDER);
      }
      expect(ko.details).toHaveLength(en.details.length);
      expect(ko.headline).not.toBe(en.headline);
    },
  );

  it.each(corpus.map((c) => [c.name, c] as const))(
    'previews %s with the same problem, or a value',
    (_name, c) => {
      const stage = stageIndex(engine, c.stage);

      const preview = engine.preview(stage, 1, c.answer);
      const result = engine.check(stage, 1, c.answer);

      if (result.problem) {
        expect(preview.problem).toEqual(result.problem);
      } else {
        expect(preview.problem).toBeUndefined();
        expect(preview.value).toEqual(result.value);
      }
    },
  );

  it.each(corpus.map((c) => [c.name, c] as const))(
    'judges the right answer correct right after %s',
    (_name, c) => {
      engine.check(stageIndex(engine, c.stage), 1, c.answer);

      const result = engine.check(stageIndex(engine, c.stage), 1, rightAnswer(c.stage));

      expect(result.verdict).toBe('correct');
      expect(result.problem).toBeUndefined();
    },
  );

  it('still computes the reference values after the whole corpus', () => {
    for (const c of corpus) engine.check(stageIndex(engine, c.stage), 1, c.answer);

    for (const [asks, expected] of Object.entries(REFERENCE)) {
      const result = engine.check(stageIndex(engine, asks), 1, rightAnswer(asks));

      expect(result.verdict, asks).toBe('correct');
      expectClose(result.value!, expected, 1e-12);
    }
  });
});

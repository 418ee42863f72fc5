import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadBenchEngine } from '../../bench/dl-tutor/engine-api.js';
import { entryCount, scaledLessonYaml } from '../../bench/dl-tutor/scaled-lesson.js';
import { measured, verdict } from '../../bench/lib/figures.js';
import { DEFAULT_NET, lossTrajectory, type NetValues } from '../../bench/lib/reference-net.js';
import { growthExponent, median, percentile } from '../../bench/lib/stats.js';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    const values = [40, 10, 30, 20];

    expect(percentile(values, 50)).toBe(25);
    expect(percentile(values, 100)).toBe(40);
    expect(percentile(values, 99)).toBeCloseTo(30 + 10 * 0.97, 10);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('refuses an empty list', () => {
    expect(() => percentile([], 50)).toThrow(/percentile of no values/);
  });
});

describe('growthExponent', () => {
  it('finds the power of an exact power law', () => {
    const xs = [2, 4, 8, 16, 32];

    const k = growthExponent(
      xs,
      xs.map((x) => 3 * x ** 1.5),
    );

    expect(k).toBeCloseTo(1.5, 10);
  });
});

describe('verdict', () => {
  const row = { id: '1a', name: 'first frame', unit: 'ms' as const };

  it('compares a ratio target with value / baseline', () => {
    const baseline = { name: 'hello', value: 200 };
    const target = { kind: 'ratio', max: 1.25 } as const;

    expect(verdict(measured({ ...row, target, value: 250, baseline }))).toBe('yes');
    expect(verdict(measured({ ...row, target, value: 251, baseline }))).toBe('NO');
  });

  it('shows the state of a row without a figure', () => {
    const figure = { ...row, target: { kind: 'max', max: 5 } as const, state: 'pending' as const };

    expect(verdict(figure)).toBe('pending');
  });
});

describe('lossTrajectory', () => {
  it('gives the seed lesson its known losses before and after three updates', () => {
    const losses = lossTrajectory(DEFAULT_NET, 0.1, 3);

    expect(losses).toHaveLength(4);
    expect(losses[0]).toBeCloseTo(0.91125, 10);
    expect(losses[3]).toBeCloseTo(0.70416, 5);
  });
});

describe('scaledLessonYaml', () => {
  it.each([
    [4, 1],
    [8, 4],
  ])('makes a valid lesson with %i hidden units and %i inputs', async (hidden, inputs) => {
    const text = scaledLessonYaml(hidden, inputs);
    const symbols = (parse(text) as { symbols: Record<string, { value: number[][] }> }).symbols;
    const start = Object.fromEntries(
      Object.entries(symbols).map(([name, symbol]) => [name, symbol.value]),
    ) as unknown as NetValues;

    const { engine } = await loadBenchEngine(text, 'scaled.yaml');

    const losses = lossTrajectory(start, 0.1, 3);
    losses.forEach((loss, index) => expect(engine.lossAt(index + 1)).toBeCloseTo(loss, 10));
    expect(symbols.W1!.value.flat()).toHaveLength(hidden * inputs);
    expect(entryCount(hidden, inputs)).toBe(hidden * inputs + 3 * hidden + inputs + 2);
  });
});

import { describe, expect, it } from 'vitest';
import type { MathNode } from 'mathjs';
import { numbers } from '../../src/engine/algebra.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parseChecked } from '../../src/engine/guard.js';
import { fromGrid, type Mat } from '../../src/engine/matrix.js';
import { formulas, symbolFormula } from '../../src/engine/symbolic.js';
import { expectClose } from './expect-close.js';

const W1 = [[0.4], [0.6]];
const W2 = [
  [0.3, 0.5],
  [-0.2, 0.7],
];
const A = [[0.3], [-0.2]];

const scope = new Map<string, Mat<number>>([
  ['W1', fromGrid(W1)],
  ['W2', fromGrid(W2)],
  ['A', fromGrid(A)],
  ['x', fromGrid([[0.5]])],
]);

function value(text: string): number[][] {
  return evaluate(parseChecked(text), { algebra: numbers, scope, source: text }).data;
}

describe('evaluate (numbers)', () => {
  // Expected values are worked out by hand from W1, W2, A and x above.
  const cases: [string, string, number[][]][] = [
    ['multiplies matrices', 'W2 * A', [[0.3 * 0.3 - 0.5 * 0.2], [-0.2 * 0.3 - 0.7 * 0.2]]],
    ['transposes with a quote', "W1'", [[0.4, 0.6]]],
    [
      'transposes with transpose()',
      'transpose(W2)',
      [
        [0.3, -0.2],
        [0.5, 0.7],
      ],
    ],
    [
      'multiplies by a transpose',
      "A * W1'",
      [
        [0.12, 0.18],
        [-0.08, -0.12],
      ],
    ],
    ['adds entry by entry', 'W1 + A', [[0.7], [0.4]]],
    ['subtracts entry by entry', 'W1 - A', [[0.1], [0.8]]],
    ['multiplies entry by entry', 'W1 .* A', [[0.12], [-0.12]]],
    ['divides entry by entry', 'A ./ W1', [[0.75], [-0.2 / 0.6]]],
    ['raises entry by entry', 'W1 .^ 2', [[0.16], [0.36]]],
    ['negates', '-W1', [[-0.4], [-0.6]]],
    ['treats a 1x1 matrix as a scalar in a product', 'W1 * x', [[0.2], [0.3]]],
    [
      'treats a 1x1 matrix as a scalar on the left',
      'x * W2',
      [
        [0.15, 0.25],
        [-0.1, 0.35],
      ],
    ],
    ['adds a scalar to every entry', 'A + 1', [[1.3], [0.8]]],
    ['subtracts from a scalar', '1 - A', [[0.7], [1.2]]],
    ['divides by a scalar', 'W1 / 2', [[0.2], [0.3]]],
    ['raises a scalar with ^', 'x ^ 2', [[0.25]]],
    ['compares with > as 1 and 0', 'A > 0', [[1], [0]]],
    ['compares with <', 'W1 < 0.5', [[1], [0]]],
    ['compares with >= including equality', 'W1 >= 0.4', [[1], [1]]],
    ['compares with <= including equality', 'W1 <= 0.4', [[1], [0]]],
    ['applies relu entry by entry', 'relu(A)', [[0.3], [0]]],
    ['applies step entry by entry', 'step(A)', [[1], [0]]],
    ['gives step(0) = 0', 'step(0)', [[0]]],
    ['gives relu(0) = 0', 'relu(0)', [[0]]],
    ["spells relu' as drelu", 'drelu(A)', [[1], [0]]],
    ["spells relu' as heaviside", 'heaviside(-A)', [[0], [1]]],
    ['applies sigmoid', 'sigmoid(0)', [[0.5]]],
    ['sums every entry to a 1x1', 'sum(W2)', [[1.3]]],
    [
      'reads a literal with ; between rows',
      '[1, 2; 3, 4]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'reads a nested literal',
      '[[1, 2], [3, 4]]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['reads a column literal', '[1; 2]', [[1], [2]]],
    ['computes with literals', '[1, 2; 3, 4] * [1; 1]', [[3], [7]]],
    ['uses formulas inside a literal', '[2 * x, -x]', [[1, -0.5]]],
    ['knows pi and e', '[pi, e]', [[Math.PI, Math.E]]],
    ['reads a half as 1/2', '1/2 * sum((W1 - A).^2)', [[0.5 * (0.1 ** 2 + 0.8 ** 2)]]],
  ];

  it.each(cases)('%s: %s', (_behaviour, text, expected) => {
    expectClose(value(text), expected, 1e-14);
  });
});

describe('evaluate (formulas)', () => {
  const symbolic = (name: string, entries: string[][]) =>
    [name, fromGrid(entries.map((row) => row.map(symbolFormula)))] as const;
  const formulaScope = new Map<string, Mat<MathNode>>([
    symbolic('W2', [
      ['w3', 'w5'],
      ['w4', 'w6'],
    ]),
    symbolic('A', [['a1'], ['a2']]),
    symbolic('dY', [['d1'], ['d2']]),
    symbolic('x', [['x']]),
  ]);
  const formula = (text: string) =>
    evaluate(parseChecked(text), { algebra: formulas, scope: formulaScope }).data.map((row) =>
      row.map((node) => node.toString()),
    );

  it('writes each entry of a product as a sum of products', () => {
    expect(formula('W2 * A')).toEqual([['w3 * a1 + w5 * a2'], ['w4 * a1 + w6 * a2']]);
  });

  it('writes each entry of a transposed product', () => {
    expect(formula("W2' * dY")).toEqual([['w3 * d1 + w4 * d2'], ['w5 * d1 + w6 * d2']]);
  });

  it('writes an outer product entry by entry', () => {
    expect(formula("dY * A'")).toEqual([
      ['d1 * a1', 'd1 * a2'],
      ['d2 * a1', 'd2 * a2'],
    ]);
  });

  it('drops multiplications by 1 and additions of 0', () => {
    expect(formula('[1, 0] * A + 0')).toEqual([['a1']]);
  });

  it('keeps relu and step as calls', () => {
    expect(formula('relu(A) .* step(x)')).toEqual([['relu(a1) * step(x)'], ['relu(a2) * step(x)']]);
  });

  it('gives formulas that evaluate to the numeric result', () => {
    const text = "(W2' * dY) .* step(A) * x";
    const at = {
      w3: 0.3,
      w4: -0.2,
      w5: 0.5,
      w6: 0.7,
      a1: 0.3,
      a2: -0.2,
      d1: -0.8,
      d2: 1.1,
      x: 0.5,
    };
    const numeric = new Map(Object.entries(at).map(([k, v]) => [k, fromGrid([[v]])]));
    const asNumbers = formula(text).map((row) =>
      row.map((f) => evaluate(parseChecked(f), { algebra: numbers, scope: numeric }).data[0]![0]!),
    );

    const dA = [0.3 * -0.8 + -0.2 * 1.1, 0.5 * -0.8 + 0.7 * 1.1];
    expectClose(asNumbers, [[dA[0]! * 1 * 0.5], [dA[1]! * 0 * 0.5]], 1e-14);
  });
});

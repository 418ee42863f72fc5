/**
 * Answers for the fuzz suite from a grammar over the seed lesson's names, operators and
 * functions: what the evaluator allows, and that mixed with what it refuses.
 */
import fc from 'fast-check';
import { FUNCTION_NAMES } from '../../src/engine/evaluate.js';

/** Names in the seed lesson, some visible only at later stages, and names that must stay out. */
export const NAMES = [
  ...['W1', 'w1', 'w2', 'B', 'b1', 'b2', 'W2', 'w3', 'w4', 'w5', 'w6', 'x', 'T', 't1', 't2'],
  ...['lr', 'pi', 'e', 'Z', 'z1', 'A', 'a2', 'Y', 'y1', 'L', 'dY', 'dW2', 'dA', 'dZ', 'dW1', 'dB'],
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ANSWER', 'EXPECTED', 'end'],
  ...['i', 'NaN', 'Infinity', 'true', 'null', 'undefined', 'cm', 'q', 'Β', '$'],
];

const NUMBERS = ['0', '1', '2', '0.5', '.5', '3.', '1e309', '1e-400', '1e7', '0x1F', '0b101'];

const FUNCTIONS = [...FUNCTION_NAMES, 'cos', 'import', 'evaluate', 'parse', 'simplify'];
const REFUSED_FUNCTIONS = ['zeros', 'ones', 'createUnit', 'derivative', 'f', 'constructor'];

const BINARY = ['+', '-', '*', '/', '.*', './', '.^', '^', '<', '>', '<=', '>='];
const ODD_BINARY = [
  ':',
  ' ',
  ' mod ',
  ' to ',
  ' in ',
  ' xor ',
  '|',
  '>>',
  '!=',
  '==',
  '&',
  ' and ',
];

const leaf = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 4 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
);

const spaced = fc.constantFrom('', ' ', '  ');

/** Rows of leaves, 1 to 3 by 1 to 3, all of one length. */
const rectangle = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(leaf, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/**
 * Expressions from a grammar of what the evaluator allows; `isHostile` adds what it refuses
 * (accessors, assignments, objects, ranges, refused functions and operators, strings).
 */
function grammar(isHostile: boolean): fc.Arbitrary<string> {
  return fc.letrec<{ expr: string }>((tie) => {
    const expr = tie('expr');
    const allowed = [
      fc.tuple(expr, spaced, fc.constantFrom(...BINARY), spaced, expr).map((p) => p.join('')),
      fc.tuple(fc.constantFrom('-', '+'), expr).map((p) => p.join('')),
      expr.map((e) => `${e}'`),
      fc
        .tuple(fc.constantFrom(...FUNCTION_NAMES), fc.array(expr, { minLength: 1, maxLength: 2 }))
        .map(([name, args]) => `${name}(${args.join(', ')})`),
      rectangle.map((rows) => `[${rows.map((row) => row.join(', ')).join('; ')}]`),
      expr.map((e) => `(${e})`),
    ];
    const hostile = [
      fc.tuple(fc.constantFrom('not ', '~'), expr).map((p) => p.join('')),
      fc.tuple(expr, fc.constantFrom('!', '.constructor', '["a"]', '[1]')).map((p) => p.join('')),
      fc
        .tuple(
          fc.constantFrom(...FUNCTIONS, ...REFUSED_FUNCTIONS),
          fc.array(expr, { maxLength: 3 }),
        )
        .map(([name, args]) => `${name}(${args.join(', ')})`),
      fc
        .array(fc.array(expr, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
        .map((rows) => `[${rows.map((row) => row.join(', ')).join('; ')}]`),
      fc.tuple(expr, fc.constantFrom(...ODD_BINARY), expr).map((p) => p.join('')),
      fc.tuple(expr, expr, expr).map(([a, b, c]) => `${a} ? ${b} : ${c}`),
      expr.map((e) => `x = ${e}`),
      expr.map((e) => `f(x) = ${e}`),
      expr.map((e) => `{a: ${e}}`),
      expr.map((e) => `"${e}"`),
    ];
    const branches = isHostile ? [...allowed, ...hostile] : allowed;
    return { expr: fc.oneof({ maxDepth: 6, depthSize: 'small' }, leaf, ...branches) };
  }).expr;
}

/** Expressions the evaluator understands, over names visible or not at the stage. */
export const allowedAnswer = grammar(false);

/** Expressions that mix allowed and refused constructs. */
export const hostileAnswer = grammar(true);

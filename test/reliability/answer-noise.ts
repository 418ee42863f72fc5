/**
 * Answers for the fuzz suite that are not built from the grammar: right answers after random
 * edits, raw bytes, escape sequences mixed into answers, and runaway repetitions.
 */
import fc from 'fast-check';
import { SEED_ANSWERS } from '../engine/seed-lesson.js';
import { NAMES } from './answer-grammar.js';

/** Right answers of the seed lesson's stages, and equivalent forms. */
const RIGHT_ANSWERS = [
  ...SEED_ANSWERS,
  "(W2' * (Y - T)) .* drelu(Z) * x",
  '[w1 * x + b1; w2 * x + b2]',
];

/** Terminal control and escape sequences, and characters that confuse a display. */
const ESCAPES = [
  '\u001b[2J',
  '\u001b[31m',
  '\u001b[H',
  '\u001b]52;c;cm0gLXJmIH4=\u0007',
  '\u001b]8;;http://example.invalid\u001b\\',
  '\u001bP+q\u001b\\',
  '\u009b2J',
  '\u0000',
  '\u0007',
  '\b',
  '\r',
  '\n',
  '\t',
  '\u007f',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\ud800',
  '\udc00',
];

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number };

const piece = fc.oneof(
  fc.constantFrom('(', ')', '[', ']', ',', ';', "'", '*', '.', '^', '#', '"', ':', '=', ' '),
  fc.constantFrom(...NAMES, ...ESCAPES),
  fc.string({ unit: 'binary', maxLength: 2 }),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: piece }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
);

function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(at + 1);
    case 'duplicate':
      return (
        text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length)
      );
  }
}

/** A right answer and the same answer after one to five random edits. */
export const mutatedAnswer = fc
  .tuple(fc.constantFrom(...RIGHT_ANSWERS), fc.array(edit, { minLength: 1, maxLength: 5 }))
  .map(([right, edits]) => ({ right, answer: edits.reduce(applyEdit, right) }));

/** Random bytes read as Latin-1 and as UTF-8 (with replacement characters), and raw code points. */
export const byteAnswer = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Pieces of right answers with escape sequences and control characters between them. */
export const escapeAnswer = fc
  .array(fc.oneof(fc.constantFrom(...ESCAPES), fc.constantFrom(...RIGHT_ANSWERS), piece), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

/** One piece repeated up to past the length limit: the shapes of runaway answers. */
export const longAnswer = fc
  .tuple(
    fc.constantFrom('x+', 'W2*', '(', '-', "'", '[1,', '[1;', 'relu(', '(W2*W2)*', 'x ', ' '),
    fc.integer({ min: 1, max: 1100 }),
    fc.constantFrom('', 'x', 'W2', '1]', ')'),
  )
  .map(([part, times, end]) => part.repeat(times) + end);

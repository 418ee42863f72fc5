/**
 * Building blocks of the lesson schema: strict maps, texts, names, grids.
 */
import { z } from 'zod';
import { quote } from './errors.js';

/** Lesson ids and diagnosis ids. */
export const ID_PATTERN = /^[a-z0-9-]+$/;

/** Matrix, entry and alias names: what an expression can refer to. */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Separates the known keys inside an unknown-key message; see issue-message.ts. */
export const KNOWN_KEYS_PREFIX = 'known keys: ';

/**
 * A map with exactly these keys. Its unknown-key issue carries the known keys, so the message
 * can list them and suggest the closest one.
 */
export function strict<Shape extends z.core.$ZodLooseShape>(shape: Shape, what = 'a map') {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `${KNOWN_KEYS_PREFIX}${known}`;
      if (issue.code === 'invalid_type' && issue.input !== undefined) {
        return `expected ${what} with keys ${known}; got ${quote(issue.input)}`;
      }
      return undefined;
    },
  });
}

/** A string with something besides spaces in it. */
export const nonEmpty = z.string().regex(/\S/, { error: 'must not be empty' });

/** A name an expression can use, like `W1`, `z1` or `dW2`. */
export const name = z.string().regex(NAME_PATTERN, {
  error: (issue) =>
    `expected a name of letters, digits and "_" that starts with a letter, got ${quote(issue.input)}`,
});

/** An id like `matrix-backprop`. */
export const id = z.string().regex(ID_PATTERN, {
  error: (issue) =>
    `expected an id of lowercase letters, digits and "-", got ${quote(issue.input)}`,
});

const textShape = { ko: nonEmpty.optional(), en: nonEmpty.optional() };

/** Learner-facing text: `{ko: "...", en: "..."}`, at least one of them. */
export const text = strict(textShape, 'a text').refine(
  (t) => t.ko !== undefined || t.en !== undefined,
  { error: 'give the text in "ko", "en" or both' },
);

/** A text that fits on one line (lesson list descriptions). */
export const lineText = text.refine((t) => ![t.ko, t.en].some((s) => s?.trim().includes('\n')), {
  error: 'must be one line; it is shown in the lesson list',
});

/**
 * A non-empty rectangular grid: `[[a, b], [c, d]]`. A row of another length is reported at
 * that row.
 */
export function grid<Cell extends z.ZodType>(cell: Cell) {
  return z
    .array(z.array(cell).min(1), { error: gridTypeError })
    .min(1)
    .check((ctx) => {
      const width = ctx.value[0]?.length ?? 0;
      ctx.value.forEach((row, i) => {
        if (row.length === width) return;
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: [i],
          message: `row ${i + 1} has ${row.length} entries but row 1 has ${width}; rows must be equally long`,
        });
      });
    });
}

function gridTypeError(issue: { code: string; input?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type' || issue.input === undefined) return undefined;
  return `expected a matrix as a list of rows, like [[1], [2]]; got ${quote(issue.input)}`;
}

/** `rows x cols` of a grid that passed `grid()`. */
export function gridShape(rows: unknown[][]): string {
  return `${rows.length}x${rows[0]?.length ?? 0}`;
}

/**
 * A map from names to `value`, in the order written. Keys that are not names are reported at
 * the key; `__proto__` is one of them and never reaches the output.
 */
export function nameMap<Value extends z.ZodType>(value: Value) {
  const keys = z.unknown().check((ctx) => {
    const input = ctx.value;
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return;
    for (const key of Object.keys(input)) {
      if (NAME_PATTERN.test(key)) continue;
      ctx.issues.push({
        code: 'custom',
        input: key,
        path: [key],
        params: { atKey: true },
        message: `${quote(key)} is not a name; use letters, digits and "_", starting with a letter`,
      });
    }
  });
  return z.intersection(keys, z.record(z.string(), value, { error: mapTypeError }));
}

function mapTypeError(issue: { code: string; input?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type' || issue.input === undefined) return undefined;
  return `expected a map of names, like "W1: {...}"; got ${quote(issue.input)}`;
}

/**
 * The schema of a lesson file as written (docs/authoring.md describes every key). It checks
 * types and local structure; relations between parts are checked in structure.ts and the maths
 * by the engine.
 */
import { z } from 'zod';
import { quote } from './errors.js';
import {
  gridShape,
  grid,
  id,
  lineText,
  name,
  nameMap,
  nonEmpty,
  strict,
  text,
} from './schema-parts.js';

/** The most updates a lesson may ask for; each one is a full pass of stages. */
export const MAX_UPDATES = 100;

const positiveInt = z
  .int({
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input !== undefined
        ? `expected an integer, got ${quote(issue.input)}`
        : undefined,
  })
  .min(1);

const range = z
  .tuple([z.number(), z.number()], { error: 'expected [low, high], two numbers' })
  .refine(([low, high]) => low < high, { error: 'low must be smaller than high' });

const symbol = strict({
  role: z.enum(['parameter', 'data', 'target']),
  entries: grid(name),
  value: grid(z.number()),
  vary: range.optional(),
}).check((ctx) => {
  const { entries, value } = ctx.value;
  const shapes = [gridShape(entries), gridShape(value)];
  if (shapes[0] === shapes[1]) return;
  ctx.issues.push({
    code: 'custom',
    input: value,
    path: ['value'],
    message: `value is ${shapes[1]} but entries is ${shapes[0]}; give one number per entry`,
  });
});

const forward = strict({ entries: grid(name), expr: nonEmpty });

const loss = strict({ name, expr: nonEmpty });

const training = strict({
  learningRate: z.number().positive(),
  updates: positiveInt.max(MAX_UPDATES),
});

const mistake = strict({ answer: nonEmpty, feedback: text });

const link = strict({
  entry: z.tuple([positiveInt, positiveInt], { error: 'expected [row, col], two integers' }),
  name: nonEmpty,
  chain: nonEmpty,
  formula: nonEmpty,
});

const stage = strict({
  asks: nonEmpty,
  kind: z.enum(['forward', 'gradient', 'update']).optional(),
  alias: name.optional(),
  prompt: text,
  expected: nonEmpty,
  hints: z.array(text).default([]),
  explanation: text,
  mistakes: z.array(mistake).default([]),
  links: z.array(link).default([]),
});

const diagnosis = strict({
  id,
  match: nonEmpty,
  message: text,
  stages: z.array(nonEmpty).min(1).optional(),
});

/** A whole lesson file. */
export const lessonSchema = strict(
  {
    id,
    version: positiveInt,
    title: text,
    description: lineText,
    intro: text,
    symbols: nameMap(symbol).refine((map) => Object.keys(map).length > 0, {
      error: 'needs at least one symbol',
    }),
    forward: nameMap(forward),
    loss,
    training,
    diagnoses: z.array(diagnosis).default([]),
    stages: z.array(stage).min(1),
  },
  'a lesson map',
);

/** A lesson file that passed the schema, before names are resolved. */
export type LessonDocument = z.output<typeof lessonSchema>;
export type StageDocument = z.output<typeof stage>;

/**
 * Turns zod issues into author-facing messages that say what was expected and what was found.
 */
import type { z } from 'zod';
import { quote } from './errors.js';
import type { DocPath } from './model.js';
import { KNOWN_KEYS_PREFIX } from './schema-parts.js';
import { closest } from './suggest.js';

/** One schema problem, ready to be placed in the file. */
export interface SchemaProblem {
  /** The path shown in the message. */
  path: DocPath;
  /** The path whose position is reported, and whether the key (not the value) is meant. */
  at: { path: DocPath; key: boolean };
  detail: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'a map',
  record: 'a map',
  array: 'a list',
  tuple: 'a list',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The parse-level error map: messages for issues whose schema gave none of its own.
 * Missing keys are phrased by `describeIssues`, which knows the key.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `(${expected})`;
      return `expected ${expected}, got ${quote(issue.input)}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `(one of ${issue.values.map(quote).join(', ')})`;
      return `expected one of ${issue.values.map(quote).join(', ')}; got ${quote(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array')
        return `needs at least ${plural(Number(issue.minimum), 'item')}`;
      return issue.inclusive
        ? `must be at least ${issue.minimum}, got ${quote(issue.input)}`
        : `must be greater than ${issue.minimum}, got ${quote(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `allows at most ${plural(Number(issue.maximum), 'item')}`;
      return `must be at most ${issue.maximum}, got ${quote(issue.input)}`;
    default:
      return undefined;
  }
}

/** Splits and places zod issues: one problem per unknown key, missing keys at their map. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): SchemaProblem[] {
  return issues.flatMap((issue): SchemaProblem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');

    if (issue.code === 'unrecognized_keys') {
      const known = issue.message.startsWith(KNOWN_KEYS_PREFIX)
        ? issue.message.slice(KNOWN_KEYS_PREFIX.length).split(', ')
        : [];
      return issue.keys.map((key) => ({
        path,
        at: { path: [...path, key], key: true },
        detail: unknownKey(key, known),
      }));
    }

    const isMissing = issue.code === 'invalid_type' || issue.code === 'invalid_value';
    if (isMissing && issue.input === undefined && path.length > 0) {
      const parent = path.slice(0, -1);
      const key = String(path[path.length - 1]);
      return [{ path: parent, at: { path: parent, key: false }, detail: missingKey(key, issue) }];
    }

    const atKey = issue.code === 'custom' && issue.params?.atKey === true;
    return [{ path, at: { path, key: atKey }, detail: issue.message }];
  });
}

function unknownKey(key: string, known: string[]): string {
  const guess = closest(key, known);
  const hint = guess ? ` (did you mean "${guess}"?)` : '';
  return known.length > 0
    ? `unknown key ${quote(key)}${hint}; known keys: ${known.join(', ')}`
    : `unknown key ${quote(key)}`;
}

function missingKey(key: string, issue: z.core.$ZodIssue): string {
  const separator = issue.message.startsWith('(') ? ' ' : '; ';
  return `missing key "${key}"${separator}${issue.message}`;
}

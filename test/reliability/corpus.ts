/**
 * The adversarial answer corpus (test/fixtures/adversarial-answers.json), read and expanded:
 * `build` parts concatenated, the FN and KNOWN_Z shorthands of `expect.en` written out.
 */
import { readFileSync } from 'node:fs';
import type { ProblemCode, Verdict } from '../../src/engine/types.js';

export interface CorpusCase {
  name: string;
  /** What the stage asks, as the lesson writes it: `Z`, `dL/dW2`. */
  stage: string;
  answer: string;
  expect: {
    verdict: Verdict;
    code?: ProblemCode;
    params?: Record<string, string | number>;
    /** A 0-based column, or null when the problem must carry none. */
    column?: number | null;
    /** The whole English feedback: headline and detail lines joined by spaces. */
    en: string;
  };
}

interface RawCase extends Omit<CorpusCase, 'answer'> {
  answer?: string;
  build?: [string, number][];
}

interface RawCorpus {
  FN: string;
  KNOWN_Z: string;
  cases: RawCase[];
}

const FILE = new URL('../fixtures/adversarial-answers.json', import.meta.url);

/** Every case of the corpus, ready to check. */
export function loadCorpus(): CorpusCase[] {
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as RawCorpus;

  return raw.cases.map((c) => {
    const answer = c.answer ?? (c.build ?? []).map(([part, times]) => part.repeat(times)).join('');
    const en = c.expect.en
      .replace(/available: FN$/, `available: ${raw.FN}`)
      .replace(/known here: KNOWN_Z$/, `known here: ${raw.KNOWN_Z}`);
    return { name: c.name, stage: c.stage, answer, expect: { ...c.expect, en } };
  });
}

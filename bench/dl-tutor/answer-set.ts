/**
 * The fixed set of answers the check-latency benchmarks time: for every stage, the right
 * formula, the right numbers typed out, and typical wrong and unusable answers.
 */
import type { BenchEngine } from './engine-api.js';

export interface BenchAnswer {
  stageIndex: number;
  update: number;
  text: string;
  /**
   * `right` must be judged correct and `typed` numeric; `other` answers are mostly wrong or
   * invalid, but a transpose of a square or 1x1 result may be right.
   */
  kind: 'right' | 'typed' | 'other';
}

/** A matrix as a mathjs literal with full precision: `[0.3; 0.2]`. */
function literal(matrix: number[][]): string {
  return `[${matrix.map((row) => row.map(String).join(', ')).join('; ')}]`;
}

/** Every answer of the set for one stage at one update. */
export function stageAnswers(engine: BenchEngine, stageIndex: number, update: number) {
  const { expected, mistakes } = engine.stages[stageIndex]!;
  const answer = (text: string, kind: BenchAnswer['kind']): BenchAnswer => ({
    stageIndex,
    update,
    text,
    kind,
  });

  return [
    answer(expected, 'right'),
    answer(literal(engine.answerAt(stageIndex, update)), 'typed'),
    answer(`-(${expected})`, 'other'),
    answer(`2 * (${expected})`, 'other'),
    answer(`(${expected})'`, 'other'),
    ...mistakes.map((text) => answer(text, 'other')),
    answer(`${expected} +`, 'other'),
    answer(`${expected} + Q9`, 'other'),
  ];
}

/** The whole set: every stage at every update of the lesson. */
export function answerSet(engine: BenchEngine): BenchAnswer[] {
  const answers: BenchAnswer[] = [];
  for (let update = 1; update <= engine.updates; update++) {
    engine.stages.forEach((_, stageIndex) =>
      answers.push(...stageAnswers(engine, stageIndex, update)),
    );
  }

  return answers;
}

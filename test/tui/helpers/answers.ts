/**
 * Typing answers for the seed lesson: the expected formula of each stage, or its value at an
 * update as typed numbers (full precision, so they compare equal).
 */
import type { LessonEngine } from '../../../src/engine/lesson-engine.js';

/** `[[1, 2], [3, 4]]` as `[1, 2; 3, 4]`, every digit kept. */
export function numbersText(matrix: number[][]): string {
  if (matrix.length === 1 && matrix[0]!.length === 1) return String(matrix[0]![0]);
  return `[${matrix.map((row) => row.map(String).join(', ')).join('; ')}]`;
}

/** The stage's right answer as the lesson author wrote it. */
export function formulaOf(engine: LessonEngine, stage: number): string {
  return engine.stages[stage]!.def.expected;
}

/** The stage's right value at `update`, transposed. */
export function transposedNumbers(engine: LessonEngine, stage: number, update: number): string {
  const value = engine.answerAt(stage, update);
  return numbersText(value[0]!.map((_, j) => value.map((row) => row[j]!)));
}

/**
 * The one place the benchmarks call dl-tutor's engine in-process: load a lesson (schema,
 * structure, compile and self-check), then check answers. Loaded lazily, so a bench run that
 * has no engine yet still prints its baselines.
 */
import type { CheckResult } from '../../src/engine/types.js';

export interface BenchEngine {
  /** For each stage: what it asks, its expected answer and its authored wrong answers. */
  stages: { asks: string; expected: string; mistakes: string[] }[];
  updates: number;
  /** How many random points a formula answer is checked at besides the current values. */
  checkpoints: number;
  check(stageIndex: number, update: number, text: string): CheckResult;
  /** The right value of a stage at an update (for typed-number answers). */
  answerAt(stageIndex: number, update: number): number[][];
  lossAt(update: number): number;
  /** Every named value at an update, as plain matrices (for the mathjs baseline). */
  scopeAt(update: number): Map<string, number[][]>;
  learningRate: number;
}

/** Thrown when a lesson the benchmark relies on does not load. */
export class BenchLessonError extends Error {
  constructor(file: string, problems: string[]) {
    super(`The lesson ${JSON.stringify(file)} did not load:\n  ${problems.join('\n  ')}`);
    this.name = 'BenchLessonError';
  }
}

/** Loads a lesson from its text with the engine; `ms` covers loading and self-checking. */
export async function loadBenchEngine(
  text: string,
  file: string,
): Promise<{ engine: BenchEngine; ms: number }> {
  const { loadLessonText } = await import('../../src/lesson/load.js');
  const { LessonEngine, CHECKPOINTS } = await import('../../src/engine/lesson-engine.js');

  const started = performance.now();
  const loaded = await loadLessonText(text, file);
  if (!loaded.compiled) throw new BenchLessonError(file, loaded.errors.map(String));
  const engine = new LessonEngine(loaded.compiled);
  const ms = performance.now() - started;

  const stages = engine.lesson.stages.map((stage) => ({
    asks: stage.asks,
    expected: stage.expected,
    mistakes: stage.mistakes.map((mistake) => mistake.answer),
  }));
  const scopeAt = (update: number) =>
    new Map([...engine.scopeAt(update)].map(([name, value]) => [name, value.data]));

  return {
    ms,
    engine: {
      stages,
      updates: engine.updates,
      checkpoints: CHECKPOINTS,
      check: (stageIndex, update, answer) => engine.check(stageIndex, update, answer),
      answerAt: (stageIndex, update) => engine.answerAt(stageIndex, update),
      lossAt: (update) => engine.lossAt(update),
      scopeAt,
      learningRate: engine.lesson.training.learningRate,
    },
  };
}

/** Whether the engine's sources exist yet. */
export async function isEngineAvailable(): Promise<boolean> {
  try {
    await import('../../src/engine/lesson-engine.js');
    await import('../../src/lesson/load.js');

    return true;
  } catch {
    return false;
  }
}

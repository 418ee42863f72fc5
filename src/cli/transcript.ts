/**
 * The whole lesson worked out, with no questions: starting values, the gradients as formulas,
 * and for each update its forward pass, its gradients and the parameters after it. `run`
 * prints it as JSON or as a table; `export --numpy` prints the same numbers from Python.
 */
import type { LessonEngine } from '../engine/lesson-engine.js';
import type { NumMatrix } from '../engine/types.js';

/** A matrix, or a number where the transcript promises one (the loss, 1x1 data). */
export type TranscriptValue = number | NumMatrix;

export interface TranscriptStep {
  /** Forward results and the loss before this update. */
  forward: Record<string, TranscriptValue>;
  /** Every gradient stage's answer before this update, keyed by what it asks (`dL/dW2`). */
  gradients: Record<string, NumMatrix>;
  /** The parameters after this update. */
  params: Record<string, NumMatrix>;
}

export interface Transcript {
  lesson: string;
  learningRate: number;
  /** Data and targets; a 1x1 one as a number. */
  data: Record<string, TranscriptValue>;
  /** The parameters before the first update. */
  initial: Record<string, NumMatrix>;
  /** Per-entry formulas of each parameter's gradient, in the starting symbols' entry names. */
  symbolic: Record<string, string[][]>;
  steps: TranscriptStep[];
}

function isScalar(matrix: NumMatrix): boolean {
  return matrix.length === 1 && matrix[0]!.length === 1;
}

/**
 * Forward results as matrices and the loss as a number, before update `update`;
 * `engine.updates + 1` gives the pass after the last update (not part of the JSON shape).
 */
export function forwardAt(engine: LessonEngine, update: number): Record<string, TranscriptValue> {
  const scope = engine.scopeAt(update);
  const forward: Record<string, TranscriptValue> = {};
  for (const step of engine.compiled.plan.forward) forward[step.name] = scope.get(step.name)!.data;
  forward[engine.compiled.plan.loss.name] = engine.lossAt(update);
  return forward;
}

function parametersAt(engine: LessonEngine, update: number): Record<string, NumMatrix> {
  const symbols = engine.symbolsByUpdate[update - 1]!;
  return Object.fromEntries(engine.compiled.parameters.map((p) => [p, symbols.get(p)!.data]));
}

/** The gradient stages of the parameters, in parameter order. */
function parameterGradients(engine: LessonEngine) {
  const gradients = engine.stages.filter((s) => s.kind === 'gradient');
  return engine.compiled.parameters.flatMap((p) => gradients.filter((s) => s.target === p));
}

/**
 * @example buildTranscript(engine).steps[0]!.forward.L  // 0.91125 for matrix-backprop
 */
export function buildTranscript(engine: LessonEngine): Transcript {
  const start = engine.symbolsByUpdate[0]!;
  const data: Record<string, TranscriptValue> = {};
  for (const symbol of engine.lesson.symbols) {
    if (symbol.role === 'parameter') continue;
    const value = start.get(symbol.name)!.data;
    data[symbol.name] = isScalar(value) ? value[0]![0]! : value;
  }

  const symbolic = Object.fromEntries(
    parameterGradients(engine).map((s) => [s.asks, engine.formulas(s.index, 'expanded')]),
  );

  const gradientStages = engine.stages.filter((s) => s.kind === 'gradient');
  const steps = Array.from({ length: engine.updates }, (_, k): TranscriptStep => {
    const update = k + 1;
    const gradients = Object.fromEntries(
      gradientStages.map((s) => [s.asks, engine.answerAt(s.index, update)]),
    );
    return {
      forward: forwardAt(engine, update),
      gradients,
      params: parametersAt(engine, update + 1),
    };
  });

  return {
    lesson: engine.lesson.id,
    learningRate: engine.lesson.training.learningRate,
    data,
    initial: parametersAt(engine, 1),
    symbolic,
    steps,
  };
}

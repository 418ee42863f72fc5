/** The engine's form of a lesson: parsed expressions, shapes, and who may see which name. */
import type { MathNode } from 'mathjs';
import type { DiagnosisDef, Lesson, StageDef, StageKind, Text } from '../lesson/model.js';
import type { ForwardPlan } from './forward.js';
import type { Mat } from './matrix.js';
import type { Shape } from './types.js';

export interface CompiledMistake {
  /** Index in the stage's `mistakes` list. */
  index: number;
  node: MathNode;
  feedback: Text;
}

export interface CompiledStage {
  index: number;
  def: StageDef;
  /** What is asked, as the lesson writes it: `Z`, `dL/dW2`, `W1`. */
  asks: string;
  kind: StageKind;
  /** The matrix computed (forward), differentiated against (gradient) or updated (update). */
  target: string;
  /** The name later stages may use for this stage's result (`Z`, `dW2`); none for updates. */
  resultName?: string;
  shape: Shape;
  expected: MathNode;
  /** Names asked at this stage or later, so not in scope here. */
  hidden: ReadonlySet<string>;
  mistakes: CompiledMistake[];
}

export interface CompiledDiagnosis {
  def: DiagnosisDef;
  node: MathNode;
}

export interface CompiledLesson {
  lesson: Lesson;
  plan: ForwardPlan;
  stages: CompiledStage[];
  diagnoses: CompiledDiagnosis[];
  /** Names of the parameters, in lesson order. */
  parameters: string[];
  /** The lesson's starting values of every symbol. */
  initial: ReadonlyMap<string, Mat<number>>;
}

/** Names an expression may not define because the engine gives them a meaning. */
export const RESERVED_NAMES = ['lr', 'pi', 'e', 'ANSWER', 'EXPECTED'];

/** `dL/dW2` -> `W2` when the loss is L. */
export function gradientTarget(asks: string, lossName: string): string | undefined {
  const prefix = `d${lossName}/d`;
  return asks.startsWith(prefix) ? asks.slice(prefix.length) : undefined;
}

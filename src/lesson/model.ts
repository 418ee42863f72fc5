/**
 * The lesson model: what a lesson file says once it has been parsed and its structure checked.
 * The engine compiles it; nothing here knows about YAML or the terminal.
 */

/** Learner-facing text in both languages. A missing language falls back to the other one. */
export interface Text {
  ko?: string;
  en?: string;
}

export type Lang = 'ko' | 'en';

/** A row-major matrix of scalar names or numbers: `[[w3, w5], [w4, w6]]`. */
export type Grid<T> = T[][];

/** Which part of the network a given matrix plays. */
export type SymbolRole = 'parameter' | 'data' | 'target';

/** A matrix the lesson starts with: its scalar entry names and its value. */
export interface SymbolDef {
  name: string;
  role: SymbolRole;
  /** Names of the scalar entries, e.g. `[['w1'], ['w2']]`. A 1x1 matrix is a scalar. */
  entries: Grid<string>;
  /** Starting value (parameters) or the data itself (data, targets). */
  value: Grid<number>;
  /** Range of each entry for randomised variants (`--seed`): `[low, high]`. */
  vary?: [number, number];
}

/** One forward equation: `Z = W1 * x + B`. */
export interface ForwardDef {
  name: string;
  entries: Grid<string>;
  /** A matrix expression in mathjs syntax over earlier symbols. */
  expr: string;
}

/** The scalar loss: `L = 1/2 * sum((Y - T).^2)`. */
export interface LossDef {
  name: string;
  expr: string;
}

export type StageKind = 'forward' | 'gradient' | 'update';

/** A typical wrong answer an author anticipates, checked before the built-in diagnoses. */
export interface AuthoredMistake {
  answer: string;
  feedback: Text;
}

/** Link from one entry of a gradient matrix to the scalar chain rule of the source lesson. */
export interface EntryLink {
  /** 1-based `[row, col]`. */
  entry: [number, number];
  /** Scalar name, e.g. `dL/dw3`. */
  name: string;
  /** The chain rule as the source writes it, e.g. `dL/dy1 * dy1/dw3`. Display only. */
  chain: string;
  /** The scalar formula in the lesson's entry names, e.g. `(y1 - t1) * a1`; checked. */
  formula: string;
}

/** One question of the session: the learner types one matrix. */
export interface StageDef {
  /** What is asked: a forward name (`Z`, `L`), a gradient (`dL/dW2`) or a parameter (`W1`). */
  asks: string;
  kind: StageKind;
  /** Name learners may use for this stage's result in later answers (`dW2` for `dL/dW2`). */
  alias?: string;
  prompt: Text;
  /** The answer in matrix form, in mathjs syntax. */
  expected: string;
  hints: Text[];
  explanation: Text;
  mistakes: AuthoredMistake[];
  links: EntryLink[];
}

/** A lesson-level diagnosis: an answer is this mistake when `match` of it equals EXPECTED. */
export interface DiagnosisDef {
  id: string;
  /** Expression over `ANSWER` and the lesson's symbols, e.g. `ANSWER .* step(Z)`. */
  match: string;
  message: Text;
  /** Stage names it applies to; all stages when absent. */
  stages?: string[];
}

export interface TrainingDef {
  learningRate: number;
  updates: number;
}

export interface Lesson {
  id: string;
  version: number;
  title: Text;
  description: Text;
  intro: Text;
  symbols: SymbolDef[];
  forward: ForwardDef[];
  loss: LossDef;
  training: TrainingDef;
  stages: StageDef[];
  diagnoses: DiagnosisDef[];
}

/**
 * Where a value sits in the lesson document, as keys and indices from its root:
 * `['stages', 3, 'expected']`. The loader turns it into `file:line:col`.
 */
export type DocPath = (string | number)[];

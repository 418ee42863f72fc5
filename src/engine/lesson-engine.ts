/**
 * The engine as the session and the CLI use it: one compiled lesson at one set of starting
 * values, with its training trajectory, answer checking at any update, and formulas.
 */
import type { Lesson } from '../lesson/model.js';
import { checkAnswer, previewAnswer, type AnswerContext } from './check-answer.js';
import { compileLesson } from './compile.js';
import type { CompiledLesson, CompiledStage } from './compiled.js';
import { checkPoint, type CheckPoint } from './diagnose.js';
import { stageFormulas, type FormulaForm } from './formulas.js';
import { exactGradient } from './gradient.js';
import type { Mat } from './matrix.js';
import { pointScope, stageValue, type Scope } from './point.js';
import { kinkDistance, randomPoints, drawSymbols } from './points.js';
import { seeded } from './random.js';
import { trajectory } from './train.js';
import type { CheckResult, LessonIssue, NumMatrix, Preview } from './types.js';

/** How many random points a formula must agree at besides the current values. */
export const CHECKPOINTS = 8;

export class LessonEngine {
  readonly compiled: CompiledLesson;
  readonly lesson: Lesson;
  /** Symbol values before update 1, 2, ... and after the last. */
  readonly symbolsByUpdate: Scope[];
  private readonly points: Scope[];
  private readonly randomScopes: Scope[];
  private readonly contexts = new Map<string, AnswerContext>();

  constructor(compiled: CompiledLesson, start: Scope = compiled.initial) {
    this.compiled = compiled;
    this.lesson = compiled.lesson;
    this.symbolsByUpdate = trajectory(compiled, start, compiled.lesson.training.updates);
    this.points = this.symbolsByUpdate.map((symbols) => pointScope(compiled, symbols));
    const random = seeded(7919);
    this.randomScopes = randomPoints(compiled, random, CHECKPOINTS).map((symbols) =>
      pointScope(compiled, symbols),
    );
  }

  /** Compiles and self-checks a lesson; `engine` is set only when there is no issue. */
  static fromLesson(lesson: Lesson): { engine?: LessonEngine; issues: LessonIssue[] } {
    const { compiled, issues } = compileLesson(lesson);
    return compiled ? { engine: new LessonEngine(compiled), issues } : { issues };
  }

  get stages(): readonly CompiledStage[] {
    return this.compiled.stages;
  }

  get updates(): number {
    return this.lesson.training.updates;
  }

  /** Every named value before update `update` (1-based); `updates + 1` is after the last. */
  scopeAt(update: number): Scope {
    const scope = this.points[update - 1];
    if (!scope) throw new RangeError(`update ${update} is outside 1..${this.points.length}`);
    return scope;
  }

  /** The right answer of a stage at an update: a copy, since it may be one of the scope's. */
  answerAt(stageIndex: number, update: number): NumMatrix {
    const value = stageValue(this.compiled, this.scopeAt(update), this.stages[stageIndex]!);
    return value.data.map((row) => [...row]);
  }

  /** The loss before update `update`; `updates + 1` gives the loss after the last update. */
  lossAt(update: number): number {
    return this.scopeAt(update).get(this.compiled.plan.loss.name)!.data[0]![0]!;
  }

  /** dL/d(name) at an update, derived from the lesson's equations. */
  gradientAt(name: string, update: number): NumMatrix {
    return exactGradient(this.compiled.plan, this.symbolsByUpdate[update - 1]!, name).data;
  }

  check(stageIndex: number, update: number, text: string): CheckResult {
    return checkAnswer(this.context(stageIndex, update), text);
  }

  preview(stageIndex: number, update: number, text: string): Preview {
    return previewAnswer(this.context(stageIndex, update), text);
  }

  /** Per-entry formulas of a stage's answer. */
  formulas(stageIndex: number, form: FormulaForm): string[][] {
    return stageFormulas(this.compiled, this.stages[stageIndex]!, form);
  }

  /**
   * The same lesson at starting values drawn from the lesson's `vary` ranges, reproducible by
   * seed, staying clear of ReLU kinks through every update.
   */
  variant(seed: number): LessonEngine {
    const random = seeded(seed);
    let best: Map<string, Mat<number>> | undefined;
    let bestDistance = -1;
    for (let tries = 0; tries < 200 && bestDistance < 0.05; tries++) {
      const symbols = drawSymbols(this.compiled, random);
      const path = trajectory(this.compiled, symbols, this.updates);
      const distance = Math.min(...path.map((s) => kinkDistance(this.compiled, s)));
      if (distance > bestDistance) [best, bestDistance] = [symbols, distance];
    }
    return new LessonEngine(this.compiled, best);
  }

  private context(stageIndex: number, update: number): AnswerContext {
    const key = `${stageIndex}:${update}`;
    const known = this.contexts.get(key);
    if (known) return known;

    const stage = this.stages[stageIndex];
    if (!stage) throw new RangeError(`stage ${stageIndex} is outside 0..${this.stages.length - 1}`);
    const point = (scope: Scope): CheckPoint => checkPoint(this.compiled, stage, scope);
    const context = {
      compiled: this.compiled,
      stage,
      current: point(this.scopeAt(update)),
      checkpoints: this.randomScopes.map(point),
    };
    this.contexts.set(key, context);
    return context;
  }
}

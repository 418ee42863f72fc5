/**
 * Turns a lesson model into a CompiledLesson, collecting every problem on the way as a
 * LessonIssue that points into the lesson document. Numeric self-checks are in self-check.ts.
 *
 * @example compileLesson(lesson).issues  // [] for a good lesson
 */
import type { MathNode } from 'mathjs';
import type { DocPath, Lesson, StageDef, StageKind } from '../lesson/model.js';
import { numbers } from './algebra.js';
import {
  gradientTarget,
  RESERVED_NAMES,
  type CompiledLesson,
  type CompiledStage,
} from './compiled.js';
import { ExpressionError } from './errors.js';
import { evaluate, FUNCTION_NAMES } from './evaluate.js';
import { addWithEntries, baseScope, type ForwardPlan } from './forward.js';
import { parseChecked } from './guard.js';
import { formatShape, fromGrid, sameShape, shapeOf, type Mat } from './matrix.js';
import { stageScope } from './point.js';
import { selfCheck } from './self-check.js';
import type { LessonIssue, Shape } from './types.js';

export interface CompileResult {
  compiled?: CompiledLesson;
  issues: LessonIssue[];
}

class IssueList {
  readonly items: LessonIssue[] = [];

  add(path: DocPath, message: string, column?: number): void {
    this.items.push(column === undefined ? { path, message } : { path, message, column });
  }

  /** Parses `text`; on failure records the problem at `path` and returns undefined. */
  parse(text: string, path: DocPath): MathNode | undefined {
    try {
      return parseChecked(text);
    } catch (error) {
      this.fromError(error, path);
      return undefined;
    }
  }

  /** Evaluates numerically; on failure records the problem at `path`. */
  evaluate(node: MathNode, scope: Map<string, Mat<number>>, text: string, path: DocPath) {
    try {
      return evaluate(node, { algebra: numbers, scope, source: text });
    } catch (error) {
      this.fromError(error, path);
      return undefined;
    }
  }

  fromError(error: unknown, path: DocPath): void {
    if (error instanceof ExpressionError) this.add(path, error.message, error.problem.column);
    else throw error;
  }
}

function inferKind(
  stage: StageDef,
  lesson: Lesson,
  forwardNames: Set<string>,
): StageKind | undefined {
  if (gradientTarget(stage.asks, lesson.loss.name) !== undefined) return 'gradient';
  if (forwardNames.has(stage.asks) || stage.asks === lesson.loss.name) return 'forward';
  const symbol = lesson.symbols.find((s) => s.name === stage.asks);
  return symbol?.role === 'parameter' ? 'update' : undefined;
}

function checkNames(lesson: Lesson, issues: IssueList): void {
  const seen = new Map<string, string>();
  const claim = (name: string, path: DocPath, what: string) => {
    if (RESERVED_NAMES.includes(name) || FUNCTION_NAMES.includes(name)) {
      issues.add(path, `"${name}" is reserved (a function or built-in name); choose another name`);
    } else if (seen.has(name)) {
      issues.add(path, `"${name}" is already used by ${seen.get(name)}; names must be unique`);
    } else {
      seen.set(name, what);
    }
  };

  for (const s of lesson.symbols) {
    claim(s.name, ['symbols', s.name], `symbol ${s.name}`);
    s.entries
      .flat()
      .forEach((e) => e !== s.name && claim(e, ['symbols', s.name, 'entries'], `${s.name}`));
  }
  for (const f of lesson.forward) {
    claim(f.name, ['forward', f.name], `forward ${f.name}`);
    f.entries
      .flat()
      .forEach((e) => e !== f.name && claim(e, ['forward', f.name, 'entries'], `${f.name}`));
  }
  claim(lesson.loss.name, ['loss', 'name'], 'the loss');
  lesson.stages.forEach((stage, i) => {
    if (stage.alias) claim(stage.alias, ['stages', i, 'alias'], `the alias of ${stage.asks}`);
  });
}

function makePlan(lesson: Lesson, issues: IssueList): ForwardPlan | undefined {
  const entryNames = new Map<string, string[][]>();
  lesson.symbols.forEach((s) => entryNames.set(s.name, s.entries));
  lesson.forward.forEach((f) => entryNames.set(f.name, f.entries));

  const forward = lesson.forward.map((f) => ({
    name: f.name,
    node: issues.parse(f.expr, ['forward', f.name, 'expr']),
  }));
  const lossNode = issues.parse(lesson.loss.expr, ['loss', 'expr']);
  if (!lossNode || forward.some((f) => !f.node)) return undefined;

  return {
    entryNames,
    forward: forward as { name: string; node: MathNode }[],
    loss: { name: lesson.loss.name, node: lossNode },
    learningRateName: 'lr',
    learningRate: lesson.training.learningRate,
  };
}

/** Runs the forward pass once at the lesson's values, reporting shapes and unknown names. */
function checkForward(
  lesson: Lesson,
  plan: ForwardPlan,
  initial: Map<string, Mat<number>>,
  issues: IssueList,
) {
  const scope = baseScope(plan, numbers, initial);

  for (const [index, step] of plan.forward.entries()) {
    const def = lesson.forward[index]!;
    const path = ['forward', def.name, 'expr'];
    const value = issues.evaluate(step.node, scope, def.expr, path);
    if (!value) return undefined;

    const declared = { rows: def.entries.length, cols: def.entries[0]?.length ?? 0 };
    if (!sameShape(shapeOf(value), declared)) {
      issues.add(
        path,
        `${def.name} = ${def.expr} is ${formatShape(shapeOf(value))}, but its entries are ${formatShape(declared)}`,
      );
      return undefined;
    }
    addWithEntries(scope, plan, def.name, value);
  }

  const loss = issues.evaluate(plan.loss.node, scope, lesson.loss.expr, ['loss', 'expr']);
  if (!loss) return undefined;
  if (loss.rows !== 1 || loss.cols !== 1) {
    issues.add(
      ['loss', 'expr'],
      `the loss must be 1x1 (a number), but it is ${formatShape(shapeOf(loss))}; wrap it in sum(...)`,
    );
    return undefined;
  }
  scope.set(plan.loss.name, loss);
  return scope;
}

function shapeOfName(name: string, scope: Map<string, Mat<number>>): Shape | undefined {
  const value = scope.get(name);
  return value ? shapeOf(value) : undefined;
}

function buildStages(lesson: Lesson, scope: Map<string, Mat<number>>, issues: IssueList) {
  const forwardNames = new Set(lesson.forward.map((f) => f.name));
  const produced: string[][] = [];
  const stages: Omit<CompiledStage, 'hidden'>[] = [];

  for (const [index, def] of lesson.stages.entries()) {
    const kind = inferKind(def, lesson, forwardNames);
    const path: DocPath = ['stages', index];
    if (!kind) {
      const known = [
        ...forwardNames,
        lesson.loss.name,
        ...lesson.symbols.filter((s) => s.role === 'parameter').map((s) => s.name),
      ];
      issues.add(
        [...path, 'asks'],
        `"${def.asks}" is not a forward name, a parameter or dL/d<name>; known: ${known.join(', ')}`,
      );
      continue;
    }
    if (def.kind && def.kind !== kind) {
      issues.add([...path, 'kind'], `"${def.asks}" is a ${kind} stage, not ${def.kind}`);
    }

    const target = kind === 'gradient' ? gradientTarget(def.asks, lesson.loss.name)! : def.asks;
    const shape = shapeOfName(target, scope);
    if (!shape) {
      issues.add(
        [...path, 'asks'],
        `"${def.asks}" names "${target}", which is not a symbol or forward name`,
      );
      continue;
    }

    const resultName =
      kind === 'update' ? undefined : kind === 'gradient' ? (def.alias ?? `d${target}`) : target;
    const names =
      kind === 'forward'
        ? [target, ...(lesson.forward.find((f) => f.name === target)?.entries.flat() ?? [])]
        : resultName
          ? [resultName]
          : [];
    produced.push(names);

    const expected = issues.parse(def.expected, [...path, 'expected']);
    const mistakes = def.mistakes.flatMap((m, i) => {
      const node = issues.parse(m.answer, [...path, 'mistakes', i, 'answer']);
      return node ? [{ index: i, node, feedback: m.feedback }] : [];
    });
    if (expected)
      stages.push({
        index,
        def,
        asks: def.asks,
        kind,
        target,
        shape,
        expected,
        mistakes,
        ...(resultName ? { resultName } : {}),
      });
  }

  return stages.map((stage) => {
    const later = produced.slice(lesson.stages.indexOf(stage.def)).flat();
    return { ...stage, hidden: new Set(later) };
  });
}

/** Evaluates each stage's expected answer once at the lesson's values, in that stage's scope. */
function checkStageExpressions(
  lesson: Lesson,
  plan: ForwardPlan,
  stages: CompiledStage[],
  scope: Map<string, Mat<number>>,
  issues: IssueList,
): void {
  // A stage whose answer failed leaves its name undefined; later uses are not new problems.
  const failed = new Set<string>();
  const fail = (stage: CompiledStage) => stage.resultName && failed.add(stage.resultName);
  for (const stage of stages) {
    const path: DocPath = ['stages', stage.index, 'expected'];
    const uses = stage.expected.filter((n) => n.type === 'SymbolNode' && failed.has(n.toString()));
    if (uses.length > 0) {
      fail(stage);
      continue;
    }
    const visible = stageScope(scope, stage);
    const value = issues.evaluate(stage.expected, visible, stage.def.expected, path);
    if (!value) {
      fail(stage);
      continue;
    }

    if (!sameShape(shapeOf(value), stage.shape)) {
      issues.add(
        path,
        `${stage.asks} must be ${formatShape(stage.shape)}, but ${stage.def.expected} is ${formatShape(shapeOf(value))}`,
      );
      fail(stage);
      continue;
    }
    if (stage.resultName && stage.kind === 'gradient')
      addWithEntries(scope, plan, stage.resultName, value);

    for (const mistake of stage.mistakes) {
      const answer = lesson.stages[stage.index]!.mistakes[mistake.index]!.answer;
      const where = ['stages', stage.index, 'mistakes', mistake.index, 'answer'];
      issues.evaluate(mistake.node, visible, answer, where);
    }
  }
}

/**
 * Compiles a lesson and checks it: names, expressions, shapes, every expected answer against the
 * engine's own derivatives, authored mistakes, entry links and diagnoses.
 */
export function compileLesson(lesson: Lesson): CompileResult {
  const issues = new IssueList();
  checkNames(lesson, issues);

  const initial = new Map(lesson.symbols.map((s) => [s.name, fromGrid(s.value)] as const));
  const plan = makePlan(lesson, issues);
  const scope = plan && checkForward(lesson, plan, initial, issues);
  if (!plan || !scope) return { issues: issues.items };

  const stages = buildStages(lesson, scope, issues);
  checkStageExpressions(lesson, plan, stages, scope, issues);
  const diagnoses = lesson.diagnoses.flatMap((def, i) => {
    const node = issues.parse(def.match, ['diagnoses', i, 'match']);
    return node ? [{ def, node }] : [];
  });
  const compiled: CompiledLesson = {
    lesson,
    plan,
    stages,
    diagnoses,
    parameters: lesson.symbols.filter((s) => s.role === 'parameter').map((s) => s.name),
    initial,
  };
  if (issues.items.length > 0) return { issues: issues.items };

  const problems = selfCheck(compiled);
  return problems.length > 0 ? { issues: problems } : { compiled, issues: [] };
}

/**
 * Turns a lesson's stage definitions into compiled stages, and evaluates each expected answer
 * and authored mistake once at the lesson's values.
 */
import type { DocPath, Lesson, StageDef, StageKind } from '../lesson/model.js';
import { gradientTarget, type CompiledStage } from './compiled.js';
import { addWithEntries, type ForwardPlan } from './forward.js';
import type { IssueList } from './issue-list.js';
import { formatShape, sameShape, shapeOf, type Mat } from './matrix.js';
import { stageScope } from './point.js';
import type { Shape } from './types.js';

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

function shapeOfName(name: string, scope: Map<string, Mat<number>>): Shape | undefined {
  const value = scope.get(name);
  return value ? shapeOf(value) : undefined;
}

/** Compiles each stage: its kind, target, shape, parsed answers and the names it hides. */
export function buildStages(lesson: Lesson, scope: Map<string, Mat<number>>, issues: IssueList) {
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
export function checkStageExpressions(
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

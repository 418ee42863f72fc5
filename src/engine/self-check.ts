/**
 * Load-time checks of a compiled lesson: every expected answer is compared, at the lesson's
 * values and at random points, with what the engine derives from the lesson's own equations —
 * exact derivatives, central finite differences and mathjs' symbolic derivative.
 */
import type { DocPath } from '../lesson/model.js';
import type { CompiledLesson, CompiledStage } from './compiled.js';
import { close, firstDifference } from './compare.js';
import { ExpressionError } from './errors.js';
import { exactGradient, finiteDifferenceGradient, symbolicGradient } from './gradient.js';
import { map, type Mat } from './matrix.js';
import { pointScope, stageValue } from './point.js';
import { randomPoints } from './points.js';
import { seeded } from './random.js';
import { checkDiagnoses, checkLinks, checkMistakes } from './self-check-authored.js';
import { entry, fmt, type Point } from './self-check-point.js';
import type { LessonIssue } from './types.js';

/** Finite differences are only good to about this, relative. */
const FD_TOLERANCE = 1e-5;

/** What the stage's answer must be at a point, by the engine's own derivation. */
function truth(compiled: CompiledLesson, stage: CompiledStage, point: Point): Mat<number> {
  const { plan } = compiled;
  if (stage.kind === 'forward') return point.scope.get(stage.target)!;

  if (stage.kind === 'gradient') return exactGradient(plan, point.symbols, stage.target);

  const gradient = exactGradient(plan, point.symbols, stage.target);
  const lr = plan.learningRate;
  const current = point.symbols.get(stage.target)!;
  return map(current, (v, i, j) => v - lr * gradient.data[i]![j]!);
}

function checkStage(
  compiled: CompiledLesson,
  stage: CompiledStage,
  points: Point[],
): LessonIssue[] {
  const path: DocPath = ['stages', stage.index, 'expected'];
  const label = `${stage.asks} = ${stage.def.expected}`;

  for (const point of points) {
    const value = stageValue(compiled, point.scope, stage);
    const expected = truth(compiled, stage, point);
    const at = firstDifference(value, expected);
    if (at) {
      const [i, j] = at;
      const why =
        stage.kind === 'gradient'
          ? 'the derivative of the loss is'
          : stage.kind === 'update'
            ? `${stage.target} - lr * dL/d${stage.target} is`
            : 'the forward equations give';
      return [
        {
          path,
          message: `${label}: ${entry(at)} is ${fmt(value.data[i]![j]!)} at ${point.label}, but ${why} ${fmt(expected.data[i]![j]!)}`,
        },
      ];
    }
    if (stage.kind !== 'gradient') continue;

    const fd = finiteDifferenceGradient(compiled.plan, point.symbols, stage.target);
    const fdAt = firstDifference(value, fd, (a, b) => close(a, b, FD_TOLERANCE));
    if (fdAt) {
      return [
        {
          path,
          message: `${label}: ${entry(fdAt)} is ${fmt(value.data[fdAt[0]]![fdAt[1]]!)} at ${point.label}, but finite differences give ${fmt(fd.data[fdAt[0]]![fdAt[1]]!)}`,
        },
      ];
    }
  }

  if (stage.kind === 'gradient') {
    const first = points[0]!;
    const symbolic = symbolicGradient(compiled.plan, first.symbols, stage.target);
    const value = stageValue(compiled, first.scope, stage);
    const at = firstDifference(value, symbolic, (a, b) => Number.isNaN(b) || close(a, b, 1e-7));
    if (at) {
      return [
        {
          path,
          message: `${label}: ${entry(at)} is ${fmt(value.data[at[0]]![at[1]]!)} at ${first.label}, but mathjs' derivative gives ${fmt(symbolic.data[at[0]]![at[1]]!)}`,
        },
      ];
    }
  }
  return [];
}

/** Problems found; empty when every stated answer agrees with the engine. */
export function selfCheck(compiled: CompiledLesson): LessonIssue[] {
  const random = seeded(20261203);
  const symbolSets = [compiled.initial, ...randomPoints(compiled, random, 4)];
  let points: Point[];
  try {
    points = symbolSets.map((symbols, n) => ({
      label: n === 0 ? "the lesson's values" : `random point ${n}`,
      symbols,
      scope: pointScope(compiled, symbols),
    }));
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const stage = compiled.stages.find((s) => s.kind === 'gradient');
    return [
      { path: stage ? ['stages', stage.index, 'expected'] : ['stages'], message: error.message },
    ];
  }

  // A wrong answer makes every later answer that uses it wrong too; report only the first.
  const failed = new Set<string>();
  const issues: LessonIssue[] = [];
  for (const stage of compiled.stages) {
    if (usesAny(stage, failed)) {
      if (stage.resultName) failed.add(stage.resultName);
      continue;
    }
    const found = [
      ...safely(stage, () => checkStage(compiled, stage, points)),
      ...checkMistakes(compiled, stage, points),
      ...checkLinks(compiled, stage, points),
    ];
    if (found.length > 0 && stage.resultName) failed.add(stage.resultName);
    issues.push(...found);
  }
  return [...issues, ...checkDiagnoses(compiled, points)];
}

function usesAny(stage: CompiledStage, names: Set<string>): boolean {
  if (names.size === 0) return false;
  return (
    stage.expected.filter((n) => n.type === 'SymbolNode' && names.has(n.toString())).length > 0
  );
}

function safely(stage: CompiledStage, check: () => LessonIssue[]): LessonIssue[] {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const column = error.problem.column;
    return [
      {
        path: ['stages', stage.index, 'expected'],
        message: `${stage.asks}: ${error.message}`,
        ...(column === undefined ? {} : { column }),
      },
    ];
  }
}

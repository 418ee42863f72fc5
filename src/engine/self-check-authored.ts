/**
 * Load-time checks of what an author writes around a stage's answer: that no authored mistake
 * is right, that each entry link's formula matches its entry, and that each diagnosis evaluates.
 */
import type { DocPath } from '../lesson/model.js';
import { numbers } from './algebra.js';
import type { CompiledLesson, CompiledStage } from './compiled.js';
import { close, matricesClose } from './compare.js';
import { ExpressionError } from './errors.js';
import { evaluate } from './evaluate.js';
import { parseChecked as parseFormula } from './guard.js';
import { stageScope, stageValue } from './point.js';
import { fmt, type Point } from './self-check-point.js';
import type { LessonIssue } from './types.js';

/** An authored mistake that equals the answer at every point, or that fails to evaluate. */
export function checkMistakes(
  compiled: CompiledLesson,
  stage: CompiledStage,
  points: Point[],
): LessonIssue[] {
  return stage.mistakes.flatMap((mistake) => {
    const path: DocPath = ['stages', stage.index, 'mistakes', mistake.index, 'answer'];
    try {
      const isRight = points.every((point) => {
        const value = evaluate(mistake.node, {
          algebra: numbers,
          scope: stageScope(point.scope, stage),
        });
        return matricesClose(value, stageValue(compiled, point.scope, stage));
      });
      return isRight
        ? [{ path, message: `"${mistake.node.toString()}" is the right answer, not a mistake` }]
        : [];
    } catch (error) {
      if (error instanceof ExpressionError)
        return [
          {
            path,
            message: error.message,
            ...(error.problem.column === undefined ? {} : { column: error.problem.column }),
          },
        ];
      throw error;
    }
  });
}

/** An entry link outside the stage, or whose formula differs from its entry at a point. */
export function checkLinks(
  compiled: CompiledLesson,
  stage: CompiledStage,
  points: Point[],
): LessonIssue[] {
  return stage.def.links.flatMap((link, l) => {
    const base: DocPath = ['stages', stage.index, 'links', l];
    const [row, col] = link.entry;
    if (row < 1 || col < 1 || row > stage.shape.rows || col > stage.shape.cols) {
      return [
        {
          path: [...base, 'entry'],
          message: `entry [${row}, ${col}] is outside ${stage.asks}, which is ${stage.shape.rows}x${stage.shape.cols}`,
        },
      ];
    }
    try {
      const node = parseFormula(link.formula);
      for (const point of points) {
        const formula = evaluate(node, {
          algebra: numbers,
          scope: point.scope,
          source: link.formula,
        });
        const value = stageValue(compiled, point.scope, stage).data[row - 1]![col - 1]!;
        if (!close(formula.data[0]![0]!, value)) {
          return [
            {
              path: [...base, 'formula'],
              message: `${link.name} = ${link.formula} is ${fmt(formula.data[0]![0]!)} at ${point.label}, but ${stage.asks}[${row},${col}] is ${fmt(value)}`,
            },
          ];
        }
      }
      return [];
    } catch (error) {
      if (error instanceof ExpressionError)
        return [
          {
            path: [...base, 'formula'],
            message: error.message,
            ...(error.problem.column === undefined ? {} : { column: error.problem.column }),
          },
        ];
      throw error;
    }
  });
}

/** A diagnosis naming an unknown stage, or whose match fails where it must apply. */
export function checkDiagnoses(compiled: CompiledLesson, points: Point[]): LessonIssue[] {
  const asked = new Set(compiled.stages.map((s) => s.asks));
  return compiled.diagnoses.flatMap(({ def, node }, d) => {
    const unknown = (def.stages ?? []).filter((name) => !asked.has(name));
    if (unknown.length > 0) {
      return [
        {
          path: ['diagnoses', d, 'stages'],
          message: `no stage asks ${unknown.map((u) => `"${u}"`).join(', ')}; stages: ${[...asked].join(', ')}`,
        },
      ];
    }
    const stages = compiled.stages.filter((s) => !def.stages || def.stages.includes(s.asks));
    const failures: string[] = [];
    for (const stage of stages) {
      try {
        const scope = stageScope(points[0]!.scope, stage);
        scope.set('ANSWER', stageValue(compiled, points[0]!.scope, stage));
        evaluate(node, { algebra: numbers, scope, source: def.match });
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        failures.push(`for stage ${stage.asks}: ${error.message}`);
      }
    }
    // Without a stage list a diagnosis applies wherever it makes sense, so it must fit one stage.
    const isBroken = def.stages ? failures.length > 0 : failures.length === stages.length;
    if (isBroken) return [{ path: ['diagnoses', d, 'match'], message: failures[0]! }];
    return [];
  });
}

/**
 * Turns a lesson model into a CompiledLesson, collecting every problem on the way as a
 * LessonIssue that points into the lesson document. Numeric self-checks are in self-check.ts.
 *
 * @example compileLesson(lesson).issues  // [] for a good lesson
 */
import type { Lesson } from '../lesson/model.js';
import type { CompiledLesson } from './compiled.js';
import { checkForward, makePlan } from './compile-forward.js';
import { checkNames } from './compile-names.js';
import { buildStages, checkStageExpressions } from './compile-stages.js';
import { IssueList } from './issue-list.js';
import { fromGrid } from './matrix.js';
import { selfCheck } from './self-check.js';
import type { LessonIssue } from './types.js';

export interface CompileResult {
  compiled?: CompiledLesson;
  issues: LessonIssue[];
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

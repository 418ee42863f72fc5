/** Builds a lesson's forward plan and runs it once at the lesson's values, checking shapes. */
import type { MathNode } from 'mathjs';
import type { Lesson } from '../lesson/model.js';
import { numbers } from './algebra.js';
import { addWithEntries, baseScope, type ForwardPlan } from './forward.js';
import type { IssueList } from './issue-list.js';
import { formatShape, sameShape, shapeOf, type Mat } from './matrix.js';

/** Parses the forward and loss expressions into a plan; undefined when one does not parse. */
export function makePlan(lesson: Lesson, issues: IssueList): ForwardPlan | undefined {
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
export function checkForward(
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

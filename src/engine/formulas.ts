/**
 * Per-entry scalar formulas of a stage's answer, in two forms:
 * - `expanded`: in the starting symbols only (w1..w6, b1, b2, x, t1, t2);
 * - `local`: in the entry names of the lesson (y1, a1, z1, ...), as the source writes them.
 */
import type { MathNode } from 'mathjs';
import type { CompiledLesson, CompiledStage } from './compiled.js';
import { evaluate } from './evaluate.js';
import { addWithEntries, runForward, type ForwardPlan } from './forward.js';
import { map, type Mat } from './matrix.js';
import { addGradientResults, stageScope } from './point.js';
import { formulas, formulaText, symbolFormula } from './symbolic.js';

export type FormulaForm = 'expanded' | 'local';

function symbolicMatrix<S>(plan: ForwardPlan, name: string, shaped: Mat<S>): Mat<MathNode> {
  const names = plan.entryNames.get(name);
  return map(shaped, (_v, i, j) => symbolFormula(names?.[i]?.[j] ?? name));
}

/** Scope of formulas: symbols as their entry names, forward results expanded or named. */
function formulaScope(compiled: CompiledLesson, form: FormulaForm): Map<string, Mat<MathNode>> {
  const { plan } = compiled;
  const base = new Map<string, Mat<MathNode>>();
  for (const [name, value] of compiled.initial) {
    addWithEntries(base, plan, name, symbolicMatrix(plan, name, value));
  }
  base.set(plan.learningRateName, { rows: 1, cols: 1, data: [[symbolFormula('lr')]] });

  const scope = runForward(plan, formulas, base);
  if (form === 'local') {
    for (const step of plan.forward) {
      const named = symbolicMatrix(plan, step.name, scope.get(step.name)!);
      addWithEntries(scope, plan, step.name, named);
    }
  }

  addGradientResults(compiled, formulas, scope);
  return scope;
}

const cache = new WeakMap<CompiledLesson, Map<FormulaForm, Map<string, Mat<MathNode>>>>();

function cachedScope(compiled: CompiledLesson, form: FormulaForm) {
  let forms = cache.get(compiled);
  if (!forms) cache.set(compiled, (forms = new Map()));
  let scope = forms.get(form);
  if (!scope) forms.set(form, (scope = formulaScope(compiled, form)));
  return scope;
}

/**
 * The simplified formula of every entry of a stage's answer, in mathjs syntax.
 *
 * @example stageFormulas(compiled, dW2Stage, 'local')  // [["a1 * (y1 - t1)", ...], ...]
 */
export function stageFormulas(
  compiled: CompiledLesson,
  stage: CompiledStage,
  form: FormulaForm,
): string[][] {
  const scope = stageScope(cachedScope(compiled, form), stage);
  const value = evaluate(stage.expected, { algebra: formulas, scope });
  return value.data.map((row) => row.map((entry) => formulaText(entry, form === 'local')));
}

/**
 * Baseline for answer checking: plain mathjs parsing and evaluating the same answer once, at
 * the current values, with no equivalence check and no diagnosis.
 */
import { all, create, type FactoryFunctionMap, type MathJsInstance } from 'mathjs';

let math: MathJsInstance | undefined;

/** A mathjs value for a lesson matrix: a 1x1 matrix acts as a number, as in the lesson. */
function toMath(instance: MathJsInstance, value: number[][]) {
  return value.length === 1 && value[0]!.length === 1 ? value[0]![0]! : instance.matrix(value);
}

/**
 * Milliseconds mathjs takes to parse and evaluate `text` in `values`, or undefined when plain
 * mathjs cannot evaluate it (the lesson's own functions are given as relu and step).
 */
export function mathjsEvaluateMs(
  text: string,
  values: Map<string, number[][]>,
  learningRate: number,
): number | undefined {
  math ??= create(all as FactoryFunctionMap);
  const instance = math;
  const scope = new Map<string, unknown>([...values].map(([n, v]) => [n, toMath(instance, v)]));
  scope.set('lr', learningRate);
  scope.set('relu', (m: unknown) => instance.map(m as number[], (v: number) => Math.max(v, 0)));
  scope.set('step', (m: unknown) => instance.map(m as number[], (v: number) => (v > 0 ? 1 : 0)));

  try {
    const started = performance.now();
    instance.parse(text).evaluate(scope);

    return performance.now() - started;
  } catch {
    return undefined;
  }
}

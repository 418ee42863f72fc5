/**
 * Gradient descent as the lesson defines it: every parameter P becomes P - lr * dL/dP, with
 * dL/dP derived by the engine from the lesson's equations.
 */
import type { CompiledLesson } from './compiled.js';
import { exactGradient } from './gradient.js';
import { map, type Mat } from './matrix.js';
import type { Scope } from './point.js';

/** The symbol values after one update. */
export function applyUpdate(compiled: CompiledLesson, symbols: Scope): Map<string, Mat<number>> {
  const lr = compiled.plan.learningRate;
  const next = new Map(symbols);
  for (const name of compiled.parameters) {
    const gradient = exactGradient(compiled.plan, symbols, name);
    next.set(
      name,
      map(symbols.get(name)!, (v, i, j) => v - lr * gradient.data[i]![j]!),
    );
  }
  return next;
}

/**
 * Symbol values before each update and after the last: `updates + 1` sets.
 *
 * @example trajectory(compiled, compiled.initial, 3).length  // 4
 */
export function trajectory(compiled: CompiledLesson, start: Scope, updates: number): Scope[] {
  const sets: Scope[] = [start];
  for (let k = 0; k < updates; k++) sets.push(applyUpdate(compiled, sets[k]!));
  return sets;
}

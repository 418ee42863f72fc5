/**
 * The seed network (x -> 2 ReLU units -> 2 outputs) in plain TypeScript, for the TUI tests
 * only: what the screen shows is checked against numbers computed here, sharing no code with
 * the engine.
 */
import type { Lesson } from '../../../src/lesson/model.js';

export interface Net {
  W1: number[]; // [w1, w2]
  B: number[]; // [b1, b2]
  W2: number[][]; // [[w3, w5], [w4, w6]]
  x: number;
  T: number[];
}

export interface Pass {
  Z: number[];
  A: number[];
  Y: number[];
  L: number;
  dY: number[];
  dW2: number[][];
  dA: number[];
  dZ: number[];
  dW1: number[];
  dB: number[];
}

const relu = (z: number) => Math.max(z, 0);
const step = (z: number) => (z > 0 ? 1 : 0);

/** The starting values the lesson file gives. */
export function netOf(lesson: Lesson): Net {
  const value = (name: string) => lesson.symbols.find((s) => s.name === name)!.value;
  return {
    W1: value('W1').map((row) => row[0]!),
    B: value('B').map((row) => row[0]!),
    W2: value('W2').map((row) => [...row]),
    x: value('x')[0]![0]!,
    T: value('T').map((row) => row[0]!),
  };
}

export function pass(net: Net): Pass {
  const Z = [0, 1].map((i) => net.W1[i]! * net.x + net.B[i]!);
  const A = Z.map(relu);
  const Y = [0, 1].map((i) => net.W2[i]![0]! * A[0]! + net.W2[i]![1]! * A[1]!);
  const L = 0.5 * Y.reduce((sum, y, i) => sum + (y - net.T[i]!) ** 2, 0);
  const dY = Y.map((y, i) => y - net.T[i]!);
  const dW2 = [0, 1].map((i) => [0, 1].map((j) => dY[i]! * A[j]!));
  const dA = [0, 1].map((j) => net.W2[0]![j]! * dY[0]! + net.W2[1]![j]! * dY[1]!);
  const dZ = dA.map((d, i) => d * step(Z[i]!));
  return { Z, A, Y, L, dY, dW2, dA, dZ, dW1: dZ.map((d) => d * net.x), dB: dZ };
}

/** One step of gradient descent. */
export function descend(net: Net, lr: number): Net {
  const g = pass(net);
  return {
    ...net,
    W1: net.W1.map((w, i) => w - lr * g.dW1[i]!),
    B: net.B.map((b, i) => b - lr * g.dB[i]!),
    W2: net.W2.map((row, i) => row.map((w, j) => w - lr * g.dW2[i]![j]!)),
  };
}

/** The nets before each update and after the last. */
export function trajectory(net: Net, lr: number, updates: number): Net[] {
  const nets = [net];
  for (let k = 0; k < updates; k++) nets.push(descend(nets[k]!, lr));
  return nets;
}

/** Five significant digits, as a learner reads them. */
export function fmt(value: number): string {
  return Number(value.toPrecision(5)).toString();
}

/**
 * A two-layer network in plain TypeScript, written for the tests only, so that the engine's
 * numbers can be checked against a computation that shares no code with it:
 * Z = W1 * X + B, A = f(Z), Y = W2 * A, L = 1/2 * sum((Y - T).^2).
 */

export type Grid = number[][];

export type Activation = 'relu' | 'sigmoid';

/** Every matrix the network starts from. `X` is the input column (the seed lesson's `x`). */
export interface NetValues {
  W1: Grid;
  B: Grid;
  W2: Grid;
  X: Grid;
  T: Grid;
}

export interface ForwardValues {
  Z: Grid;
  A: Grid;
  Y: Grid;
  L: number;
}

export interface Gradients {
  dY: Grid;
  dW2: Grid;
  dA: Grid;
  dZ: Grid;
  dW1: Grid;
  dB: Grid;
}

/** The seed net of the lesson: (x, t1, t2) = (0.5, 1, -1). */
export const SEED_NET: NetValues = {
  W1: [[0.4], [0.6]],
  B: [[0.1], [-0.1]],
  W2: [
    [0.3, 0.5],
    [-0.2, 0.7],
  ],
  X: [[0.5]],
  T: [[1], [-1]],
};

function product(left: Grid, right: Grid): Grid {
  const out: Grid = [];
  for (let i = 0; i < left.length; i++) {
    const row: number[] = [];
    for (let j = 0; j < right[0]!.length; j++) {
      let total = 0;
      for (let k = 0; k < right.length; k++) total += left[i]![k]! * right[k]![j]!;
      row.push(total);
    }
    out.push(row);
  }
  return out;
}

function transposeOf(grid: Grid): Grid {
  return grid[0]!.map((_v, j) => grid.map((row) => row[j]!));
}

function zip(a: Grid, b: Grid, f: (x: number, y: number) => number): Grid {
  return a.map((row, i) => row.map((v, j) => f(v, b[i]![j]!)));
}

function activate(activation: Activation, z: number): number {
  if (activation === 'relu') return z > 0 ? z : 0;
  return 1 / (1 + Math.exp(-z));
}

function slope(activation: Activation, z: number): number {
  if (activation === 'relu') return z > 0 ? 1 : 0;
  const s = 1 / (1 + Math.exp(-z));
  return s * (1 - s);
}

/** The forward pass and the loss. */
export function forwardPass(net: NetValues, activation: Activation = 'relu'): ForwardValues {
  const Z = zip(product(net.W1, net.X), net.B, (p, b) => p + b);
  const A = Z.map((row) => row.map((z) => activate(activation, z)));
  const Y = product(net.W2, A);

  let L = 0;
  Y.forEach((row, i) => row.forEach((y, j) => (L += 0.5 * (y - net.T[i]![j]!) ** 2)));
  return { Z, A, Y, L };
}

/** Backpropagation by hand: the chain rule in matrix form. */
export function backprop(net: NetValues, activation: Activation = 'relu'): Gradients {
  const { Z, A, Y } = forwardPass(net, activation);

  const dY = zip(Y, net.T, (y, t) => y - t);
  const dW2 = product(dY, transposeOf(A));
  const dA = product(transposeOf(net.W2), dY);
  const dZ = zip(dA, Z, (d, z) => d * slope(activation, z));
  const dW1 = product(dZ, transposeOf(net.X));
  return { dY, dW2, dA, dZ, dW1, dB: dZ };
}

/** The net before each of `updates` gradient-descent steps and after the last. */
export function descend(net: NetValues, learningRate: number, updates: number): NetValues[] {
  const nets = [net];
  for (let k = 0; k < updates; k++) {
    const current = nets[k]!;
    const g = backprop(current);
    const step = (p: Grid, d: Grid) => zip(p, d, (v, dv) => v - learningRate * dv);
    nets.push({
      ...current,
      W1: step(current.W1, g.dW1),
      B: step(current.B, g.dB),
      W2: step(current.W2, g.dW2),
    });
  }
  return nets;
}

/** The seed lesson's symbols (W1, B, W2, x, T) as a NetValues. */
export function seedNetFrom(symbols: ReadonlyMap<string, { data: Grid }>): NetValues {
  const grid = (name: string) => symbols.get(name)!.data;
  return { W1: grid('W1'), B: grid('B'), W2: grid('W2'), X: grid('x'), T: grid('T') };
}

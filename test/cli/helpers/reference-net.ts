/**
 * The network of the bundled lesson computed by hand, one scalar at a time, with the chain
 * rule as the source lesson writes it. Independent of the engine: tests compare the CLI's
 * numbers with these.
 */

export interface NetValues {
  /** W1 = [w1; w2], B = [b1; b2], W2 = [[w3, w5], [w4, w6]]. */
  W1: number[][];
  B: number[][];
  W2: number[][];
}

export interface NetData {
  x: number;
  T: number[][];
}

export interface ReferenceStep {
  forward: { Z: number[][]; A: number[][]; Y: number[][]; L: number };
  gradients: Record<'dL/dY' | 'dL/dW2' | 'dL/dA' | 'dL/dZ' | 'dL/dW1' | 'dL/dB', number[][]>;
  params: NetValues;
}

const relu = (z: number) => (z > 0 ? z : 0);
const step = (z: number) => (z > 0 ? 1 : 0);

function forward(p: NetValues, data: NetData) {
  const [[w1], [w2]] = p.W1 as [[number], [number]];
  const [[b1], [b2]] = p.B as [[number], [number]];
  const [[w3, w5], [w4, w6]] = p.W2 as [[number, number], [number, number]];
  const [[t1], [t2]] = data.T as [[number], [number]];
  const z1 = w1 * data.x + b1;
  const z2 = w2 * data.x + b2;
  const a1 = relu(z1);
  const a2 = relu(z2);
  const y1 = w3 * a1 + w5 * a2;
  const y2 = w4 * a1 + w6 * a2;
  const L = 0.5 * ((y1 - t1) ** 2 + (y2 - t2) ** 2);
  return { w1, w2, b1, b2, w3, w4, w5, w6, t1, t2, z1, z2, a1, a2, y1, y2, L };
}

/** One forward pass: Z, A, Y and L. */
export function referenceForward(p: NetValues, data: NetData): ReferenceStep['forward'] {
  const v = forward(p, data);
  return { Z: [[v.z1], [v.z2]], A: [[v.a1], [v.a2]], Y: [[v.y1], [v.y2]], L: v.L };
}

/** Every update of gradient descent from `start`. */
export function referenceRun(start: NetValues, data: NetData, lr: number, updates: number) {
  const steps: ReferenceStep[] = [];
  let p = start;
  for (let k = 0; k < updates; k++) {
    const v = forward(p, data);
    const dy1 = v.y1 - v.t1;
    const dy2 = v.y2 - v.t2;
    const da1 = dy1 * v.w3 + dy2 * v.w4;
    const da2 = dy1 * v.w5 + dy2 * v.w6;
    const dz1 = da1 * step(v.z1);
    const dz2 = da2 * step(v.z2);
    const gradients = {
      'dL/dY': [[dy1], [dy2]],
      'dL/dW2': [
        [dy1 * v.a1, dy1 * v.a2],
        [dy2 * v.a1, dy2 * v.a2],
      ],
      'dL/dA': [[da1], [da2]],
      'dL/dZ': [[dz1], [dz2]],
      'dL/dW1': [[dz1 * data.x], [dz2 * data.x]],
      'dL/dB': [[dz1], [dz2]],
    };
    const next: NetValues = {
      W1: [[v.w1 - lr * dz1 * data.x], [v.w2 - lr * dz2 * data.x]],
      B: [[v.b1 - lr * dz1], [v.b2 - lr * dz2]],
      W2: [
        [v.w3 - lr * dy1 * v.a1, v.w5 - lr * dy1 * v.a2],
        [v.w4 - lr * dy2 * v.a1, v.w6 - lr * dy2 * v.a2],
      ],
    };
    steps.push({ forward: referenceForward(p, data), gradients, params: next });
    p = next;
  }
  return { steps, final: { forward: referenceForward(p, data) } };
}

/** The scalar values the symbolic formulas are written in. */
export function entryScope(p: NetValues, data: NetData): Record<string, number> {
  const v = forward(p, data);
  return {
    w1: v.w1,
    w2: v.w2,
    b1: v.b1,
    b2: v.b2,
    w3: v.w3,
    w4: v.w4,
    w5: v.w5,
    w6: v.w6,
    x: data.x,
    t1: v.t1,
    t2: v.t2,
  };
}

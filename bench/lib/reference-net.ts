/**
 * An independent plain-JS version of the lesson's network, to check that every program timed
 * really computed the transcript: x -> W1*x + B -> relu -> W2*A, loss 1/2 * sum((Y - T)^2).
 */

type M = number[][];

export interface NetValues {
  W1: M;
  B: M;
  W2: M;
  x: M;
  T: M;
}

/** The lesson's default network and data. */
export const DEFAULT_NET: NetValues = {
  W1: [[0.4], [0.6]],
  B: [[0.1], [-0.1]],
  W2: [
    [0.3, 0.5],
    [-0.2, 0.7],
  ],
  x: [[0.5]],
  T: [[1], [-1]],
};

const mul = (a: M, b: M): M =>
  a.map((row) => b[0]!.map((_, j) => row.reduce((sum, v, k) => sum + v * b[k]![j]!, 0)));
const zip = (a: M, b: M, f: (x: number, y: number) => number): M =>
  a.map((row, i) => row.map((v, j) => f(v, b[i]![j]!)));
const t = (a: M): M => a[0]!.map((_, j) => a.map((row) => row[j]!));

function loss(net: NetValues): { L: number; Z: M; A: M; Y: M } {
  const Z = zip(mul(net.W1, net.x), net.B, (a, b) => a + b);
  const A = Z.map((row) => row.map((v) => Math.max(v, 0)));
  const Y = mul(net.W2, A);
  const L =
    0.5 *
    zip(Y, net.T, (y, target) => (y - target) ** 2)
      .flat()
      .reduce((s, v) => s + v);

  return { L, Z, A, Y };
}

/** The loss before each update and after the last: `updates + 1` numbers. */
export function lossTrajectory(start: NetValues, lr: number, updates: number): number[] {
  let net = start;
  const losses: number[] = [];
  for (let step = 0; step < updates; step++) {
    const { L, Z, A, Y } = loss(net);
    losses.push(L);
    const dY = zip(Y, net.T, (y, target) => y - target);
    const dZ = zip(mul(t(net.W2), dY), Z, (g, z) => (z > 0 ? g : 0));
    const step1 = (p: M, g: M) => zip(p, g, (v, d) => v - lr * d);
    net = {
      ...net,
      W1: step1(net.W1, mul(dZ, t(net.x))),
      B: step1(net.B, dZ),
      W2: step1(net.W2, mul(dY, t(A))),
    };
  }
  losses.push(loss(net).L);

  return losses;
}

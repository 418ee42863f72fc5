import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNumbers, expectCloseTo } from './helpers/close-to.js';
import { removeHomes, requireBuild, ROOT, runCli, tempHome } from './helpers/run-cli.js';

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
if (!hasNumpy) console.warn('python3 with numpy not found: the numpy programs are not run');

interface Transcript {
  steps: unknown[];
}

interface Printed extends Transcript {
  /** The forward pass after the last update, which the program prints last. */
  final: { forward: { L: number } };
}

async function exported(args: string[]): Promise<string> {
  const run = await runCli(['export', '--numpy', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** Runs a program with python3 and reads its JSON lines back as a transcript. */
function runPython(program: string): Printed {
  const file = join(tempHome(), 'program.py');
  writeFileSync(file, program);
  const run = spawnSync('python3', [file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);

  const lines = run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const final = lines.pop().final;
  return { steps: lines.map(({ step: _step, ...rest }) => rest), final };
}

/** The steps of `run --json`. */
async function runJson(args: string[]): Promise<Transcript> {
  const { steps } = JSON.parse((await runCli(['run', '--json', ...args])).stdout);
  return { steps } as Transcript;
}

/** matrix-backprop with W2 called `lambda` (a Python keyword) and dL/dY written by entries. */
function renamedLesson(): string {
  const text = readFileSync(join(ROOT, 'lessons/matrix-backprop.yaml'), 'utf8')
    .replaceAll('W2', 'lambda')
    .replace('id: matrix-backprop', 'id: renamed-backprop')
    .replace('expected: "Y - T"', 'expected: "[y1 - t1; y2 - t2]"');
  const file = join(tempHome(), 'renamed-backprop.yaml');
  writeFileSync(file, text);
  return file;
}

beforeAll(requireBuild);
afterAll(removeHomes);

describe('dl-tutor export --numpy', () => {
  it('writes the forward and backward pass in numpy operators', async () => {
    const program = await exported([]);

    expect(program).toContain('for i in range(3):');
    expect(program).toContain('    # ---- forward ----\n    Z = W1 * x + B\n');
    expect(program).toContain('    A = np.maximum(0, Z)\n    Y = W2 @ A\n');
    expect(program).toContain('    L = 1 / 2 * np.sum((Y - T) ** 2)\n');
    expect(program).toContain('    # ---- backward ----\n    dY = Y - T\n    dW2 = dY @ A.T\n');
    expect(program).toContain('    dZ = dA * ((Z > 0) * 1.0)\n');
    expect(program).toContain('x = 0.5\n');
  });

  it('writes what the lesson says, not a fixed program', async () => {
    const program = await exported(['sigmoid-two-inputs']);

    expect(program).toContain('for i in range(2):');
    expect(program).toContain('    A = 1 / (1 + np.exp(-Z))\n');
    expect(program).toContain('    dW1 = dZ @ X.T\n');
    expect(program).toContain('    dW2 = dY * A.T\n');
  });

  it('renames lesson names that are Python keywords', async () => {
    const program = await exported([renamedLesson()]);

    expect(program).toContain('    Y = lambda_ @ A\n');
    expect(program).toContain(
      '    dY = np.array([[as_number(y1 - t1)], [as_number(y2 - t2)]], dtype=float)',
    );
    expect(program).toContain('    y1 = Y[0, 0]\n');
  });

  it('refuses without a format, with exit 2', async () => {
    const run = await runCli(['export']);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dl-tutor: choose what to export: --numpy (a Python program)\n');
  });

  describe.runIf(hasNumpy)('the program, run with python3', () => {
    it.each([
      ['matrix-backprop', []],
      ['sigmoid-two-inputs', ['sigmoid-two-inputs']],
      ['seed 1', ['--seed', '1']],
      ['seed 2', ['--seed', '2']],
      ['seed 13', ['--seed', '13']],
    ])('prints every number of run --json for %s', async (_name, args) => {
      const [program, expected] = await Promise.all([exported(args), runJson(args)]);

      const { steps } = runPython(program);

      expectCloseTo({ steps }, expected, 1e-12);
      expect(countNumbers(steps)).toBeGreaterThan(50);
    });

    it('prints the loss after the last update, 0.70416 for the bundled lesson', async () => {
      const printed = runPython(await exported([]));

      expect(printed.final.forward.L).toBeCloseTo(0.70416, 5);
    });

    it('prints every number of run --json for a lesson with renamed names', async () => {
      const file = renamedLesson();
      const [program, expected] = await Promise.all([exported([file]), runJson([file])]);

      expectCloseTo({ steps: runPython(program).steps }, expected, 1e-12);
    });
  });
});

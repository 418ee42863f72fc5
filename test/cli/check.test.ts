import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { ko } from '../../src/messages/ko.js';
import { removeHomes, requireBuild, runCli } from './helpers/run-cli.js';

function check(...args: string[]) {
  return runCli(['check', '--lang', 'en', ...args]);
}

beforeAll(requireBuild);
afterAll(removeHomes);

describe('dl-tutor check', () => {
  it('accepts a right formula with exit 0', async () => {
    const run = await check('--stage', 'dL/dW2', "dY * A'");

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`correct: ${en['verdict.correct']}`);
    expect(run.stdout).toContain('your value: [-0.243, -0.162; 0.324, 0.216]  (2x2)');
  });

  it('accepts an answer right only at these values as numeric, naming the mistake', async () => {
    const run = await check('--stage', 'dL/dZ', 'dA');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`numeric: ${en['verdict.numeric-formula']}`);
    expect(run.stdout).toContain('The ReLU derivative is missing.');
  });

  it("gives an anticipated mistake the lesson's feedback and exit 1", async () => {
    const run = await check('--stage', 'dL/dW2', "A * dY'");

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`wrong: ${en['verdict.wrong']}`);
    expect(run.stdout).toContain('The order is swapped, so you got the transpose.');
  });

  it('gives a built-in diagnosis from the message catalogue', async () => {
    const run = await check('--stage', 'dL/dA', '--', "-(W2' * dY)");

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`\n  ${en['diagnosis.sign']}\n`);
  });

  it('points at the column of an unusable answer and exits 2', async () => {
    const run = await check('--stage', 'dL/dW2', 'dY * Q');

    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('dL/dW2 = dY * Q');
    expect(lines[1]).toBe(`${' '.repeat('dL/dW2 = dY * '.length)}^`);
    expect(lines[2]).toBe(`invalid: ${en['verdict.invalid']}`);
  });

  it('takes a gradient by its alias and an update by its parameter', async () => {
    const alias = await check('--stage', 'dW2', "dY * A'");
    const update = await check('--stage', 'W1', '--update', '3', 'W1 - lr * dW1');

    expect(alias.code).toBe(0);
    expect(update.code).toBe(0);
    expect(update.stdout.split('\n')[0]).toBe('new W1 = W1 - lr * dW1');
  });

  it('checks typed numbers at the values before the update asked for', async () => {
    const transcript = JSON.parse((await runCli(['run', '--json'])).stdout);
    const z = transcript.steps[1].forward.Z as number[][];

    const atTwo = await check('--stage', 'Z', '--update', '2', `[${z[0]![0]}; ${z[1]![0]}]`);
    const atOne = await check('--stage', 'Z', '--update', '1', `[${z[0]![0]}; ${z[1]![0]}]`);

    expect(atTwo.code).toBe(0);
    expect(atTwo.stdout).toContain(`numeric: ${en['verdict.numeric']}`);
    expect(atOne.code).toBe(1);
  });

  it('judges at the values of a variant with --seed', async () => {
    const transcript = JSON.parse((await runCli(['run', '--json', '--seed', '4'])).stdout);
    const [[y1], [y2]] = transcript.steps[0].forward.Y as [[number], [number]];

    const run = await check('--seed', '4', '--stage', 'Y', `[${y1}; ${y2}]`);

    expect(run.code).toBe(0);
  });

  it('prints the verdict as JSON', async () => {
    const run = await check('--json', '--stage', 'dL/dA', '--', "-(W2' * dY)");

    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      lesson: 'matrix-backprop',
      stage: 'dL/dA',
      update: 1,
      verdict: 'wrong',
      diagnosis: { code: 'sign' },
      feedback: { headline: en['verdict.wrong'], details: [en['diagnosis.sign']] },
    });
    expect(run.code).toBe(1);
  });

  it('speaks Korean with --lang ko', async () => {
    const run = await runCli(['check', '--lang', 'ko', '--stage', 'dL/dA', '--', "-(W2' * dY)"]);

    expect(run.stdout).toContain(ko['diagnosis.sign']);
  });

  it('takes a lesson before the answer', async () => {
    const run = await check('sigmoid-two-inputs', '--stage', 'dL/dW1', "dZ * X'");

    expect(run.code).toBe(0);
  });

  it.each([
    [['--stage', 'dL/dQ', 'x'], 'there is no stage "dL/dQ"; the stages are: Z, A, Y, L, dL/dY'],
    [['--stage', 'Z', '--update', '4', 'x'], 'there is no update 4; give --update from 1 to 3'],
    [['--stage', 'Z', '--update', 'two', 'x'], "'--update <k>' argument 'two' is invalid"],
    [['--stage', 'Z'], 'give the answer to check, in quotes'],
    [['x'], "required option '--stage <name>' not specified"],
    [['lessons/nope.yaml', '--stage', 'Z', 'x'], 'lessons/nope.yaml: no such file'],
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const run = await check(...args);

    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { ko } from '../../src/messages/ko.js';
import { carriedRun, RIGHT_ANSWERS, typedRun } from './helpers/answers.js';
import { removeHomes, requireBuild, runCli, tempHome } from './helpers/run-cli.js';

const PROGRESS_FILE = 'progress/matrix-backprop.v1.json';

/** Answers of update 1 up to (not including) stage `stage`, then `lines`. */
function script(stage: number, ...lines: string[]): string {
  return `${[...RIGHT_ANSWERS.slice(0, stage), ...lines].join('\n')}\n`;
}

/** The line after the one that echoes `answer` after its prompt. */
function lineAfter(stdout: string, echoed: string): string {
  const lines = stdout.split('\n');
  return lines[lines.indexOf(echoed) + 1] ?? '';
}

beforeAll(requireBuild);
afterAll(removeHomes);

describe('dl-tutor --plain', () => {
  it('finishes the lesson from a file of right answers with exit 0', async () => {
    const home = tempHome();

    const run = await runCli(['--plain', '--lang', 'en'], { home, input: carriedRun() });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(en['label.finished']);
    expect(run.stdout).toContain('Score: 26/26');
    expect(run.stdout).toContain('Update 3 applied: loss 0.77825 -> 0.70416');
    expect(run.stderr).toBe('');
    const saved = JSON.parse(readFileSync(join(home, PROGRESS_FILE), 'utf8'));
    expect(saved.state.phase.kind).toBe('done');
  });

  it('asks every update again when the formulas are not carried', async () => {
    const run = await runCli(['--lang', 'en'], { input: typedRun() });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Score: 78/78');
    expect(run.stdout).not.toContain(en['label.result.carried']);
  });

  it('prints the question with its shape and the known values', async () => {
    const run = await runCli(['--lang', 'en'], { input: script(10) });

    expect(run.stdout).toContain('dL/dW2 = ?   (2x2)');
    expect(run.stdout).toContain('  W2 = [0.3, 0.5; -0.2, 0.7]');
    expect(run.stdout).toContain('new W1 = ?   (2x1)');
  });

  it('gives a wrong answer the diagnosis of the message catalogue', async () => {
    const run = await runCli(['--lang', 'en'], { input: script(6, "-(W2' * dY)") });

    expect(lineAfter(run.stdout, "dL/dA = -(W2' * dY)")).toBe(en['verdict.wrong']);
    expect(run.stdout).toContain(`\n  ${en['diagnosis.sign']}\n`);
  });

  it("gives an anticipated mistake the lesson's own feedback", async () => {
    const run = await runCli(['--lang', 'en'], { input: script(0, 'W1 * x') });

    expect(run.stdout).toContain(
      '  The bias B is missing. Each z adds its bias, as in z1 = w1 * x + b1.',
    );
  });

  it('puts a caret under the column of a problem', async () => {
    const run = await runCli(['--lang', 'en'], { input: script(5, "dY * Q'") });

    const caret = lineAfter(run.stdout, "dL/dW2 = dY * Q'");
    expect(caret).toBe(`${' '.repeat('dL/dW2 = dY * '.length)}^`);
    expect(run.stdout).toContain(`${en['verdict.invalid']}\n  unknown name "Q"`);
  });

  it('shows hints in order and says when there are no more', async () => {
    const run = await runCli(['--lang', 'en'], { input: script(0, ':hint', ':hint', ':hint') });

    expect(run.stdout).toContain('Hint 1/2: z1 = w1 * x + b1 and z2 = w2 * x + b2.');
    expect(run.stdout).toContain('Hint 2/2: x is a scalar');
    expect(run.stdout).toContain('No more hints. Type :reveal to see the answer.');
  });

  it('reveals the answer, scores it as revealed and asks the stage again next update', async () => {
    const input = `${[':reveal', ...RIGHT_ANSWERS.slice(1), 'y', RIGHT_ANSWERS[0]].join('\n')}\n`;

    const run = await runCli(['--lang', 'en'], { input });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${en['label.revealed']} W1 * x + B`);
    expect(run.stdout).toMatch(/ {2}update 1\/3 {2}Z {7}revealed/);
    expect(run.stdout).toMatch(/ {2}update 2\/3 {2}Z {7}first try/);
    expect(run.stdout).toContain('Score: 26/28');
  });

  it('speaks Korean with --lang ko', async () => {
    const run = await runCli(['--lang', 'ko'], { input: script(6, "-(W2' * dY)") });

    expect(run.stdout).toContain(ko['plain.commands']);
    expect(run.stdout).toContain(`  ${ko['diagnosis.sign']}`);
  });

  it('answers an unknown command with the commands there are', async () => {
    const run = await runCli(['--lang', 'en'], { input: ':frobnicate\n' });

    expect(run.stdout).toContain('There is no command :frobnicate. Type :help for the commands.');
  });

  it('uses no colour, cursor movement or box drawing unless asked', async () => {
    const plain = await runCli(['--lang', 'en'], { input: script(6, 'W2 * dY') });
    const coloured = await runCli(['--lang', 'en', '--color'], { input: script(6, 'W2 * dY') });

    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout).not.toMatch(/[\u2500-\u257f]/);
    expect(coloured.stdout).toContain(`\u001b[31m${en['verdict.wrong']}\u001b[39m`);
  });
});

describe('dl-tutor --plain at the end of input', () => {
  it('saves the progress and exits 1 when the lesson is not finished', async () => {
    const home = tempHome();

    const run = await runCli(['--lang', 'en'], { home, input: script(3) });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Progress saved.');
    const saved = JSON.parse(readFileSync(join(home, PROGRESS_FILE), 'utf8'));
    expect(saved.state.records).toHaveLength(3);
    expect(saved.state.phase).toMatchObject({ kind: 'asking', update: 1, stage: 3 });
  });

  it('resumes where it stopped when the learner says yes', async () => {
    const home = tempHome();
    await runCli(['--lang', 'en'], { home, input: script(3) });

    const rest = `y\n${[...RIGHT_ANSWERS.slice(3), 'y'].join('\n')}\n`;
    const run = await runCli(['--lang', 'en'], { home, input: rest });

    expect(run.stdout).toContain('Saved progress found (update 1, stage 4). Resume? (y/n)');
    expect(run.stdout).toContain('  Y  = [0.19; 0.08]');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Score: 26/26');
  });

  it('starts over with --reset, without asking', async () => {
    const home = tempHome();
    await runCli(['--lang', 'en'], { home, input: script(3) });

    const run = await runCli(['--lang', 'en', '--reset'], { home, input: carriedRun() });

    expect(run.stdout).not.toContain('Resume?');
    expect(run.code).toBe(0);
  });

  it('quits with :quit, saving, and exits 1', async () => {
    const home = tempHome();

    const run = await runCli(['--lang', 'en'], { home, input: script(2, ':quit', 'W2 * A') });

    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('Y = [0.19; 0.08]');
    expect(existsSync(join(home, PROGRESS_FILE))).toBe(true);
  });

  it('exits 1 at once on empty input, without a stack trace', async () => {
    const run = await runCli(['--lang', 'en'], { input: '' });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});

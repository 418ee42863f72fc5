import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { isColorAllowed, runTui } from '../../src/tui/run.js';
import { FakeStdin, FakeStdout } from './helpers/fake-terminal.js';
import { optionsFor, seedEngine } from './helpers/lesson.js';

let engine: LessonEngine;

beforeAll(async () => {
  engine = await seedEngine();
});

const pause = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(stdout: FakeStdout, text: string) {
  for (let waited = 0; !stdout.output.includes(text); waited += 20) {
    if (waited > 3_000) throw new Error(`"${text}" never appeared in:\n${stdout.output}`);
    await pause(20);
  }
}

function start() {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout();
  const { options, progress } = optionsFor(engine, {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    isColor: false,
  });
  return { stdin, stdout, progress, done: runTui(options) };
}

describe('runTui', () => {
  it('resolves with 0 when the learner quits with q, the terminal restored', async () => {
    const { stdin, stdout, done } = start();
    await until(stdout, 'Backpropagation');

    stdin.send('q');

    await expect(done).resolves.toBe(0);
    expect(stdin.rawModes[0]).toBe(true);
    expect(stdin.rawModes.at(-1)).toBe(false);
    expect(stdout.output.lastIndexOf('\x1b[?25h')).toBeGreaterThan(
      stdout.output.lastIndexOf('\x1b[?25l'),
    );
  });

  it('resolves with 130 on Ctrl+C, after the last save', async () => {
    const { stdin, stdout, progress, done } = start();
    await until(stdout, 'Backpropagation');
    stdin.send('\r');
    await until(stdout, 'Press Enter to begin.');
    stdin.send('\r');
    await until(stdout, 'Z = ?');

    stdin.send('\x03');

    await expect(done).resolves.toBe(130);
    expect([...progress.saved.values()][0]?.phase.kind).toBe('asking');
    expect(stdin.rawModes.at(-1)).toBe(false);
  });
});

describe('isColorAllowed', () => {
  it.each([
    [{}, true],
    [{ NO_COLOR: '1' }, false],
    [{ NO_COLOR: '' }, true],
    [{ TERM: 'dumb' }, false],
    [{ TERM: 'xterm-256color' }, true],
  ])('says %o -> %s', (env, expected) => {
    expect(isColorAllowed(env)).toBe(expected);
  });
});

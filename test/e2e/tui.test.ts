import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { stopAllPtys, type PtySession } from '../helpers/pty.js';
import { numbersText, transposedNumbers } from '../tui/helpers/answers.js';
import {
  CLI,
  removeHomes,
  requireBuiltCli,
  startShell,
  startTutor,
} from '../tui/helpers/cli-pty.js';
import { seedEngine } from '../tui/helpers/lesson.js';
import { fmt, netOf, pass, trajectory } from '../tui/helpers/reference-net.js';

let engine: LessonEngine;

beforeAll(async () => {
  requireBuiltCli();
  engine = await seedEngine();
});

afterEach(stopAllPtys);
afterAll(removeHomes);

const LESSON = 'matrix-backprop';
const [DW2, W2] = [5, 12];
// Any SGR sequence: colours and text styles.
// eslint-disable-next-line no-control-regex -- escape sequences are what is checked
const SGR = /\x1b\[[\d;]*m/;

const questionOf = (stage: number) => {
  const s = engine.stages[stage]!;
  return `${s.kind === 'update' ? 'new ' : ''}${s.asks} = ?`;
};

async function begin(app: PtySession) {
  await app.waitFor('Press Enter to begin.');
  await app.press('enter');
  await app.waitFor(questionOf(0));
}

/** Types an answer that is right, and goes on to the next screen. */
async function answer(app: PtySession, text: string) {
  await app.write(text);
  await app.press('enter');
  await app.waitFor('Press Enter to continue.');
  await app.press('enter');
}

/** Types a wrong answer, waits for the words expected, then clears the line. */
async function wrong(app: PtySession, text: string, expected: string) {
  await app.write(text);
  await app.press('enter');
  await app.waitFor(expected);
  await app.press('backspace', [...text].length);
  await app.waitFor(/^>\s*$/m);
}

describe('dl-tutor in a terminal', () => {
  it('goes through all stages of the three updates and ends with the loss the network gives', async () => {
    const app = startTutor([LESSON], { cols: 100, rows: 30 });
    await begin(app);

    for (let update = 1; update <= engine.updates; update++) {
      if (update === 2) {
        await app.waitFor('reuse your formulas');
        await app.type('n');
      }
      for (let stage = 0; stage < engine.stages.length; stage++) {
        await app.waitFor(questionOf(stage));
        if (update === 1 && stage === 0) await wrong(app, 'W1 * x', 'The bias B is missing.');
        if (update === 1 && stage === DW2) await wrong(app, "A * dY'", 'you got the transpose');
        if (stage === W2) {
          const text = transposedNumbers(engine, W2, update);
          await wrong(app, text, 'Your matrix is the transpose of the answer.');
        }
        // Update 2 types numbers for the forward pass, checked against the new values.
        const isNumbers = update === 2 && stage < 4;
        await answer(
          app,
          isNumbers
            ? numbersText(engine.answerAt(stage, update))
            : engine.stages[stage]!.def.expected,
        );
      }
      await app.waitFor(`Update ${update} applied`);
      await app.press('enter');
    }

    const screen = (await app.waitFor('Summary')).join('\n');
    const reference = trajectory(netOf(engine.lesson), engine.lesson.training.learningRate, 3);
    const finalLoss = pass(reference[3]!).L;
    expect(fmt(engine.lossAt(4))).toBe(fmt(finalLoss));
    expect(screen).toMatch(new RegExp(`^after update 3 +${fmt(finalLoss)} `, 'm'));
    expect(screen).toMatch(/^Z +after 2 tries +first try +first try$/m);
    expect(screen).toMatch(/^W2 +after 2 tries +after 2 tries +after 2 tries$/m);
    await app.press('enter');
    await app.waitFor('Pick a lesson');
    await app.type('q');
    await expect(app.exited).resolves.toEqual({ exitCode: 0, signal: null });
  }, 180_000);

  it('re-lays out when the terminal is resized while an answer is typed', async () => {
    const app = startTutor([LESSON], { cols: 80, rows: 24 });
    await begin(app);

    await app.type('W1 * x');
    app.resize(60, 20);
    await app.type(' + B');
    const narrow = await app.waitFor('now: 2x1');
    app.resize(110, 32);
    const wide = await app.waitFor(/x 0\.5 ─┬─/);
    await app.press('enter');

    for (const screen of [narrow, wide]) {
      expect(
        screen.filter((row) => row.startsWith('Backprop') || row.startsWith('update 1/3')),
      ).toHaveLength(1);
      expect(screen.filter((row) => row === '> W1 * x + B')).toHaveLength(1);
    }
    await expect(app.waitFor('✓ Correct')).resolves.toContainEqual('Your answer: W1 * x + B');
  }, 60_000);

  it('works in a 40x12 terminal', async () => {
    const app = startTutor([LESSON], { cols: 40, rows: 12 });
    await begin(app);

    await app.write('W1 * x + B');
    const screen = await app.waitFor('now: 2x1');
    await app.press('enter');

    expect(screen).toContainEqual('Z = ?   2x1');
    expect(screen).toContainEqual('> W1 * x + B');
    expect(screen.at(-2)).toBe('? help · q quit');
    expect(screen.filter((row) => row.startsWith('update 1/3'))).toHaveLength(1);
    await expect(app.waitFor('✓ Correct')).resolves.toBeDefined();
  }, 60_000);

  it('draws every frame in a terminal even when CI=true is set', async () => {
    const app = startTutor([LESSON], { env: { CI: 'true' } });
    await begin(app);

    await app.write('W1 * x');
    const screen = await app.waitFor('now: 2x1');

    expect(screen).toContainEqual('> W1 * x');
  }, 60_000);

  it('exits with 130 on Ctrl+C, progress saved and the terminal restored', async () => {
    const line = `"${process.execPath}" "${CLI}" --lang en ${LESSON}; code=$?; stty -a; exit $code`;
    const app = startShell(line, { cols: 100, rows: 30 });
    await begin(app);
    await answer(app, 'W1 * x + B');
    await app.waitFor(questionOf(1));

    await app.press('ctrl-c');

    await expect(app.exited).resolves.toEqual({ exitCode: 130, signal: null });
    const raw = app.rawOutput();
    expect(raw.lastIndexOf('\x1b[?25h')).toBeGreaterThan(raw.lastIndexOf('\x1b[?25l'));
    const settings = app.screen().join(' ');
    expect(settings).toContain('Progress saved.');
    expect(settings).toMatch(/(^|\s)icanon(\s|$)/);
    expect(settings).toMatch(/(^|\s)echo(\s|$)/);
  }, 60_000);

  it('exits with 130 on Ctrl+C pressed while an answer is being checked, then resumes', async () => {
    const line = `"${process.execPath}" "${CLI}" --lang en ${LESSON}; code=$?; stty -a; exit $code`;
    const env = { DL_TUTOR_HOME: mkdtempSync(join(tmpdir(), 'dl-tutor-tui-')) };
    const app = startShell(line, { cols: 100, rows: 30, env });
    await begin(app);

    await app.write('W1 * x + B');
    await app.press('enter');
    await app.press('ctrl-c');

    await expect(app.exited).resolves.toEqual({ exitCode: 130, signal: null });
    expect(app.screen().join(' ')).toMatch(/(^|\s)icanon(\s|$)/);
    // Whether the answer was saved or not, what is on disk is readable: no warning on restart.
    const again = startTutor([LESSON], { cols: 100, rows: 30, env });
    const screen = await again.waitFor(/Resume|Press Enter to begin/);
    expect(screen.join('\n')).not.toMatch(/unreadable|moved it/i);
    rmSync(env.DL_TUTOR_HOME, { recursive: true, force: true });
  }, 60_000);

  it.each([
    ['SIGHUP', 129],
    ['SIGTERM', 143],
  ] as const)(
    'saves and exits on %s with %i',
    async (signal, code) => {
      const env = { DL_TUTOR_HOME: mkdtempSync(join(tmpdir(), 'dl-tutor-tui-')) };
      const app = startTutor([LESSON], { cols: 100, rows: 30, env });
      await begin(app);
      await answer(app, 'W1 * x + B');
      await app.waitFor(questionOf(1));

      app.kill(signal);

      await expect(app.exited).resolves.toEqual({ exitCode: code, signal: null });
      const again = startTutor([LESSON], { cols: 100, rows: 30, env });
      await expect(
        again.waitFor('Saved progress found (update 1, stage 2)'),
      ).resolves.toBeDefined();
      rmSync(env.DL_TUTOR_HOME, { recursive: true, force: true });
    },
    60_000,
  );

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
  ])(
    'is readable without colour with %s',
    async (_, env) => {
      const app = startTutor([LESSON], { cols: 80, rows: 24, env });
      await begin(app);

      await app.write('W1 * x');
      await app.press('enter');
      const screen = await app.waitFor('Not yet.');

      expect(screen).toContainEqual('✗ Not yet.');
      expect(screen).toContainEqual('Z = ?   2x1');
      expect(app.rawOutput()).not.toMatch(SGR);
    },
    60_000,
  );

  it('uses colour otherwise', async () => {
    const app = startTutor([LESSON], { cols: 80, rows: 24 });
    await begin(app);

    expect(app.rawOutput()).toMatch(SGR);
  }, 60_000);
});

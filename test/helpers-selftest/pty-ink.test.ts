import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PtyTimeoutError, startPty, stopAllPtys, type PtyOptions } from '../helpers/pty.js';

const COUNTER_APP = fileURLToPath(new URL('../fixtures/pty-app/counter-app.tsx', import.meta.url));

/** Starts the Ink counter fixture through tsx, as `npx tsx` would but without npx's start-up. */
function startCounter(options: PtyOptions = {}) {
  return startPty(process.execPath, ['--import', 'tsx', COUNTER_APP], options);
}

let savedCi: string | undefined;

// CI runs the tests with CI=true; set it here too so the removal is proven on every machine.
beforeAll(() => {
  savedCi = process.env.CI;
  process.env.CI = 'true';
});

afterAll(() => {
  if (savedCi === undefined) delete process.env.CI;
  else process.env.CI = savedCi;
});

afterEach(stopAllPtys);

describe('startPty with an Ink program', () => {
  it('shows live frames although the test process has CI=true', async () => {
    const app = startCounter({ cols: 40, rows: 10 });

    const screen = await app.waitFor('counter ready');

    expect(screen[0]).toBe(`╭${'─'.repeat(38)}╮`);
    expect(screen.slice(1, 4)).toEqual([
      `│ counter ready${' '.repeat(24)}│`,
      `│ size 40x10${' '.repeat(27)}│`,
      `│ count 0${' '.repeat(30)}│`,
    ]);
  });

  it('redraws after each key press', async () => {
    const app = startCounter();
    await app.waitFor('counter ready');

    await app.press('up', 3);
    await app.press('down');

    await expect(app.waitFor('count 2')).resolves.toContainEqual(
      expect.stringContaining('count 2'),
    );
  });

  it('shows typed text and removes it with backspace', async () => {
    const app = startCounter();
    await app.waitFor('counter ready');

    await app.type('W1*x+B');
    await app.waitFor('typed [W1*x+B]');
    await app.press('backspace', 2);

    await expect(app.waitFor('typed [W1*x]')).resolves.toBeDefined();
  });

  it('delivers typed text key by key but pasted text as one input', async () => {
    // A generous pause, so a busy machine cannot merge the two typed keys into one read.
    const app = startCounter({ keyDelay: 150 });
    await app.waitFor('counter ready');

    await app.type('ab');
    await app.waitFor('last key b');
    await app.write('cd');

    await expect(app.waitFor('last key cd')).resolves.toContainEqual(
      expect.stringContaining('typed [abcd]'),
    );
  });

  it('redraws at the new size after a resize', async () => {
    const app = startCounter({ cols: 40, rows: 10 });
    await app.waitFor('size 40x10');

    app.resize(64, 16);

    const screen = await app.waitFor('size 64x16');
    expect(screen[0]).toBe(`╭${'─'.repeat(62)}╮`);
  });

  it('reports the exit code the program chose', async () => {
    const app = startCounter();
    await app.waitFor('counter ready');

    await app.press('up', 5);
    await app.waitFor('count 5');
    await app.press('enter');

    await expect(app.exited).resolves.toEqual({ exitCode: 5, signal: null });
  });

  it('draws only the last frame when the program is given CI=true explicitly', async () => {
    const app = startCounter({ env: { CI: 'true' } });

    const waiting = app.waitFor('counter ready', { timeout: 2_500 });

    await expect(waiting).rejects.toThrow(PtyTimeoutError);
    await app.press('enter');
    await app.exited;
    expect(app.screen().join('\n')).toContain('counter ready');
  });
});

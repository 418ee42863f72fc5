import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PtyClosedError,
  PtyExitedError,
  PtyTimeoutError,
  startPty,
  stopAllPtys,
} from '../helpers/pty.js';

afterEach(stopAllPtys);

/** Runs a bash script in a pseudo-terminal. */
function bash(script: string, options: { cols?: number; rows?: number } = {}) {
  return startPty('bash', ['-c', script], options);
}

describe('startPty', () => {
  it('shows what the program prints with its colours stripped', async () => {
    const app = bash(String.raw`printf '\e[31mred\e[0m and \e[1mbold\e[0m\n'`);

    await app.exited;

    expect(app.screen()[0]).toBe('red and bold');
  });

  it('keeps Korean text whole on the screen', async () => {
    const app = bash("echo '역전파 backprop'");

    await app.exited;

    expect(app.screen()[0]).toBe('역전파 backprop');
  });

  it('shows only the visible rows once output scrolls', async () => {
    const rows = 5;
    const app = bash('seq 1 20', { rows });

    await app.exited;

    const lastNumbers = Array.from({ length: rows - 1 }, (_, i) => String(20 - (rows - 2) + i));
    expect(app.screen()).toEqual([...lastNumbers, '']);
  });

  it('gives the program the terminal size it was asked for', async () => {
    const app = bash('stty size', { cols: 33, rows: 7 });

    await app.exited;

    expect(app.screen()[0]).toBe('7 33');
  });

  it('tells the program about a resize', async () => {
    const app = bash("trap 'stty size' WINCH; echo ready; while :; do sleep 0.05; done");
    await app.waitFor('ready');

    app.resize(50, 9);

    await expect(app.waitFor('9 50')).resolves.toContain('9 50');
  });

  it('reports the exit code', async () => {
    const app = bash('exit 3');

    await expect(app.exited).resolves.toEqual({ exitCode: 3, signal: null });
  });

  it('reports the signal that killed the program', async () => {
    const app = bash('echo started; sleep 30');
    await app.waitFor('started');

    app.kill('SIGTERM');

    await expect(app.exited).resolves.toMatchObject({ signal: 'SIGTERM' });
  });

  it('refuses to type into a program that has exited', async () => {
    const app = bash('exit 0');
    await app.exited;

    const writing = app.write('x');

    await expect(writing).rejects.toThrow(PtyClosedError);
    await expect(writing).rejects.toThrow(/Cannot type "x": `bash -c exit 0` exited with code 0/);
  });
});

describe('waitFor', () => {
  it('resolves with the screen once a pattern appears', async () => {
    const app = bash("sleep 0.2; echo 'total: 42'; sleep 5");

    const screen = await app.waitFor(/total: \d+/);

    expect(screen[0]).toBe('total: 42');
  });

  it('waits for the end of a synchronized frame before it looks', async () => {
    const frame = String.raw`printf '\e[?2026hpart one\n'; sleep 0.4; printf 'part two\e[?2026l\n'`;
    const app = bash(`${frame}; sleep 5`);

    const screen = await app.waitFor('part one');

    expect(screen.slice(0, 2)).toEqual(['part one', 'part two']);
  });

  it('rejects with the current screen in the message on timeout', async () => {
    const app = bash("echo 'step one'; sleep 5");
    await app.waitFor('step one');

    const waiting = app.waitFor('step two', { timeout: 200 });

    await expect(waiting).rejects.toThrow(PtyTimeoutError);
    await expect(waiting).rejects.toThrow(/Waited 200 ms for "step two"[\s\S]*1 \|step one/);
  });

  it('rejects at once when the program exits before the pattern appears', async () => {
    const app = bash("echo 'goodbye'; exit 4");
    const started = performance.now();

    const waiting = app.waitFor('never shown', { timeout: 20_000 });

    await expect(waiting).rejects.toThrow(PtyExitedError);
    await expect(waiting).rejects.toThrow(/exited with code 4 before "never shown"[\s\S]*goodbye/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('stopAllPtys', () => {
  it('ends the program and the processes it started', async () => {
    const app = bash('sleep 300 & echo "child $!"; wait');
    const [line] = await app.waitFor(/child \d+/);
    const childPid = Number(line?.replace('child ', ''));

    await stopAllPtys();

    await expect(app.exited).resolves.toMatchObject({ signal: 'SIGTERM' });
    expect(await isGone(childPid)).toBe(true);
  });

  it('kills a program that ignores SIGTERM', async () => {
    const app = bash("trap '' TERM; echo ready; while :; do sleep 0.1; done");
    await app.waitFor('ready');

    await stopAllPtys();

    await expect(app.exited).resolves.toMatchObject({ signal: 'SIGKILL' });
  });
});

/**
 * Polls until `pid` has ended. A dead orphan stays a zombie until init reaps it, which can take
 * a second here, so a zombie counts as ended.
 */
async function isGone(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const state = processState(pid);
    if (state === undefined || state === 'Z') return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return false;
}

/** The state letter of `/proc/PID/stat` (`S`, `R`, `Z`, ...), or undefined once it is gone. */
function processState(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2];
  } catch {
    return undefined;
  }
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { startPty, stopAllPtys } from '../helpers/pty.js';
import { CLI, removeHomes, requireBuild, runCli, tempHome } from './helpers/run-cli.js';

function inTerminal(args: string[], home: string) {
  return startPty(process.execPath, [CLI, ...args], {
    cols: 100,
    rows: 30,
    env: { DL_TUTOR_HOME: home, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined },
  });
}

beforeAll(requireBuild);
afterEach(stopAllPtys);
afterAll(removeHomes);

describe('dl-tutor --plain in a terminal', () => {
  it('reads answers in cooked mode, the terminal echoing what is typed', async () => {
    const app = inTerminal(['--plain', '--lang', 'en'], tempHome());
    await app.waitFor('Z = ?   (2x1)');

    await app.write('W1 * x + B\r');

    const screen = await app.waitFor('A = ?   (2x1)');
    expect(screen).toContain('Z = W1 * x + B');
    expect(app.rawOutput()).not.toContain('\u001b[?25l');
  });

  it('runs plain mode when only stdout is not a terminal (dl-tutor | cat)', async () => {
    const line = `"${process.execPath}" "${CLI}" --lang en | cat`;
    const app = startPty('sh', ['-c', line], {
      cols: 100,
      rows: 30,
      env: { DL_TUTOR_HOME: tempHome() },
    });
    await app.waitFor('Z = ?   (2x1)');

    await app.write('W1 * x + B\r');

    await expect(app.waitFor('A = ?   (2x1)')).resolves.toBeDefined();
    expect(app.rawOutput()).not.toContain('\u001b[?1049h');
  });

  it('saves and exits 130 on Ctrl+C', async () => {
    const home = tempHome();
    const app = inTerminal(['--plain', '--lang', 'en'], home);
    await app.waitFor('Z = ?   (2x1)');
    await app.write('W1 * x + B\r');
    await app.waitFor('A = ?   (2x1)');

    await app.write('\u0003');

    expect((await app.exited).exitCode).toBe(130);
    expect(existsSync(join(home, 'progress/matrix-backprop.v1.json'))).toBe(true);
  });
});

describe('dl-tutor in a terminal', () => {
  it('hands the TUI the variant of --seed, the same one run --json prints', async () => {
    const transcript = JSON.parse((await runCli(['run', '--json', '--seed', '4'])).stdout);
    const app = inTerminal(['--lang', 'en', '--seed', '4', 'matrix-backprop'], tempHome());
    await app.waitFor(en['tui.begin']);

    await app.write('\r');

    await app.waitFor(`x = ${transcript.data.x}`);
  });

  it('starts the full-screen TUI and exits 143 on SIGTERM', async () => {
    const app = inTerminal(['--lang', 'en'], tempHome());
    await app.waitFor(en['label.pick-lesson']);

    app.kill('SIGTERM');

    expect((await app.exited).exitCode).toBe(143);
    expect(app.rawOutput()).toContain('\u001b[?25h');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { startPty, stopAllPtys, type KeyName } from '../helpers/pty.js';
import { UnknownKeyError } from '../helpers/pty-keys.js';

afterEach(stopAllPtys);

/** What xterm sends for each key with normal cursor keys, as hex bytes. */
const XTERM_BYTES: [KeyName, string][] = [
  ['enter', '0d'],
  ['tab', '09'],
  ['shift-tab', '1b 5b 5a'],
  ['up', '1b 5b 41'],
  ['down', '1b 5b 42'],
  ['right', '1b 5b 43'],
  ['left', '1b 5b 44'],
  ['home', '1b 5b 48'],
  ['end', '1b 5b 46'],
  ['backspace', '7f'],
  ['delete', '1b 5b 33 7e'],
  ['escape', '1b'],
  ['ctrl-c', '03'],
  ['ctrl-d', '04'],
  ['ctrl-r', '12'],
];

/** Reads `count` raw bytes from the terminal and prints them as hex on one line. */
function byteDump(count: number, setup = '') {
  const script =
    `stty raw -echo; ${setup} echo ready; ` +
    `head -c ${count} | od -An -v -tx1 | tr -s ' \\n' ' '; echo; echo done`;

  return startPty('bash', ['-c', script], { cols: 200 });
}

describe('press', () => {
  it.each(XTERM_BYTES)('sends the bytes xterm sends for %s', async (key, hex) => {
    const app = byteDump(hex.split(' ').length);
    await app.waitFor('ready');

    await app.press(key);

    const screen = await app.waitFor('done');
    expect(screen.join('\n')).toContain(` ${hex} `);
  });

  it('sends ESC O sequences once the program asks for application cursor keys', async () => {
    const app = byteDump(6, String.raw`printf '\e[?1h';`);
    await app.waitFor('ready');

    await app.press('up');
    await app.press('home');

    const screen = await app.waitFor('done');
    expect(screen.join('\n')).toContain(' 1b 4f 41 1b 4f 48 ');
  });

  it('presses a key several times', async () => {
    const app = byteDump(3);
    await app.waitFor('ready');

    await app.press('backspace', 3);

    const screen = await app.waitFor('done');
    expect(screen.join('\n')).toContain(' 7f 7f 7f ');
  });

  it('sends input in the order it was asked for', async () => {
    const app = byteDump(5);
    await app.waitFor('ready');

    void app.press('up');
    void app.write('x');
    await app.press('enter');

    const screen = await app.waitFor('done');
    expect(screen.join('\n')).toContain(' 1b 5b 41 78 0d ');
  });

  it('names the known keys when asked for an unknown one', () => {
    const app = startPty('bash', ['-c', 'sleep 5']);

    const pressUnknown = () => app.press('page-up' as KeyName);

    expect(pressUnknown).toThrow(UnknownKeyError);
    expect(pressUnknown).toThrow(/Unknown key "page-up". Use one of: up, down,.*ctrl-r/);
  });
});

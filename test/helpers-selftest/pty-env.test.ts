import { afterEach, describe, expect, it } from 'vitest';
import { childEnv, isCiVariable } from '../helpers/pty-env.js';
import { startPty, stopAllPtys } from '../helpers/pty.js';

afterEach(stopAllPtys);

describe('childEnv', () => {
  it('leaves out the variables that mark a CI run', () => {
    const parent = { CI: 'true', CONTINUOUS_INTEGRATION: '1', CI_JOB_ID: '7', BUILD_NUMBER: '9' };

    const env = childEnv({ ...parent, RUN_ID: '3', PATH: '/bin' });

    expect(env).toEqual({ PATH: '/bin', TERM: 'xterm-256color' });
  });

  it('keeps an explicit CI override so a test can ask for CI mode', () => {
    const env = childEnv({ CI: 'true' }, { CI: '1' });

    expect(env.CI).toBe('1');
  });

  it('removes a variable whose override is undefined', () => {
    const env = childEnv({ HOME: '/root', LANG: 'C' }, { HOME: undefined, EXTRA: 'yes' });

    expect(env).toEqual({ LANG: 'C', EXTRA: 'yes', TERM: 'xterm-256color' });
  });

  it('drops size variables so the program reads the terminal size', () => {
    const env = childEnv({ COLUMNS: '10', LINES: '3' });

    expect(env).toEqual({ TERM: 'xterm-256color' });
  });
});

describe('isCiVariable', () => {
  it.each([
    ['CI', true],
    ['CI_COMMIT_SHA', true],
    ['CONTINUOUS_INTEGRATION', true],
    ['CIRCLE', false],
    ['PATH', false],
  ])('says %s is a CI marker: %s', (name, expected) => {
    expect(isCiVariable(name)).toBe(expected);
  });
});

describe('startPty environment', () => {
  it('starts the program without the CI markers of the test process', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { CI: 'true', CONTINUOUS_INTEGRATION: 'true', CI_NAME: 'x' });

    const app = startPty('bash', ['-c', 'echo "[${CI-unset}|${CONTINUOUS_INTEGRATION-unset}]"']);
    process.env = saved;
    await app.exited;

    expect(app.screen()[0]).toBe('[unset|unset]');
  });

  it('adds the requested variables to the program environment', async () => {
    const app = startPty('bash', ['-c', 'echo "$GREETING $TERM"'], { env: { GREETING: 'hi' } });

    await app.exited;

    expect(app.screen()[0]).toBe('hi xterm-256color');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT } from './helpers/run-cli.js';

let work: string;
/** `./dl-tutor-<version>.tgz`, as a user names it in the folder holding it. */
/** `./dl-tutor-<version>.tgz`, as a user names it in the folder holding it. */
let tarball: string;

beforeAll(() => {
  requireBuild();
  work = mkdtempSync(join(tmpdir(), 'dl-tutor-pack-'));
  // Without scripts: `prepare` would rebuild dist/ under the other tests' feet.
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
    cwd: ROOT,
  });
  tarball = `./${readdirSync(work).find((name) => name.endsWith('.tgz'))!}`;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npx ./dl-tutor-<version>.tgz ...` with an empty npm cache and no network allowed. */
function npxOffline(args: string[]): string {
  const env = { ...process.env, npm_config_cache: join(work, 'cache'), DL_TUTOR_HOME: work };
  return execFileSync('npx', ['--yes', '--offline', tarball, ...args], {
    cwd: work,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('npm pack', () => {
  it('makes a tarball that npx runs offline, bundled lessons included', () => {
    const transcript = JSON.parse(npxOffline(['run', '--json']));

    expect(transcript.lesson).toBe('matrix-backprop');
    expect(transcript.steps[0].forward.L).toBeCloseTo(0.91125, 12);
    expect(npxOffline(['list'])).toContain('sigmoid-two-inputs');
  }, 180_000);
});

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeHomes, requireBuild, ROOT, runCli, tempHome } from './helpers/run-cli.js';

const BROKEN = join(ROOT, 'test/fixtures/broken-lessons/unknown-symbol.yaml');

beforeAll(requireBuild);
afterAll(removeHomes);

describe('dl-tutor list', () => {
  it('lists the bundled lessons, a broken one of the user with its problem, and the folder', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'lessons'));
    copyFileSync(BROKEN, join(home, 'lessons', 'unknown-symbol.yaml'));

    const run = await runCli(['list', '--lang', 'en'], { home });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^matrix-backprop +Backpropagation in matrix form +\[bundled\]$/m);
    expect(run.stdout).toMatch(/^sigmoid-two-inputs .*\[bundled\]$/m);
    expect(run.stdout).toMatch(/\[user, broken\]\n +.*unknown-symbol\.yaml:\d+:\d+: /);
    expect(run.stdout).toContain(`your lessons folder: ${join(home, 'lessons')}`);
  });

  it('lists lesson files given on the command line too', async () => {
    const home = tempHome();
    await runCli(['new', 'extra-lesson', '--lang', 'en'], { home });
    const file = join(home, 'lessons', 'extra-lesson.yaml');
    const elsewhere = join(tempHome(), 'extra-lesson.yaml');
    copyFileSync(file, elsewhere);

    const run = await runCli(['list', '--lang', 'en', elsewhere], { home: tempHome() });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^extra-lesson +One linear unit +\[path\]$/m);
  });
});

describe('dl-tutor validate', () => {
  it('passes the bundled lessons with exit 0', async () => {
    const run = await runCli(['validate', 'lessons/matrix-backprop.yaml']);

    expect(run.stdout).toBe('ok: lessons/matrix-backprop.yaml (13 stages)\n');
    expect(run.code).toBe(0);
  });

  it('prints the problems of a broken lesson with their place and exits 2', async () => {
    const run = await runCli(['validate', BROKEN]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown-symbol\.yaml:\d+:\d+: /);
  });
});

describe('dl-tutor new', () => {
  it('writes a starter lesson to the user folder that validates and runs', async () => {
    const home = tempHome();
    const file = join(home, 'lessons', 'my-lesson.yaml');

    const created = await runCli(['new', 'my-lesson', '--lang', 'en'], { home });
    const validated = await runCli(['validate', file], { home });
    const listed = await runCli(['list'], { home });
    const ran = await runCli(['run', 'my-lesson', '--json'], { home });

    expect(created.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(validated.code).toBe(0);
    expect(listed.stdout).toMatch(/^my-lesson .*\[user\]$/m);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout).lesson).toBe('my-lesson');
  });

  it('never writes over an existing lesson', async () => {
    const home = tempHome();
    await runCli(['new', 'my-lesson'], { home });

    const again = await runCli(['new', 'my-lesson', '--lang', 'en'], { home });

    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; not overwritten');
  });

  it('refuses a name that is not a lesson id with exit 2', async () => {
    const run = await runCli(['new', 'My Lesson', '--lang', 'en']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"My Lesson" cannot be a lesson id');
  });
});

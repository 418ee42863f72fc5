import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, removeHomes, requireBuild, ROOT, runCli, tempHome } from './helpers/run-cli.js';

/** Files dist/cli.js loads before it runs anything: its static imports, followed through. */
function staticallyLoaded(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/import\s*(?:[\w$*{}\s,]+?from\s*)?["'](\.\/[^"']+)["']/g)) {
      visit(join(ROOT, 'dist', match[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

beforeAll(requireBuild);
afterAll(removeHomes);

describe('dl-tutor --help', () => {
  it('lists the commands, the folders, the step function and the exit codes', async () => {
    const home = tempHome();

    const run = await runCli(['--help'], { home });

    expect(run.code).toBe(0);
    for (const command of ['quiz', 'run', 'check', 'export', 'list', 'validate', 'new']) {
      expect(run.stdout).toMatch(new RegExp(`\\n  ${command} `));
    }
    expect(run.stdout).toContain(`Data folder:   ${home}\n`);
    expect(run.stdout).toContain(`Your lessons:  ${join(home, 'lessons')}\n`);
    expect(run.stdout).toContain(`Progress:      ${join(home, 'progress')}`);
    expect(run.stdout).toContain('The ReLU derivative is called step (aliases drelu, heaviside)');
    expect(run.stdout).toMatch(/\n {2}2 {4}usage error/);
    expect(run.stdout).toMatch(/129 {2}SIGHUP {3}130 {2}Ctrl\+C \(SIGINT\) {3}143 {2}SIGTERM/);
  });

  it('speaks Korean with --lang ko', async () => {
    const run = await runCli(['--help', '--lang', 'ko']);

    expect(run.stdout).toContain('종료 코드:');
    expect(run.stdout).toContain('ReLU의 미분은 step이라고 부릅니다');
  });

  it('follows the locale when there is no --lang', async () => {
    const run = await runCli(['--help'], { env: { LANG: 'ko_KR.UTF-8' } });

    expect(run.stdout).toContain('종료 코드:');
  });

  it('does not load the engine to print the help', () => {
    const files = staticallyLoaded(CLI);

    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('Unexpected end of expression');
    }
  });

  it('prints the help of a command', async () => {
    const run = await runCli(['help', 'check']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dl-tutor check [options] [lesson] <answer>');
  });
});

describe('dl-tutor --version', () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

    const run = await runCli(['--version']);

    expect(run.stdout).toBe(`${version}\n`);
    expect(run.code).toBe(0);
  });
});

describe('usage errors', () => {
  it('reports an unknown option with exit 2 and where to look', async () => {
    const run = await runCli(['--frobnicate']);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "error: unknown option '--frobnicate'\n(dl-tutor --help lists the commands and options)\n",
    );
  });

  it('reports an unknown language with the ones there are', async () => {
    const run = await runCli(['run', '--lang', 'fr']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are ko, en.');
  });

  it('reports a lesson file that does not exist in one line', async () => {
    const run = await runCli(['--plain', 'nowhere/lesson.yaml']);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dl-tutor: nowhere/lesson.yaml: no such file; check the path\n');
  });

  it('shows a stack trace only with --debug', async () => {
    const quiet = await runCli(['run', 'nowhere/lesson.yaml']);
    const debug = await runCli(['run', 'nowhere/lesson.yaml', '--debug']);

    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.code).toBe(2);
  });
});

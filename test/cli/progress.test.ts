import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { carriedRun, RIGHT_ANSWERS } from './helpers/answers.js';
import {
  finished,
  outputContaining,
  removeHomes,
  requireBuild,
  runCli,
  startCli,
  tempHome,
} from './helpers/run-cli.js';

const FILE = 'matrix-backprop.v1.json';

function progressFiles(home: string): string[] {
  return readdirSync(join(home, 'progress')).sort();
}

function savedState(home: string, file = FILE) {
  return JSON.parse(readFileSync(join(home, 'progress', file), 'utf8')).state;
}

/** A home whose progress file already holds `text`. */
function homeWith(text: string): string {
  const home = tempHome();
  mkdirSync(join(home, 'progress'), { recursive: true });
  writeFileSync(join(home, 'progress', FILE), text);
  return home;
}

async function validProgressText(): Promise<string> {
  const home = tempHome();
  await runCli(['--lang', 'en'], { home, input: `${RIGHT_ANSWERS.slice(0, 2).join('\n')}\n` });
  return readFileSync(join(home, 'progress', FILE), 'utf8');
}

beforeAll(requireBuild);
afterAll(removeHomes);

describe('the progress file', () => {
  it.each([
    ['not JSON', '{"format": 1, "state": '],
    ['empty', ''],
    ['of another format version', '{"format": 99, "savedAt": "x", "state": {}}'],
  ])('is moved aside with a warning when it is %s', async (_what, text) => {
    const home = homeWith(text);

    const run = await runCli(['--lang', 'en'], { home, input: carriedRun() });

    expect(run.code).toBe(0);
    const [aside] = progressFiles(home).filter((f) => f.startsWith(`${FILE}.corrupt-`));
    expect(aside).toBeDefined();
    expect(readFileSync(join(home, 'progress', aside!), 'utf8')).toBe(text);
    const warning = en['warning.progress-corrupt'].replace(
      '{file}',
      join(home, 'progress', aside!),
    );
    expect(run.stderr.startsWith(`warning: ${warning} (`)).toBe(true);
    expect(savedState(home).phase.kind).toBe('done');
  });

  it('is moved aside when it was cut off in the middle', async () => {
    const text = await validProgressText();
    const home = homeWith(text.slice(0, Math.floor(text.length / 2)));

    const run = await runCli(['--lang', 'en'], { home, input: carriedRun() });

    expect(run.stderr).toContain('moved it to');
    expect(progressFiles(home).some((f) => f.startsWith(`${FILE}.corrupt-`))).toBe(true);
    expect(run.code).toBe(0);
  });

  it('is moved aside when it belongs to another lesson', async () => {
    const text = (await validProgressText()).replace('"matrix-backprop"', '"other-lesson"');
    const home = homeWith(text);

    const run = await runCli(['--lang', 'en'], { home, input: carriedRun() });

    expect(run.stderr).toContain('saved for other-lesson v1, not matrix-backprop v1');
    expect(run.code).toBe(0);
  });

  it('is replaced whole when two dl-tutors save at once (the last one wins)', async () => {
    const home = tempHome();
    const readers: string[] = [];
    const read = async () => {
      for (let i = 0; i < 4; i++) readers.push((await runCli(['--lang', 'en'], { home })).stderr);
    };

    const [a, b] = await Promise.all([
      runCli(['--lang', 'en', '--reset'], { home, input: carriedRun() }),
      runCli(['--lang', 'en', '--reset'], { home, input: carriedRun() }),
      read(),
    ]);

    expect([a!.code, b!.code]).toEqual([0, 0]);
    expect(readers.join('')).toBe('');
    expect(progressFiles(home)).toEqual([FILE]);
    expect(savedState(home).phase.kind).toBe('done');
  });
});

describe('opening a finished lesson again', () => {
  it('shows its score and keeps it until the first answer', async () => {
    const home = tempHome();
    await runCli(['--lang', 'en'], { home, input: carriedRun() });

    const run = await runCli(['--lang', 'en'], { home, input: '' });

    expect(run.stdout).toContain('You finished this lesson before (score 26/26).');
    expect(savedState(home).phase.kind).toBe('done');
  });
});

describe('a data folder that cannot be used', () => {
  it('gives one warning and the session still runs', async () => {
    const blocker = join(tempHome(), 'a-file');
    writeFileSync(blocker, '');

    const run = await runCli(['--lang', 'en'], {
      home: join(blocker, 'home'),
      input: carriedRun(),
    });

    expect(run.code).toBe(0);
    const warnings = run.stderr.trim().split('\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: Cannot save progress \(ENOTDIR/);
  });

  it('gives a warning when the progress folder is a file', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'progress'), 'not a folder');

    const run = await runCli(['--lang', 'en'], { home, input: carriedRun() });

    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Cannot save progress');
  });
});

describe('signals in plain mode', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s saves the progress and exits %i', async (signal, code) => {
    const home = tempHome();
    const child = startCli(['--lang', 'en'], { home });
    const done = finished(child);
    child.stdin!.write(`${RIGHT_ANSWERS.slice(0, 3).join('\n')}\n`);
    await outputContaining(child, 'L = ?   (1x1)');

    child.kill(signal);

    expect((await done).code).toBe(code);
    expect(savedState(home).records).toHaveLength(3);
    child.stdin!.destroy();
  });
});

describe('dl-tutor quiz', () => {
  it('keeps the progress of a variant in its own file', async () => {
    const home = tempHome();
    await runCli(['--lang', 'en'], { home, input: `${RIGHT_ANSWERS[0]}\n` });

    const input = 'W1 * x\n';
    const run = await runCli(['quiz', '--seed', '7', '--lang', 'en'], { home, input });

    expect(run.stdout).not.toContain('Resume?');
    expect(progressFiles(home)).toEqual([FILE, 'matrix-backprop.v1.seed-7.json']);
    expect(savedState(home, 'matrix-backprop.v1.seed-7.json').seed).toBe(7);
  });

  it('draws a seed when none is given and says which', async () => {
    const home = tempHome();

    const run = await runCli(['quiz', '--lang', 'en'], { home, input: 'W1 * x\n' });

    const seed = /^Variant seed (\d+) \(repeat it with --seed \1\)\.$/m.exec(run.stdout)?.[1];
    expect(seed).toBeDefined();
    expect(progressFiles(home)).toEqual([`matrix-backprop.v1.seed-${seed}.json`]);
  });

  it('records the score of a finished variant', async () => {
    const home = tempHome();

    const run = await runCli(['quiz', '--seed', '3', '--lang', 'en'], {
      home,
      input: carriedRun(),
    });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Score: 26/26');
    const state = savedState(home, 'matrix-backprop.v1.seed-3.json');
    expect(state.phase.kind).toBe('done');
    expect(
      state.records.filter((r: { outcome: string }) => r.outcome === 'first-try'),
    ).toHaveLength(13);
  });
});

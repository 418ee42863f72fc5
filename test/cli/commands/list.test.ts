import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bufferIo } from '../../../src/cli/commands/io.js';
import { runList } from '../../../src/cli/commands/list.js';
import { starterLesson } from '../../../src/lesson/starter.js';

const BROKEN = fileURLToPath(new URL('../../fixtures/broken-lessons/', import.meta.url));

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'dl-tutor-list-'));
  await mkdir(join(home, 'lessons'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('runList', () => {
  it('shows id, title, source and description, in the chosen language', async () => {
    await writeFile(join(home, 'lessons', 'unit.yaml'), starterLesson('unit'));
    const io = bufferIo();

    const code = await runList(io, {
      env: { DL_TUTOR_HOME: home },
      bundledDir: join(home, 'none'),
      lang: 'en',
    });

    expect(code).toBe(0);
    expect(io.lines.out).toEqual([
      'unit  One linear unit  [user]',
      '      Forward pass, gradients and updates for a single y = w * x + b.',
      `your lessons folder: ${join(home, 'lessons')}`,
    ]);
  });

  it('shows a broken lesson with its first problem', async () => {
    const file = join(home, 'lessons', 'broken.yaml');
    await copyFile(join(BROKEN, 'link-out-of-range.yaml'), file);
    const io = bufferIo();

    await runList(io, { env: { DL_TUTOR_HOME: home }, bundledDir: join(home, 'none'), lang: 'ko' });

    expect(io.lines.out[0]).toBe('broken-base  고장 난 레슨  [user, 고장]');
    expect(io.lines.out[1]).toBe(
      `             ${file}:40:17: stages[2].links[0].entry: entry [3, 1] is outside dL/dW2, ` +
        'which is 2x2; entries count from [1, 1]',
    );
  });

  it('says so when there are no lessons', async () => {
    const io = bufferIo();

    await runList(io, { env: { DL_TUTOR_HOME: home }, bundledDir: join(home, 'none'), lang: 'en' });

    expect(io.lines.out).toEqual([
      'no lessons found',
      `your lessons folder: ${join(home, 'lessons')}`,
    ]);
  });
});

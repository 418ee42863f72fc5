import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferIo } from '../../../src/cli/commands/io.js';
import { runValidate } from '../../../src/cli/commands/validate.js';
import { starterLesson } from '../../../src/lesson/starter.js';

const BROKEN = fileURLToPath(new URL('../../fixtures/broken-lessons/', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dl-tutor-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runValidate', () => {
  it('prints ok with the stage count and exits 0 for good files', async () => {
    const file = join(dir, 'good.yaml');
    await writeFile(file, starterLesson('good'));
    const io = bufferIo();

    const code = await runValidate([file], io);

    expect(code).toBe(0);
    expect(io.lines.out).toEqual([`ok: ${file} (6 stages)`]);
    expect(io.lines.err).toEqual([]);
  });

  it('prints every problem of every bad file and exits 2 when any file is bad', async () => {
    const good = join(dir, 'fine.yaml');
    await writeFile(good, starterLesson('fine'));
    const bad = join(BROKEN, 'many-errors.yaml');
    const io = bufferIo();

    const code = await runValidate([bad, good], io);

    expect(code).toBe(2);
    expect(io.lines.out).toEqual([`ok: ${good} (6 stages)`]);
    expect(io.lines.err).toHaveLength(4);
    expect(io.lines.err.every((line) => line.startsWith(`${bad}:`))).toBe(true);
  });

  it('asks for files when given none', async () => {
    const io = bufferIo();

    const code = await runValidate([], io, 'ko');

    expect(code).toBe(2);
    expect(io.lines.err).toEqual(['레슨 파일을 하나 이상 주세요: dl-tutor validate FILE...']);
  });
});

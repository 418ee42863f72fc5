import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bufferIo } from '../../../src/cli/commands/io.js';
import { runNew } from '../../../src/cli/commands/new.js';
import { runValidate } from '../../../src/cli/commands/validate.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dl-tutor-new-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runNew', () => {
  it('writes a starter lesson that validates, creating the folder', async () => {
    const folder = join(dir, 'lessons');
    const io = bufferIo();

    const code = await runNew('first-try', io, { dir: folder, lang: 'en' });
    const validated = await runValidate([join(folder, 'first-try.yaml')], bufferIo());

    expect(code).toBe(0);
    expect(io.lines.out).toEqual([
      `created: ${join(folder, 'first-try.yaml')}`,
      `check it with: dl-tutor validate ${join(folder, 'first-try.yaml')}`,
    ]);
    expect(validated).toBe(0);
  });

  it('refuses to overwrite an existing file and leaves it as it was', async () => {
    const file = join(dir, 'mine.yaml');
    await writeFile(file, 'my own work\n');
    const io = bufferIo();

    const code = await runNew('mine', io, { dir, lang: 'en' });

    expect(code).toBe(2);
    expect(io.lines.err).toEqual([`${file} already exists; not overwritten. Choose another name`]);
    expect(await readFile(file, 'utf8')).toBe('my own work\n');
  });

  it.each(['../escape', 'Big', 'with space', ''])('refuses the name "%s"', async (name) => {
    const io = bufferIo();

    const code = await runNew(name, io, { dir, lang: 'en' });

    expect(code).toBe(2);
    expect(io.lines.err[0]).toContain('cannot be a lesson id');
  });
});

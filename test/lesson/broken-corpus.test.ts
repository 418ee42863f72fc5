import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/commands/io.js';
import { runValidate } from '../../src/cli/commands/validate.js';

const CORPUS = fileURLToPath(new URL('../fixtures/broken-lessons/', import.meta.url));

/** `# expect: LINE:COL MESSAGE` lines of a fixture, or its entry in expected.json. */
async function expectations(name: string): Promise<{ position: string; message: string }[]> {
  const text = await readFile(join(CORPUS, name), 'utf8');
  const header = text
    .split('\n')
    .filter((line) => line.startsWith('# expect: '))
    .map((line) => line.slice('# expect: '.length));
  const listed = JSON.parse(await readFile(join(CORPUS, 'expected.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  return [...header, ...(listed[name] ?? [])].map((line) => {
    const space = line.indexOf(' ');
    return { position: line.slice(0, space), message: line.slice(space + 1) };
  });
}

/** Validates files and returns the exit code with the printed error lines. */
async function validate(files: string[]) {
  const io = bufferIo();
  const code = await runValidate(files, io);
  return { code, errors: io.lines.err, out: io.lines.out };
}

const files = (await readdir(CORPUS)).filter((name) => name.endsWith('.yaml')).sort();

describe('the broken-lesson corpus', () => {
  it('holds at least 25 broken lessons, each with an expectation', async () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const name of files) expect((await expectations(name)).length, name).toBeGreaterThan(0);
  });

  it.each(files)('%s: reports exactly the expected problems and exits 2', async (name) => {
    const file = join(CORPUS, name);
    const expected = await expectations(name);

    const { code, errors, out } = await validate([file]);

    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(errors).toHaveLength(expected.length);
    for (const { position, message } of expected) {
      const line = errors.find((error) => error.startsWith(`${file}:${position}: `));
      expect(line, `${position} in\n${errors.join('\n')}`).toBeDefined();
      expect(line).toContain(message);
    }
  });

  it('reports a duplicate id on the later of two files, at its id', async () => {
    const first = join(CORPUS, 'duplicate-ids', 'first.yaml');
    const second = join(CORPUS, 'duplicate-ids', 'second.yaml');

    const alone = await validate([first]);
    const both = await validate([first, second]);

    expect(alone.code).toBe(0);
    expect(both.code).toBe(2);
    expect(both.out).toEqual([`ok: ${first} (4 stages)`]);
    expect(both.errors).toEqual([
      `${second}:3:5: id: "broken-base" is already the id of ${first}; give this lesson another id`,
    ]);
  });
});

describe('generated broken files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dl-tutor-corpus-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file over 256 KiB before parsing it', async () => {
    const file = join(dir, 'huge.yaml');
    // 9 + 30000 * 10 = 300009 bytes, 293 KiB rounded up.
    await writeFile(file, `id: huge\n${'# padding\n'.repeat(30_000)}`);

    const { code, errors } = await validate([file]);

    expect(code).toBe(2);
    expect(errors).toEqual([
      `${file}:1:1: the file is 293 KiB; lesson files are limited to 256 KiB`,
    ]);
  });

  it('refuses 10000 nested brackets without running out of memory', async () => {
    const file = join(dir, 'deep.yaml');
    await writeFile(file, `id: deep\nvalue: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);

    const { code, errors } = await validate([file]);

    expect(code).toBe(2);
    // Bracket 65 opens at column 8 + 64 of line 2.
    expect(errors).toEqual([
      `${file}:2:72: brackets nest deeper than 64 levels; flatten the value`,
    ]);
  });

  it('reports a missing file and a directory without throwing', async () => {
    const missing = join(dir, 'nope.yaml');

    const { code, errors } = await validate([missing, dir]);

    expect(code).toBe(2);
    expect(errors).toEqual([
      `${missing}: no such file; check the path`,
      `${dir}: is a directory; give a lesson file (.yaml)`,
    ]);
  });
});

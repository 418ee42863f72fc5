import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLesson, listLessons } from '../../src/lesson/catalog.js';
import { loadLessonText } from '../../src/lesson/load.js';
import { bundledLessonDir, packageRoot, userLessonDir } from '../../src/lesson/lesson-dirs.js';
import { starterLesson } from '../../src/lesson/starter.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const BROKEN = join(ROOT, 'test/fixtures/broken-lessons');

let home: string;
let bundled: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'dl-tutor-home-'));
  bundled = join(home, 'bundled');
  await mkdir(join(home, 'lessons'), { recursive: true });
  await mkdir(bundled);
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

function options(paths: string[] = []) {
  return { env: { DL_TUTOR_HOME: home }, bundledDir: bundled, paths };
}

describe('lesson folders', () => {
  it('finds the package root and its lessons folder from the source tree', () => {
    expect(packageRoot()).toBe(ROOT);
    expect(bundledLessonDir()).toBe(join(ROOT, 'lessons'));
  });

  it('finds the package root from a bundle in dist/', async () => {
    const fake = join(home, 'package');
    await mkdir(join(fake, 'dist'), { recursive: true });
    await writeFile(join(fake, 'package.json'), JSON.stringify({ name: 'dl-tutor' }));
    const entry = join(home, 'entry.ts');
    const dirs = join(ROOT, 'src/lesson/lesson-dirs.ts');
    await writeFile(
      entry,
      `import { bundledLessonDir } from ${JSON.stringify(dirs)};\nconsole.log(bundledLessonDir());\n`,
    );
    await build({
      entryPoints: [entry],
      outfile: join(fake, 'dist/cli.js'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });

    const { stdout } = await promisify(execFile)(process.execPath, [join(fake, 'dist/cli.js')]);

    expect(stdout.trim()).toBe(join(fake, 'lessons'));
  });

  it('skips folders whose package.json names another package', async () => {
    const inner = join(home, 'inner');
    await mkdir(join(inner, 'src'), { recursive: true });
    await writeFile(join(inner, 'package.json'), JSON.stringify({ name: 'something-else' }));
    await writeFile(join(home, 'package.json'), JSON.stringify({ name: 'dl-tutor' }));

    expect(packageRoot(join(inner, 'src', 'cli.js'))).toBe(home);
  });

  it('puts user lessons under DL_TUTOR_HOME when it is set', () => {
    expect(userLessonDir({ DL_TUTOR_HOME: '/srv/tutor' })).toBe('/srv/tutor/lessons');
    expect(userLessonDir({})).toMatch(/dl-tutor[/\\]lessons$/);
  });
});

describe('listLessons', () => {
  it('lists bundled, user and explicit lessons in that order', async () => {
    await writeFile(join(bundled, 'b.yaml'), starterLesson('bundled-one'));
    await writeFile(join(home, 'lessons', 'u.yaml'), starterLesson('user-one'));
    await writeFile(join(home, 'lessons', 'notes.txt'), 'not a lesson');
    const explicit = join(home, 'elsewhere.yaml');
    await writeFile(explicit, starterLesson('path-one'));

    const entries = await listLessons(options([explicit]));

    expect(entries.map((e) => [e.id, e.source, e.status])).toEqual([
      ['bundled-one', 'bundled', 'ok'],
      ['user-one', 'user', 'ok'],
      ['path-one', 'path', 'ok'],
    ]);
    expect(entries[0]?.title).toEqual({ ko: '선형 유닛 하나', en: 'One linear unit' });
    expect(entries[0]?.file).toBe(join(bundled, 'b.yaml'));
  });

  it('gives the version, stage count and update count that progress is keyed by', async () => {
    await writeFile(join(bundled, 'b.yaml'), starterLesson('bundled-one'));
    const { lesson } = await loadLessonText(starterLesson('bundled-one'), 'b.yaml');

    const [entry] = await listLessons({ ...options([]), compile: false });

    expect(entry?.shape).toEqual({
      version: lesson!.version,
      stages: lesson!.stages.length,
      updates: lesson!.training.updates,
    });
  });

  it('lists a broken lesson with its first error and still loads the others', async () => {
    await copyFile(join(BROKEN, 'unknown-symbol.yaml'), join(home, 'lessons', 'a-broken.yaml'));
    await writeFile(join(home, 'lessons', 'b-good.yaml'), starterLesson('good'));

    const entries = await listLessons(options());

    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ id: 'broken-base', status: 'broken' });
    expect(entries[0]?.title).toEqual({ ko: '고장 난 레슨', en: 'A broken lesson' });
    expect(entries[0]?.firstError).toMatch(
      /a-broken\.yaml:27:16: stages\[0\]\.expected: unknown symbol "W3"/,
    );
    expect(entries[1]).toMatchObject({ id: 'good', status: 'ok' });
  });

  it('names a broken lesson without a readable id after its file', async () => {
    await writeFile(join(home, 'lessons', 'garbage.yaml'), '- not\n- a map\n');

    const [entry] = await listLessons(options());

    expect(entry).toMatchObject({ id: 'garbage', status: 'broken', title: {} });
  });

  it('marks the later of two files with one id as broken', async () => {
    await writeFile(join(bundled, 'same.yaml'), starterLesson('same'));
    await writeFile(join(home, 'lessons', 'same.yaml'), starterLesson('same'));

    const entries = await listLessons(options());

    expect(entries.map((e) => [e.source, e.status])).toEqual([
      ['bundled', 'ok'],
      ['user', 'broken'],
    ]);
    expect(entries[1]?.firstError).toBe(
      `${join(home, 'lessons', 'same.yaml')}:4:5: id: "same" is already the id of ${join(bundled, 'same.yaml')}; give this lesson another id`,
    );
  });

  it('lists quickly without the engine when asked, catching structure but not maths', async () => {
    await copyFile(join(BROKEN, 'wrong-gradient.yaml'), join(home, 'lessons', 'maths.yaml'));
    await copyFile(join(BROKEN, 'unknown-key.yaml'), join(home, 'lessons', 'structure.yaml'));

    const quick = await listLessons({ ...options(), compile: false });
    const full = await listLessons(options());

    expect(quick.map((e) => [e.file.endsWith('maths.yaml'), e.status])).toEqual([
      [true, 'ok'],
      [false, 'broken'],
    ]);
    expect(full.map((e) => e.status)).toEqual(['broken', 'broken']);
  });

  it('has nothing to list when the folders do not exist', async () => {
    const entries = await listLessons({
      env: { DL_TUTOR_HOME: join(home, 'none') },
      bundledDir: join(home, 'none'),
    });

    expect(entries).toEqual([]);
  });
});

describe('findLesson', () => {
  it('finds a lesson by id, the first of two with that id', async () => {
    await writeFile(join(bundled, 'b.yaml'), starterLesson('unit'));
    await writeFile(
      join(home, 'lessons', 'u.yaml'),
      starterLesson('unit').replace('version: 1 ', 'version: 2 '),
    );

    const { lesson, compiled, errors } = await findLesson('unit', options());

    expect(errors).toEqual([]);
    expect(lesson?.version).toBe(1);
    expect(compiled).toBeDefined();
  });

  it('loads a path directly', async () => {
    const file = join(home, 'mine.yaml');
    await writeFile(file, starterLesson('mine'));

    const { lesson } = await findLesson(file, options());

    expect(lesson?.id).toBe('mine');
  });

  it('returns the errors of a broken lesson found by id', async () => {
    await copyFile(join(BROKEN, 'wrong-gradient.yaml'), join(home, 'lessons', 'w.yaml'));

    const { lesson, errors } = await findLesson('broken-base', options());

    expect(lesson).toBeUndefined();
    expect(String(errors[0])).toContain('stages[2].expected: dL/dW2');
  });

  it('lists the available ids for an unknown id', async () => {
    await writeFile(join(bundled, 'b.yaml'), starterLesson('alpha'));
    await writeFile(join(home, 'lessons', 'u.yaml'), starterLesson('beta'));

    const { errors } = await findLesson('gamma', options());

    expect(errors.map(String)).toEqual([
      'gamma: no lesson with id "gamma"; available: alpha, beta (see "dl-tutor list")',
    ]);
  });
});

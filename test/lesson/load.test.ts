import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LessonError } from '../../src/lesson/errors.js';
import { loadLessonFile, loadLessonText } from '../../src/lesson/load.js';

const LESSONS = fileURLToPath(new URL('../../lessons/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../fixtures/broken-lessons/', import.meta.url));

describe('loadLessonFile', () => {
  it('loads the bundled matrix-backprop lesson with the network of the source lesson', async () => {
    const { lesson, compiled, errors } = await loadLessonFile(
      join(LESSONS, 'matrix-backprop.yaml'),
    );

    expect(errors.map(String)).toEqual([]);
    expect(compiled).toBeDefined();
    const values = Object.fromEntries(lesson!.symbols.map((s) => [s.name, s.value]));
    expect(values).toEqual({
      W1: [[0.4], [0.6]],
      B: [[0.1], [-0.1]],
      W2: [
        [0.3, 0.5],
        [-0.2, 0.7],
      ],
      x: [[0.5]],
      T: [[1], [-1]],
    });
    expect(lesson!.training).toEqual({ learningRate: 0.1, updates: 3 });
    expect(lesson!.stages.map((s) => s.asks)).toEqual([
      'Z',
      'A',
      'Y',
      'L',
      'dL/dY',
      'dL/dW2',
      'dL/dA',
      'dL/dZ',
      'dL/dW1',
      'dL/dB',
      'W1',
      'B',
      'W2',
    ]);
  });

  it.each(readdirSync(LESSONS).filter((name) => name.endsWith('.yaml')))(
    'validates the bundled lesson %s',
    async (name) => {
      const { lesson, errors } = await loadLessonFile(join(LESSONS, name));

      expect(errors.map(String)).toEqual([]);
      expect(lesson?.id).toBe(name.replace(/\.yaml$/, ''));
    },
  );

  it('reports every schema problem of a file at once, in file order', async () => {
    const file = join(CORPUS, 'many-errors.yaml');

    const { lesson, errors } = await loadLessonFile(file);

    expect(lesson).toBeUndefined();
    expect(errors.map((e) => e.position)).toEqual([
      { line: 7, col: 10 },
      { line: 25, col: 26 },
      { line: 25, col: 38 },
      { line: 38, col: 5 },
    ]);
  });

  describe('with files it cannot read', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dl-tutor-load-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
      const file = join(dir, 'locked.yaml');
      await writeFile(file, 'id: locked\n');
      await chmod(file, 0o000);

      const { errors } = await loadLessonFile(file);

      expect(errors.map(String)).toEqual([`${file}: cannot be read (permission denied)`]);
    });

    it('reports a path through a file as unreadable rather than throwing', async () => {
      const file = join(dir, 'plain.yaml');
      await writeFile(file, 'id: plain\n');

      const { errors } = await loadLessonFile(join(file, 'inside.yaml'));

      expect(errors.map(String)).toEqual([
        `${join(file, 'inside.yaml')}: cannot be read (ENOTDIR)`,
      ]);
    });
  });
});

describe('loadLessonText', () => {
  it('renders each problem as one line: file, line, column, path and message', async () => {
    const text = 'id: x\nversion: 0\n';

    const { errors } = await loadLessonText(text, 'lessons/x.yaml');

    expect(errors[0]).toBeInstanceOf(LessonError);
    expect(errors.map(String)).toContain('lessons/x.yaml:2:10: version: must be at least 1, got 0');
    for (const error of errors) expect(String(error)).not.toContain('\n');
  });

  it('never throws and never returns a lesson together with errors, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const result = await loadLessonText(text, 'any.yaml');

        expect(result.errors.length > 0 || result.lesson !== undefined).toBe(true);
        expect(result.errors.length > 0 && result.lesson !== undefined).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for any YAML data, one error line per problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (data) => {
        const result = await loadLessonText(stringify(data), 'any.yaml');

        expect(result.lesson).toBeUndefined();
        for (const error of result.errors)
          expect(String(error)).toMatch(/^any\.yaml:\d+:\d+: [^\n]+$/);
      }),
      { numRuns: 200 },
    );
  });
});

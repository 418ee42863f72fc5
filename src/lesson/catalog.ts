/**
 * Finds lessons: the bundled ones, the user's folder and explicit paths. A broken lesson is
 * listed as broken and never stops the others from loading.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { declaredId, markDuplicateIds, type LoadedFile } from './duplicate-ids.js';
import { LessonError } from './errors.js';
import { bundledLessonDir, userLessonDir, type LessonEnv } from './lesson-dirs.js';
import { compileLoaded, loadLessonFile, type LoadResult } from './load.js';
import type { Text } from './model.js';
import { lineText, text } from './schema-parts.js';

export type LessonSource = 'bundled' | 'user' | 'path';

/** One lesson as the list shows it. */
export interface CatalogEntry {
  /** The lesson's id; for a broken file without a readable id, the file name without `.yaml`. */
  id: string;
  /** Empty (`{}`) when a broken file has no readable title. */
  title: Text;
  description: Text;
  source: LessonSource;
  file: string;
  status: 'ok' | 'broken';
  /** Version, stage count and update count of a lesson that loaded; progress is keyed by them. */
  shape?: { version: number; stages: number; updates: number };
  /** The first problem of a broken lesson, as one `file:line:col: message` line. */
  firstError?: string;
}

export interface CatalogOptions {
  /** Read for DL_TUTOR_HOME; pass `process.env` from the CLI. */
  env: LessonEnv;
  /** Lesson files named on the command line. */
  paths?: string[];
  /** Overrides the bundled folder (tests). */
  bundledDir?: string;
  /**
   * Run the engine's checks on every lesson (default true). A picker can pass false to list
   * quickly, without loading the engine; `ok` then means structurally valid.
   */
  compile?: boolean;
}

interface Found extends LoadedFile {
  source: LessonSource;
}

const LESSON_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Lesson files of a folder, sorted by name; a missing folder has none. */
async function lessonFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files = names.filter((n) => LESSON_EXTENSIONS.has(extname(n))).sort();
  // A file that cannot even be stat'ed is kept, so that loading it says why.
  const isFile = await Promise.all(
    files.map((n) =>
      stat(join(dir, n)).then(
        (s) => s.isFile(),
        () => true,
      ),
    ),
  );
  return files.filter((_, i) => isFile[i]).map((n) => join(dir, n));
}

async function scan(options: CatalogOptions): Promise<Found[]> {
  const bundled = options.bundledDir ?? bundledLessonDir();
  const groups: [LessonSource, string[]][] = [
    ['bundled', bundled === undefined ? [] : await lessonFiles(bundled)],
    ['user', await lessonFiles(userLessonDir(options.env))],
    ['path', options.paths ?? []],
  ];
  const load = { compile: options.compile ?? true };
  const sources = groups.flatMap(([source, files]) => files.map(() => source));
  const loaded = await Promise.all(
    groups.flatMap(([, files]) =>
      files.map(async (file) => ({ file, result: await loadLessonFile(file, load) })),
    ),
  );
  return markDuplicateIds(loaded).map((item, i) => ({ ...item, source: sources[i] ?? 'path' }));
}

function readableText(value: unknown, schema: typeof text): Text {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

function toEntry({ file, result, source }: Found): CatalogEntry {
  const data = (result.data ?? {}) as Record<string, unknown>;
  const common = {
    id: result.lesson?.id ?? declaredId(result) ?? basename(file, extname(file)),
    source,
    file,
  };
  if (result.lesson) {
    const { title, description, version, stages, training } = result.lesson;
    const shape = { version, stages: stages.length, updates: training.updates };
    return { ...common, title, description, status: 'ok', shape };
  }
  return {
    ...common,
    title: readableText(data.title, text),
    description: readableText(data.description, lineText),
    status: 'broken',
    firstError: String(result.errors[0] ?? `${file}: cannot be loaded`),
  };
}

/** Every lesson found, bundled first, then the user's folder, then explicit paths. */
export async function listLessons(options: CatalogOptions): Promise<CatalogEntry[]> {
  return (await scan(options)).map(toEntry);
}

/**
 * The first file of the list, when it is named after the id and declares it: no other file can
 * take the id from it, so the others need not be read (the usual case of the default lesson).
 */
async function firstFileNamedAfter(id: string, options: CatalogOptions) {
  const dir = options.bundledDir ?? bundledLessonDir();
  if (dir === undefined) return undefined;

  const [first] = await lessonFiles(dir);
  if (first !== join(dir, `${id}.yaml`)) return undefined;
  const result = await loadLessonFile(first, { compile: false });
  return declaredId(result) === id ? { file: first, result } : undefined;
}

/** Whether the argument names a file rather than a lesson id. */
function isPathLike(idOrPath: string): boolean {
  return /[/\\]/.test(idOrPath) || LESSON_EXTENSIONS.has(extname(idOrPath));
}

/**
 * Loads a lesson by id (from the bundled and user folders) or by path. Of two files with one
 * id the first counts, as in the list. An unknown id is an error that lists the ids there are.
 * Only the lesson found is compiled.
 */
export async function findLesson(idOrPath: string, options: CatalogOptions): Promise<LoadResult> {
  const load = { compile: options.compile ?? true };
  if (isPathLike(idOrPath)) return loadLessonFile(idOrPath, load);

  const finish = (found: { file: string; result: LoadResult }) =>
    load.compile ? compileLoaded(found.result, found.file) : found.result;

  const named = await firstFileNamedAfter(idOrPath, options);
  if (named) return finish(named);

  const items = await scan({ ...options, paths: [], compile: false });
  const first = items.find((item) => declaredId(item.result) === idOrPath);
  if (first) return finish(first);

  const ids = items.map((item) => toEntry(item).id);
  const available = ids.length > 0 ? ids.join(', ') : 'none';
  const detail = `no lesson with id "${idOrPath}"; available: ${available} (see "dl-tutor list")`;
  return { errors: [new LessonError(idOrPath, undefined, [], detail)] };
}

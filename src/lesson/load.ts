/**
 * Loads a lesson file: YAML, then the schema, then the structure, then the engine's checks.
 * Each round runs once the one before it is clean, and reports every problem it finds.
 */
import { readFile, stat } from 'node:fs/promises';
import type { CompiledLesson } from '../engine/compiled.js';
import type { LessonIssue } from '../engine/types.js';
import { LessonError } from './errors.js';
import { describeIssues, issueMessage } from './issue-message.js';
import type { YamlSource } from './locate.js';
import type { Lesson } from './model.js';
import { fileTooLarge, MAX_FILE_BYTES, parseLessonYaml } from './parse-yaml.js';
import { lessonSchema } from './schema.js';
import { buildLesson, type StructureIssue } from './structure.js';

export interface LoadOptions {
  /**
   * Run the engine's checks (expressions, shapes, self-checks). Default true. Without them the
   * lesson is only structurally valid, and `compiled` is absent: a quick look for listings.
   */
  compile?: boolean;
}

/** What loading a lesson gives: the lesson when it is valid, and every problem found. */
export interface LoadResult {
  lesson?: Lesson;
  /** The engine's compiled form of `lesson`, so it need not be compiled twice. */
  compiled?: CompiledLesson;
  errors: LessonError[];
  /** The document as plain data when the YAML could be read, valid or not. */
  data?: unknown;
  /** Positions in the file, for problems found later (duplicate ids across files). */
  source?: YamlSource;
}

function place(file: string, source: YamlSource, issue: StructureIssue | LessonIssue) {
  const isKey = 'key' in issue && issue.key === true;
  const column = 'column' in issue ? issue.column : undefined;
  const position = source.locate(issue.path, column === undefined ? { key: isKey } : { column });
  return new LessonError(file, position, issue.path, issue.message);
}

async function compile(lesson: Lesson, file: string, source: YamlSource): Promise<LoadResult> {
  try {
    // Loaded on demand: the engine pulls in mathjs, which the first frame should not wait for.
    const { compileLesson } = await import('../engine/compile.js');
    const { compiled, issues } = compileLesson(lesson);
    const errors = issues.map((issue) => place(file, source, issue));
    if (errors.length > 0 || !compiled) return { errors };
    return { lesson, compiled, errors };
  } catch (error) {
    const detail = `the engine failed on this lesson (${String(error)}); please report it`;
    return { errors: [new LessonError(file, source.positionAt(0), [], detail)] };
  }
}

/**
 * Compiles a lesson loaded with `{compile: false}`, without reading or parsing it again.
 * A result with errors, or one already compiled, is returned as it is.
 */
export async function compileLoaded(result: LoadResult, file: string): Promise<LoadResult> {
  if (result.compiled || !result.lesson || !result.source || result.errors.length > 0) {
    return result;
  }
  return {
    ...(await compile(result.lesson, file, result.source)),
    data: result.data,
    source: result.source,
  };
}

/**
 * Loads a lesson from its text. Never throws; a lesson is returned only when there is no error.
 *
 * @example (await loadLessonText(text, 'lessons/x.yaml')).errors.map(String)
 *   // ['lessons/x.yaml:12:14: stages[3].expected: unknown symbol "W3"; known: ...']
 */
export async function loadLessonText(
  text: string,
  file: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  try {
    const result = await loadUnsorted(text, file, options.compile ?? true);
    return { ...result, errors: result.errors.sort(byPosition) };
  } catch (error) {
    // Every expected problem is an error of the result; this is the net for a bug of ours.
    const detail = `dl-tutor failed to read this lesson (${String(error)}); please report it`;
    return { errors: [new LessonError(file, undefined, [], detail)] };
  }
}

/** File order: problems without a position first, then by line and column. */
function byPosition(a: LessonError, b: LessonError): number {
  const [p, q] = [a.position, b.position];
  if (!p || !q) return (p ? 1 : 0) - (q ? 1 : 0);
  return p.line - q.line || p.col - q.col;
}

async function loadUnsorted(
  text: string,
  file: string,
  shouldCompile: boolean,
): Promise<LoadResult> {
  const parsed = parseLessonYaml(text, file);
  const { data, source } = parsed;
  if (parsed.errors.length > 0 || !source) return { errors: parsed.errors, data, source };

  const checked = lessonSchema.safeParse(data, { error: issueMessage, reportInput: true });
  if (!checked.success) {
    const errors = describeIssues(checked.error.issues).map(
      (problem) =>
        new LessonError(
          file,
          source.locate(problem.at.path, problem.at),
          problem.path,
          problem.detail,
        ),
    );
    return { errors, data, source };
  }

  const built = buildLesson(checked.data);
  if (!built.lesson) {
    return { errors: built.issues.map((issue) => place(file, source, issue)), data, source };
  }

  if (!shouldCompile) return { lesson: built.lesson, errors: [], data, source };
  return { ...(await compile(built.lesson, file, source)), data, source };
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file; check the path',
  EISDIR: 'is a directory; give a lesson file (.yaml)',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
};

/** Loads a lesson file. Never throws: a missing or unreadable file is an error of the result. */
export async function loadLessonFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return readProblem(path, 'EISDIR');
    if (info.size > MAX_FILE_BYTES) return { errors: [fileTooLarge(path, info.size)] };
    text = await readFile(path, 'utf8');
  } catch (error) {
    return readProblem(path, (error as NodeJS.ErrnoException).code);
  }
  return loadLessonText(text, path, options);
}

function readProblem(path: string, code: string | undefined): LoadResult {
  const detail = READ_PROBLEMS[code ?? ''] ?? `cannot be read (${code ?? 'unknown error'})`;
  return { errors: [new LessonError(path, undefined, [], detail)] };
}

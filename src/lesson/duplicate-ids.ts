/**
 * Lesson ids must be unique across every file loaded together.
 */
import { LessonError } from './errors.js';
import type { LoadResult } from './load.js';
import { ID_PATTERN } from './schema-parts.js';

/** A loaded file. */
export interface LoadedFile {
  file: string;
  result: LoadResult;
}

/** The id a file declares, when it wrote one that is well-formed, even if the lesson is broken. */
export function declaredId(result: LoadResult): string | undefined {
  const data = result.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;

  const id = (data as Record<string, unknown>).id;
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
}

/**
 * Marks each file whose id an earlier file already declared: the later file gets an error at
 * its `id` and loses its lesson. Order is the caller's (bundled, then user, then paths).
 */
export function markDuplicateIds(files: LoadedFile[]): LoadedFile[] {
  const firstFile = new Map<string, string>();
  return files.map(({ file, result }) => {
    const id = declaredId(result);
    if (id === undefined) return { file, result };

    const first = firstFile.get(id);
    if (first === undefined) {
      firstFile.set(id, file);
      return { file, result };
    }
    const position = result.source?.locate(['id']);
    const detail = `"${id}" is already the id of ${first}; give this lesson another id`;
    const error = new LessonError(file, position, ['id'], detail);
    const errors = [...result.errors, error];
    return { file, result: { errors, data: result.data, source: result.source } };
  });
}

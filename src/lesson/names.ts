/**
 * The names a lesson defines (matrices, their entries, the loss, gradient aliases), each
 * defined once.
 */
import { renderPath } from './errors.js';
import type { DocPath } from './model.js';
import type { LessonDocument } from './schema.js';

/** A problem found in the lesson's structure, in the engine's LessonIssue form. */
export interface StructureIssue {
  path: DocPath;
  message: string;
  /** Point at the key of the last path part rather than at its value. */
  key?: boolean;
}

/** Where each name was defined; the first definition wins, later ones are issues. */
export class NameTable {
  private readonly defined = new Map<string, { path: DocPath; what: string }>();
  readonly issues: StructureIssue[] = [];

  /**
   * Defines `name`; reports it when it is already defined. Reserved names (functions, `lr`)
   * are the engine's to refuse.
   */
  define(name: string, path: DocPath, what: string, key = false): void {
    const previous = this.defined.get(name);
    if (previous) {
      const where = renderPath(previous.path);
      const message = `"${name}" is already the name of ${previous.what} (${where}); names must be unique`;
      this.issue(path, message, key);
      return;
    }
    this.defined.set(name, { path, what });
  }

  private issue(path: DocPath, message: string, key: boolean): void {
    this.issues.push(key ? { path, message, key } : { path, message });
  }
}

/**
 * Defines every matrix and entry name of the document. A 1x1 matrix may share its name with
 * its single entry (`x: {entries: [[x]]}`).
 */
export function defineDocumentNames(doc: LessonDocument, names: NameTable): void {
  const matrices: { section: 'symbols' | 'forward'; matrix: string; entries: string[][] }[] = [
    ...Object.entries(doc.symbols).map(([matrix, def]) => ({
      section: 'symbols' as const,
      matrix,
      entries: def.entries,
    })),
    ...Object.entries(doc.forward).map(([matrix, def]) => ({
      section: 'forward' as const,
      matrix,
      entries: def.entries,
    })),
  ];

  for (const { section, matrix } of matrices) {
    const what = section === 'symbols' ? `symbol ${matrix}` : `forward ${matrix}`;
    names.define(matrix, [section, matrix], what, true);
  }
  names.define(doc.loss.name, ['loss', 'name'], 'the loss');

  for (const { section, matrix, entries } of matrices) {
    const isScalar = entries.length === 1 && entries[0]?.length === 1;
    entries.forEach((row, i) =>
      row.forEach((entry, j) => {
        if (isScalar && entry === matrix) return;
        names.define(entry, [section, matrix, 'entries', i, j], `an entry of ${matrix}`);
      }),
    );
  }
}

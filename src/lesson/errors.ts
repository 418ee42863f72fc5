/**
 * The one error type of lesson loading: a problem at a place in a lesson file.
 */
import type { DocPath } from './model.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  col: number;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Renders a document path the way an author reads it.
 *
 * @example renderPath(['stages', 3, 'links', 0, 'formula'])  // "stages[3].links[0].formula"
 * @example renderPath(['symbols', 'W1', 'value'])            // "symbols.W1.value"
 */
export function renderPath(path: DocPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (PLAIN_KEY.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text;
}

/**
 * A problem found in a lesson file. It renders as one line, `file:line:col: path: message`;
 * problems without a position (the file cannot be read) render as `file: message`.
 */
export class LessonError extends Error {
  readonly file: string;
  readonly position: Position | undefined;
  readonly path: DocPath;
  /** The message without file, position or path. */
  readonly detail: string;

  constructor(file: string, position: Position | undefined, path: DocPath, detail: string) {
    const where = position ? `${file}:${position.line}:${position.col}` : file;
    const what = path.length > 0 ? `${renderPath(path)}: ${detail}` : detail;
    super(`${where}: ${what}`);
    this.name = 'LessonError';
    this.file = file;
    this.position = position;
    this.path = path;
    this.detail = detail;
  }

  override toString(): string {
    return this.message;
  }
}

/** Quotes a value an author wrote, short enough for one line. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';

  if (typeof value !== 'string') return String(value);

  const text = JSON.stringify(value);
  return text.length > 42 ? `${text.slice(0, 40)}…"` : text;
}

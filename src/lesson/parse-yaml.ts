/**
 * Reads lesson YAML into plain data, refusing what a lesson never needs and what could hurt:
 * huge files, deep nesting, alias bombs and tags that would build objects.
 */
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { LessonError } from './errors.js';
import { positionInText, YamlSource } from './locate.js';

/** Lesson files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 256 * 1024;

/** Aliases may expand to at most this many nodes (a "billion laughs" file needs far more). */
export const MAX_ALIAS_COUNT = 100;

/** `[` and `{` may nest at most this deep; a lesson needs three or four levels. */
export const MAX_FLOW_DEPTH = 64;

export interface ParsedYaml {
  /** The document as plain data, when it could be read. */
  data?: unknown;
  errors: LessonError[];
  /** Positions of document paths; absent when the text was refused before parsing. */
  source?: YamlSource;
}

/** The error for a file over MAX_FILE_BYTES. */
export function fileTooLarge(file: string, bytes: number): LessonError {
  const detail = `the file is ${Math.ceil(bytes / 1024)} KiB; lesson files are limited to 256 KiB`;
  return new LessonError(file, { line: 1, col: 1 }, [], detail);
}

const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces',
  DUPLICATE_KEY: 'each key may appear once per map',
  MULTIPLE_DOCS: 'a lesson file holds one document; remove the extra "---"',
};

/**
 * Parses lesson text. Never throws: every problem becomes a LessonError of `file`.
 *
 * @example parseLessonYaml('id: demo\n', 'demo.yaml').data  // { id: 'demo' }
 */
export function parseLessonYaml(text: string, file: string): ParsedYaml {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) return { errors: [fileTooLarge(file, bytes)] };

  const tooDeep = deepFlowOffset(text);
  if (tooDeep !== undefined) {
    const detail = `brackets nest deeper than ${MAX_FLOW_DEPTH} levels; flatten the value`;
    return { errors: [new LessonError(file, positionInText(text, tooDeep), [], detail)] };
  }

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source = new YamlSource(text, doc, lines);
  const errors = syntaxErrors(doc, text, file, source);
  if (errors.length > 0) return { errors, source };

  if (doc.contents === null) {
    const detail = 'the file is empty; a lesson is a YAML map starting with "id:"';
    return { errors: [new LessonError(file, { line: 1, col: 1 }, [], detail)], source };
  }
  return convert(doc, file, source);
}

/** YAML errors and warnings, one line each; a warning (like an unknown tag) is an error here. */
function syntaxErrors(doc: Document, text: string, file: string, source: YamlSource) {
  return [...doc.errors, ...doc.warnings].map((problem) => {
    const [start, end] = problem.pos;
    const position = source.positionAt(start);
    if (problem.code === 'TAG_RESOLVE_FAILED') {
      const tag = JSON.stringify(text.slice(start, end));
      const detail = `tag ${tag} is not supported; write plain values without "!" tags`;
      return new LessonError(file, position, [], detail);
    }

    const message = problem.message.split('\n')[0] ?? problem.message;
    const hint = HINTS[problem.code];
    return new LessonError(file, position, [], hint ? `${message}; ${hint}` : message);
  });
}

function convert(doc: Document, file: string, source: YamlSource): ParsedYaml {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [], source };
  } catch (error) {
    const aliasAt = firstAliasOffset(doc);
    const position = source.positionAt(aliasAt ?? 0);
    const detail =
      error instanceof ReferenceError
        ? `aliases expand to too many values (limit ${MAX_ALIAS_COUNT}); ` +
          'write the values out instead of repeating "*" aliases'
        : `the document cannot be read (${String(error)}); simplify its nesting`;
    return { errors: [new LessonError(file, position, [], detail)], source };
  }
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (!isAlias(node)) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Offset where `[`/`{` nesting passes the limit, counted over the raw text. Quotes and comments
 * are not skipped: a lesson never comes near the limit, and the yaml parser can run out of memory
 * on tens of thousands of nested brackets, so this must run before it.
 */
function deepFlowOffset(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '[' || c === '{') {
      depth += 1;
      if (depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth -= 1;
    }
  }
  return undefined;
}

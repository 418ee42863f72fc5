/**
 * Finds where a document path sits in the YAML source, so errors can say `line:col`.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import type { Position } from './errors.js';
import type { DocPath } from './model.js';

/** What to point at for a path. */
export interface LocateOptions {
  /** Point at the key of the last path part instead of its value (unknown keys). */
  key?: boolean;
  /** 0-based column inside the string value, for expression errors. */
  column?: number;
}

interface Found {
  node: Node | null;
  /** The key node of the last part, when the whole path was found in a map. */
  key?: Node;
}

/** Position (1-based) of an offset in a text, counting lines by "\n". */
export function positionInText(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

/** A parsed YAML document together with its text, able to turn paths into positions. */
export class YamlSource {
  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Position (1-based) of an offset in the text. */
  positionAt(offset: number): Position {
    const { line, col } = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line, col };
  }

  /**
   * Position of the node at `path`, or of its deepest existing ancestor when the path leads
   * to something missing (a missing key points at the map that lacks it).
   */
  locate(path: DocPath, options: LocateOptions = {}): Position {
    const found = this.find(path);
    if (options.key && found.key?.range) return this.positionAt(found.key.range[0]);

    const node = found.node;
    if (!node?.range) return this.positionAt(0);
    if (options.column !== undefined && isScalar(node)) {
      return this.positionAt(this.scalarOffset(node, options.column));
    }
    return this.positionAt(node.range[0]);
  }

  private find(path: DocPath): Found {
    let node = this.resolve(this.doc.contents);
    let key: Node | undefined;

    for (const [index, part] of path.entries()) {
      const isLast = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(part),
        );
        if (!pair) return { node };
        if (isLast && pair.key) key = pair.key as Node;
        const value = pair.value as Node | null;
        node = value?.range ? this.resolve(value) : (pair.key as Node);
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item) return { node };
        node = this.resolve(item);
      } else {
        return { node };
      }
    }
    return key ? { node, key } : { node };
  }

  private resolve(node: unknown): Node | null {
    if (node === null || typeof node !== 'object') return null;
    // An alias stands for its anchor; a problem inside it is shown where the anchor is written.
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? node;
    return node as Node;
  }

  private scalarOffset(node: Scalar, column: number): number {
    const [start, end] = node.range ?? [0, 0];
    switch (node.type) {
      case Scalar.BLOCK_LITERAL:
      case Scalar.BLOCK_FOLDED:
        return blockOffset(this.text, start, end, column);
      case Scalar.QUOTE_DOUBLE:
      case Scalar.QUOTE_SINGLE:
        return flowOffset(this.text, start + 1, end - 1, node.type, column);
      default:
        return flowOffset(this.text, start, end, Scalar.PLAIN, column);
    }
  }
}

/** Length in the source of the double-quoted escape starting at `i` (at the backslash). */
function escapeLength(text: string, i: number): number {
  const kind = text[i + 1];
  if (kind === 'x') return 4;
  if (kind === 'u') return 6;
  if (kind === 'U') return 10;
  return 2;
}

/** Skips a line break and the indentation after it. */
function skipBreak(text: string, i: number): number {
  let j = i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
  while (text[j] === ' ' || text[j] === '\t') j += 1;
  return j;
}

/** Source offset of value character `column` in a plain or quoted scalar. */
function flowOffset(
  text: string,
  start: number,
  end: number,
  type: Scalar.Type,
  column: number,
): number {
  let i = start;
  for (let v = 0; v < column && i < end; v += 1) {
    const c = text[i];
    if (c === '\n' || c === '\r') i = skipBreak(text, i);
    else if (type === Scalar.QUOTE_DOUBLE && c === '\\') i += escapeLength(text, i);
    else if (type === Scalar.QUOTE_SINGLE && c === "'" && text[i + 1] === "'") i += 2;
    else i += 1;
  }
  return Math.min(i, end);
}

/** Source offset of value character `column` in a `|` or `>` block scalar. */
function blockOffset(text: string, start: number, end: number, column: number): number {
  const firstLine = text.indexOf('\n', start) + 1;
  if (firstLine === 0 || firstLine >= end) return start;

  let indent = 0;
  while (text[firstLine + indent] === ' ') indent += 1;

  let i = firstLine;
  let v = 0;
  while (i < end) {
    for (let k = 0; k < indent && text[i] === ' '; k += 1) i += 1;
    while (i < end && text[i] !== '\n') {
      if (v === column) return i;
      i += 1;
      v += 1;
    }
    if (v === column) return i;
    i += 1;
    v += 1;
  }
  return end;
}

/**
 * JSON for people and programs alike: objects one key a line, each matrix on one line.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPrimitive = (value: Json) => value === null || typeof value !== 'object';

/** A list of numbers or strings, or of lists of them: a matrix. */
function isFlat(value: Json[]): boolean {
  return value.every(
    (item) => isPrimitive(item) || (Array.isArray(item) && item.every(isPrimitive)),
  );
}

/** `[[1, 2], [3, 4]]` */
function oneLine(value: Json): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  return `[${value.map(oneLine).join(', ')}]`;
}

function render(value: Json, indent: string): string {
  if (Array.isArray(value)) {
    if (isFlat(value)) return oneLine(value);
    const inner = `${indent}  `;
    return `[\n${value.map((item) => inner + render(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * @example jsonText({ W1: [[0.4], [0.6]] })  // '{\n  "W1": [[0.4], [0.6]]\n}'
 */
export function jsonText(value: unknown): string {
  return render(JSON.parse(JSON.stringify(value)) as Json, '');
}

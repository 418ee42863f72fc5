/**
 * What a stage's `asks` names: a forward result, a gradient of the loss, or a parameter to
 * update.
 */
import type { StageKind } from './model.js';
import type { LessonDocument } from './schema.js';
import { closest } from './suggest.js';

/** What a stage's `asks` resolved to. */
export interface Asked {
  kind: StageKind;
  /** The matrix the answer has the shape of: `W2` for `dL/dW2`. */
  target: string;
}

const GRADIENT = /^d([A-Za-z][A-Za-z0-9_]*)\/d([A-Za-z][A-Za-z0-9_]*)$/;

/** Rows and columns of every named matrix of the document. */
export function shapes(doc: LessonDocument): Map<string, [number, number]> {
  const result = new Map<string, [number, number]>();
  for (const [name, def] of [...Object.entries(doc.symbols), ...Object.entries(doc.forward)]) {
    result.set(name, [def.entries.length, def.entries[0]?.length ?? 0]);
  }
  result.set(doc.loss.name, [1, 1]);
  return result;
}

/** The own entry `key` of a name map; never something inherited like `constructor`. */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Resolves `asks`, or says what it could have been. */
export function resolveAsks(doc: LessonDocument, asks: string): Asked | string {
  const loss = doc.loss.name;
  if (own(doc.forward, asks) || asks === loss) return { kind: 'forward', target: asks };

  const symbol = own(doc.symbols, asks);
  if (symbol?.role === 'parameter') return { kind: 'update', target: asks };
  if (symbol) return `"${asks}" is ${symbol.role}, not a parameter, so it is never updated`;

  const gradient = GRADIENT.exec(asks);
  if (gradient) {
    const [, of, by = ''] = gradient;
    if (of !== loss) return `"${asks}" differentiates "${of}", but the loss is "${loss}"`;
    if (own(doc.symbols, by) || own(doc.forward, by)) return { kind: 'gradient', target: by };
  }

  const choices = [
    ...Object.keys(doc.forward),
    loss,
    ...[...Object.keys(doc.symbols), ...Object.keys(doc.forward)].map((n) => `d${loss}/d${n}`),
    ...Object.entries(doc.symbols)
      .filter(([, s]) => s.role === 'parameter')
      .map(([n]) => n),
  ];
  const guess = closest(asks, choices);
  return (
    `unknown name "${asks}"${guess ? ` (did you mean "${guess}"?)` : ''}; a stage asks ` +
    `a forward name (${[...Object.keys(doc.forward), loss].join(', ')}), ` +
    `a gradient d${loss}/d<name>, or a parameter to update`
  );
}

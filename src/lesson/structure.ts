/**
 * From a schema-checked document to the lesson model: resolves what each stage asks, infers
 * kinds and aliases, and checks what relates parts of the document to each other.
 */
import { sanitize } from './sanitize.js';
import { renderPath } from './errors.js';
import { resolveAsks, shapes, type Asked } from './asks.js';
import type { Lesson, StageDef } from './model.js';
import { defineDocumentNames, NameTable, type StructureIssue } from './names.js';
import type { LessonDocument, StageDocument } from './schema.js';

export type { StructureIssue } from './names.js';

/** Checks one stage and builds its model; `undefined` when its asks cannot be resolved. */
function buildStage(
  doc: LessonDocument,
  stage: StageDocument,
  index: number,
  context: { names: NameTable; shapes: Map<string, [number, number]> },
  issues: StructureIssue[],
): StageDef | undefined {
  const at = (...rest: (string | number)[]) => ['stages', index, ...rest];
  const asked = resolveAsks(doc, stage.asks);
  if (typeof asked === 'string') {
    issues.push({ path: at('asks'), message: asked });
    return undefined;
  }

  if (stage.kind !== undefined && stage.kind !== asked.kind) {
    const message =
      `kind is "${stage.kind}" but asking "${stage.asks}" makes it "${asked.kind}"; ` +
      'remove kind or change asks';
    issues.push({ path: at('kind'), message });
  }

  let alias = stage.alias;
  if (asked.kind === 'gradient') {
    alias ??= `d${asked.target}`;
    const where = stage.alias === undefined ? at('asks') : at('alias');
    context.names.define(alias, where, `the gradient ${stage.asks} (stages[${index}])`);
  } else if (alias !== undefined) {
    const message = `alias is only for gradient stages; "${stage.asks}" already has its name`;
    issues.push({ path: at('alias'), message });
  }

  checkLinks(stage, asked, context.shapes.get(asked.target) ?? [1, 1], at, issues);

  const def: StageDef = {
    asks: stage.asks,
    kind: asked.kind,
    prompt: stage.prompt,
    expected: stage.expected,
    hints: stage.hints,
    explanation: stage.explanation,
    mistakes: stage.mistakes,
    links: stage.links,
  };
  return alias === undefined ? def : { ...def, alias };
}

function checkLinks(
  stage: StageDocument,
  asked: Asked,
  [rows, cols]: [number, number],
  at: (...rest: (string | number)[]) => (string | number)[],
  issues: StructureIssue[],
): void {
  if (stage.links.length > 0 && asked.kind !== 'gradient') {
    const message = `links are only for gradient stages; "${stage.asks}" is a ${asked.kind} stage`;
    issues.push({ path: at('links'), message });
    return;
  }

  const seen = new Map<string, number>();
  stage.links.forEach((link, k) => {
    const [row, col] = link.entry;
    const key = `${row},${col}`;
    const first = seen.get(key);
    if (row > rows || col > cols) {
      const message =
        `entry [${row}, ${col}] is outside ${stage.asks}, which is ${rows}x${cols}; ` +
        'entries count from [1, 1]';
      issues.push({ path: at('links', k, 'entry'), message });
    } else if (first !== undefined) {
      const message = `entry [${row}, ${col}] is already linked by links[${first}]`;
      issues.push({ path: at('links', k, 'entry'), message });
    }
    seen.set(key, first ?? k);
  });
}

/**
 * Builds the lesson model, or reports every structural problem: clashing names, stages that
 * ask nothing or ask twice, links outside their matrix, diagnoses naming no stage.
 */
export function buildLesson(doc: LessonDocument): { lesson?: Lesson; issues: StructureIssue[] } {
  const names = new NameTable();
  const issues: StructureIssue[] = [];
  defineDocumentNames(doc, names);

  const context = { names, shapes: shapes(doc) };
  const firstAsk = new Map<string, number>();
  const stages: StageDef[] = [];
  doc.stages.forEach((stage, index) => {
    const first = firstAsk.get(stage.asks);
    if (first !== undefined) {
      const message = `"${stage.asks}" is already asked by ${renderPath(['stages', first])}`;
      issues.push({ path: ['stages', index, 'asks'], message });
    } else {
      firstAsk.set(stage.asks, index);
    }
    const def = buildStage(doc, stage, index, context, issues);
    if (def) stages.push(def);
  });

  checkDiagnoses(doc, [...firstAsk.keys()], issues);
  issues.push(...names.issues);
  if (issues.length > 0) return { issues };
  return { lesson: toLesson(doc, stages), issues };
}

function checkDiagnoses(doc: LessonDocument, asked: string[], issues: StructureIssue[]): void {
  const ids = new Map<string, number>();
  doc.diagnoses.forEach((diagnosis, k) => {
    const first = ids.get(diagnosis.id);
    if (first !== undefined) {
      const message = `id "${diagnosis.id}" is already used by diagnoses[${first}]`;
      issues.push({ path: ['diagnoses', k, 'id'], message });
    }
    ids.set(diagnosis.id, first ?? k);

    diagnosis.stages?.forEach((name, m) => {
      if (asked.includes(name)) return;
      const message = `no stage asks "${name}"; stages ask: ${asked.join(', ')}`;
      issues.push({ path: ['diagnoses', k, 'stages', m], message });
    });
  });
}

/** Every learner-facing text of the lesson, cleaned of escape sequences and controls. */
function cleanTexts<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map(cleanTexts) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanTexts(v)])) as T;
  }
  return value;
}

function cleanStage(stage: StageDef): StageDef {
  return {
    ...stage,
    prompt: cleanTexts(stage.prompt),
    hints: cleanTexts(stage.hints),
    explanation: cleanTexts(stage.explanation),
    mistakes: stage.mistakes.map((m) => ({ ...m, feedback: cleanTexts(m.feedback) })),
    links: stage.links.map((l) => ({ ...l, name: sanitize(l.name), chain: sanitize(l.chain) })),
  };
}

/**
 * The lesson model. Texts are cleaned here, once, so that no renderer (TUI, plain mode, JSON)
 * can be made to print an escape sequence by a lesson file.
 */
function toLesson(doc: LessonDocument, stages: StageDef[]): Lesson {
  return {
    id: doc.id,
    version: doc.version,
    title: cleanTexts(doc.title),
    description: cleanTexts(doc.description),
    intro: cleanTexts(doc.intro),
    symbols: Object.entries(doc.symbols).map(([name, s]) => ({ name, ...s })),
    forward: Object.entries(doc.forward).map(([name, f]) => ({ name, ...f })),
    loss: doc.loss,
    training: doc.training,
    stages: stages.map(cleanStage),
    diagnoses: doc.diagnoses.map((d) => ({ ...d, message: cleanTexts(d.message) })),
  };
}

/**
 * A standalone Python program that does what a lesson does: its starting values, then for
 * each update the forward equations, the gradient stages' answers and the update stages'
 * answers, translated from the lesson's expressions (python-expr.ts), not copied from a
 * template. Each update prints one JSON line; the last line is the forward pass after the
 * last update. The numbers are the ones `dl-tutor run --json` prints.
 */
import type { MathNode } from 'mathjs';
import type { LessonEngine } from '../../engine/lesson-engine.js';
import type { NumMatrix } from '../../engine/types.js';
import type { Lang } from '../../lesson/model.js';
import { pick } from '../../messages/index.js';
import { say } from '../text/index.js';
import { ExportError } from './export-error.js';
import { pythonNumber, toPython, type PythonScope } from './python-expr.js';
import { pythonVariables } from './python-names.js';

const TAB = '    ';

const HELPERS = [
  'def as_matrix(value):',
  `${TAB}"""A value as a list of rows of floats; a number becomes [[number]]."""`,
  `${TAB}return np.atleast_2d(np.asarray(value, dtype=float)).tolist()`,
  '',
  '',
  'def as_number(value):',
  `${TAB}"""A 1x1 value as a float."""`,
  `${TAB}return float(np.asarray(value, dtype=float).item())`,
];

/** `1` as `1.0`, so that every array of the program holds floats. */
function pythonFloat(value: number): string {
  const text = pythonNumber(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

function valueLiteral(matrix: NumMatrix): string {
  if (matrix.length === 1 && matrix[0]!.length === 1) return pythonFloat(matrix[0]![0]!);
  return `np.array([${matrix.map((row) => `[${row.map(pythonFloat).join(', ')}]`).join(', ')}])`;
}

function dict(variable: string, entries: [string, string][]): string[] {
  const lines = entries.map(([key, code]) => `${TAB}${JSON.stringify(key)}: ${code},`);
  return [`${variable} = {`, ...lines, '}'];
}

function indent(lines: string[]): string[] {
  return lines.map((line) => (line === '' ? '' : `${TAB}${line}`));
}

function docString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"');
}

function namesIn(nodes: MathNode[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    node.traverse((n) => {
      if (n.type === 'SymbolNode') names.add((n as MathNode & { name: string }).name);
    });
  }
  return names;
}

/**
 * @example numpyProgram(engine, 'en')  // "#!/usr/bin/env python3\n..."
 */
export function numpyProgram(engine: LessonEngine, lang: Lang): string {
  const { compiled, lesson } = engine;
  const { plan } = compiled;
  const scope = engine.scopeAt(1);
  const variables = pythonVariables(scope.keys());
  const v = (name: string) => variables.get(name) ?? name;
  const pyScope: PythonScope = {
    shapeOf: (name) => {
      const value = scope.get(name);
      return value && { rows: value.rows, cols: value.cols };
    },
    variable: v,
    numberHelper: 'as_number',
  };
  const code = (node: MathNode) => toPython(node, pyScope).code;

  const gradients = engine.stages.filter((s) => s.kind === 'gradient');
  const updates = compiled.parameters.map((p) => {
    const stage = engine.stages.find((s) => s.kind === 'update' && s.target === p);
    if (!stage) throw new ExportError(`the parameter ${p} has no update stage`);
    return { name: p, node: stage.expected };
  });
  const used = namesIn([
    ...plan.forward.map((f) => f.node),
    plan.loss.node,
    ...gradients.map((s) => s.expected),
    ...updates.map((u) => u.node),
  ]);

  /** `w1 = W1[0, 0]` for each entry of `name` that an expression uses. */
  const entryLines = (name: string): string[] => {
    const grid = plan.entryNames.get(name) ?? [];
    const isOne = grid.length === 1 && grid[0]!.length === 1;
    return grid.flatMap((row, i) =>
      row.flatMap((entry, j) => {
        if (entry === name || !used.has(entry)) return [];
        const value = isOne ? `as_number(${v(name)})` : `${v(name)}[${i}, ${j}]`;
        return [`${v(entry)} = ${value}`];
      }),
    );
  };

  const start = engine.symbolsByUpdate[0]!;
  const symbolLines = (role: 'data' | 'parameter') =>
    lesson.symbols
      .filter((s) => (role === 'parameter') === (s.role === 'parameter'))
      .map((s) => `${v(s.name)} = ${valueLiteral(start.get(s.name)!.data)}`);

  const forward = [
    ...lesson.symbols.flatMap((s) => entryLines(s.name)),
    ...plan.forward.flatMap((f) => [`${v(f.name)} = ${code(f.node)}`, ...entryLines(f.name)]),
    `${v(plan.loss.name)} = ${code(plan.loss.node)}`,
  ];
  const forwardDict = dict('forward', [
    ...plan.forward.map((f): [string, string] => [f.name, `as_matrix(${v(f.name)})`]),
    [plan.loss.name, `as_number(${v(plan.loss.name)})`],
  ]);
  const backward = gradients.map((s) => `${v(s.resultName!)} = ${code(s.expected)}`);
  const update =
    updates.length === 1
      ? [`${v(updates[0]!.name)} = ${code(updates[0]!.node)}`]
      : [
          `${updates.map((u) => v(u.name)).join(', ')} = (`,
          ...updates.map((u) => `${TAB}${code(u.node)},`),
          ')',
        ];
  const step = '{"step": i + 1, "forward": forward, "gradients": gradients, "params": params}';

  const title = docString(pick(lesson.title, lang));
  return [
    '#!/usr/bin/env python3',
    `"""${title} (${lesson.id} v${lesson.version})`,
    '',
    docString(say(lang, 'export.about', { updates: engine.updates })),
    '"""',
    'import json',
    '',
    'import numpy as np',
    '',
    '',
    ...HELPERS,
    '',
    '',
    `lr = ${pythonNumber(plan.learningRate)}`,
    '',
    `# ${say(lang, 'export.data')}`,
    ...symbolLines('data'),
    '',
    `# ${say(lang, 'export.parameters')}`,
    ...symbolLines('parameter'),
    '',
    `for i in range(${engine.updates}):`,
    ...indent([
      '# ---- forward ----',
      ...forward,
      ...forwardDict,
      '',
      '# ---- backward ----',
      ...backward,
      ...dict(
        'gradients',
        gradients.map((s): [string, string] => [s.asks, `as_matrix(${v(s.resultName!)})`]),
      ),
      '',
      '# ---- update ----',
      ...update,
      ...dict(
        'params',
        compiled.parameters.map((p): [string, string] => [p, `as_matrix(${v(p)})`]),
      ),
      `print(json.dumps(${step}))`,
    ]),
    '',
    `# ---- ${say(lang, 'export.after')} ----`,
    ...forward,
    ...forwardDict,
    'print(json.dumps({"final": {"forward": forward}}))',
    '',
  ].join('\n');
}

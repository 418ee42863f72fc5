/**
 * Python variables for the lesson's names. Lesson names are letters, digits and `_`, so they
 * are identifiers already; keywords and the names the program itself uses get a `_` suffix.
 */

/** Names the generated program defines or calls. */
export const PROGRAM_NAMES = [
  'np',
  'json',
  'i',
  'lr',
  'as_matrix',
  'as_number',
  'forward',
  'gradients',
  'params',
  'print',
  'range',
  'float',
  'dict',
];

const KEYWORDS = (
  'False None True and as assert async await break class continue def del elif else except ' +
  'finally for from global if import in is lambda nonlocal not or pass raise return try while ' +
  'with yield'
).split(' ');

/**
 * A variable for every lesson name, each distinct; `lr` stays `lr`.
 *
 * @example pythonVariables(['W1', 'lambda', 'lr']).get('lambda')  // "lambda_"
 */
export function pythonVariables(names: Iterable<string>): Map<string, string> {
  const lessonNames = new Set(names);
  const taken = new Set([...lessonNames].filter((n) => !isReserved(n)));
  const variables = new Map<string, string>([['lr', 'lr']]);

  for (const name of lessonNames) {
    if (variables.has(name)) continue;
    let variable = name;
    while (isReserved(variable) || (variable !== name && taken.has(variable))) variable += '_';
    taken.add(variable);
    variables.set(name, variable);
  }
  return variables;
}

function isReserved(name: string): boolean {
  return KEYWORDS.includes(name) || PROGRAM_NAMES.includes(name);
}

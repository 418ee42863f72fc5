/** English texts of dl-tutor. `{name}` is replaced by a parameter. */
export const en = {
  // Verdicts
  'verdict.correct': 'Correct — the same function as the answer, so it stays right after updates.',
  'verdict.numeric': 'Right at the current values (checked as numbers only).',
  'verdict.numeric-formula':
    'Right at the current values, but not the same function: it will not stay right.',
  'verdict.wrong': 'Not yet.',
  'verdict.invalid': 'That cannot be checked:',

  // Problems with an expression
  'problem.empty': 'type an expression first',
  'problem.too-long': 'the answer is {length} characters long; the limit is {limit}',
  'problem.too-deep': 'the answer nests deeper than {limit} levels',
  'problem.syntax': 'syntax error: {message}',
  'problem.not-allowed-node': '{what} is not allowed in an answer',
  'problem.not-allowed-function': 'there is no function "{name}"; available: {available}',
  'problem.unknown-symbol': 'unknown name "{name}"; known here: {available}',
  'problem.wrong-arity': '{name}() takes {expected} argument, got {actual}',
  'problem.shape-mismatch-op': 'cannot {op} {left} ({leftShape}) and {right} ({rightShape}): {why}',
  'problem.too-large': '{what} is too large (limit {limit})',
  'problem.not-finite': 'the value is not a finite number (NaN or Infinity)',
  'problem.not-a-number': '{what} is not a number',

  // Diagnoses of a wrong answer
  'diagnosis.transpose': 'Your matrix is the transpose of the answer. Swap rows and columns.',
  'diagnosis.sign': 'Your matrix has the opposite sign of the answer. Check Y - T versus T - Y.',
  'diagnosis.factor': 'Your matrix is {factor} times the answer.',
  'diagnosis.factor-2': 'Your matrix is 2 times the answer. Did you forget the 1/2 in L?',
  'diagnosis.product-order':
    'The order of the product {product} is swapped. Matrix products do not commute.',
  'diagnosis.missing-transpose': "In {product}, {operand} needs a transpose (').",
  'diagnosis.shape': 'Your matrix is {actual}, but the answer is {expected}.',

  // Session screens
  'label.lesson': 'Lesson',
  'label.update': 'update {update}/{updates}',
  'label.stage': 'stage {stage}/{stages}',
  'label.known': 'Known so far',
  'label.question': '{asks} = ?   {shape}',
  'label.question-update': 'new {asks} = ?   {shape}',
  'label.your-answer': 'Your answer',
  'label.preview': 'now: {shape}',
  'label.hint': 'Hint {n}/{total}:',
  'label.no-more-hints': 'No more hints. Press Ctrl+R to see the answer.',
  'label.revealed': 'Answer:',
  'label.explanation': 'Why:',
  'label.links': 'Entry by entry:',
  'label.before': 'before',
  'label.after': 'after',
  'label.loss': 'loss',
  'label.summary': 'Summary',
  'label.score': 'Score: {score}/{max}',
  'label.result.first-try': 'first try',
  'label.result.after-hints': 'after hints',
  'label.result.after-errors': 'after {n} tries',
  'label.result.revealed': 'revealed',
  'label.result.carried': 'carried over',
  'label.export': 'Export the numpy program of Problem 2: dl-tutor export {lesson} --numpy',
  'label.carry-question':
    'Update {update}: reuse your formulas from update 1? They are checked again at the new values. (y/n)',
  'label.continue': 'Press Enter to continue.',
  'label.update-applied': 'Update {update} applied: loss {before} -> {after}',
  'label.finished': 'Lesson finished.',
  'label.resume': 'Saved progress found (update {update}, stage {stage}). Resume? (y/n)',
  'label.pick-lesson': 'Pick a lesson (Up/Down, Enter):',
  'label.broken-lesson': 'broken: {error}',
  'label.progress': '{done}/{total} done',
  'label.too-small':
    'Enlarge the terminal to at least {cols}x{rows} (now {actualCols}x{actualRows}).',
  'keys.footer':
    'Enter check · Tab hint · Ctrl+R reveal · ↑↓ history · Esc lessons · ? help · q quit',
  'keys.help': [
    'Enter       check the answer (or continue)',
    'Tab, h      next hint (h only when the input is empty)',
    'Ctrl+R      reveal the answer (the stage counts as revealed)',
    'Up/Down     recall earlier answers',
    'Left/Right, Home/End, Backspace   edit',
    'Esc         back to the lesson list',
    'q, Ctrl+C   quit (q only when the input is empty); progress is saved',
    '?           this help',
  ].join('\n'),
  'plain.prompt': '{asks} = ',
  'plain.commands': 'Type an answer, or :hint, :reveal, :help, :quit.',
  'warning.progress-corrupt': 'Saved progress was unreadable; moved it to {file}.',
  'warning.progress-unwritable':
    'Cannot save progress ({reason}); the session goes on without saving.',
} as const;

export type MessageKey = keyof typeof en;

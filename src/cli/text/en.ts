/**
 * English words of the command line: help, plain-mode lines, errors at the edge. Session
 * words shared with the TUI are in src/messages. `{name}` is replaced by a parameter.
 */
export const en = {
  // --help
  'help.description': 'A step-through terminal tutor for backpropagation in matrix form.',
  'help.version': 'print the version',
  'help.help': 'print this help',
  'help.help-command': 'print the help of a command',
  'help.after-error': '(dl-tutor --help lists the commands and options)',
  'help.lesson': 'a lesson id (see "dl-tutor list") or a lesson file (.yaml)',
  'help.lesson-default': 'a lesson id or file (default: matrix-backprop)',
  'help.lang': 'language of the texts (default: from the locale)',
  'help.debug': 'print stack traces of errors',
  'help.plain': 'line-by-line mode, no full-screen interface (used anyway without a terminal)',
  'help.color': 'colour in plain mode',
  'help.no-color': 'no colour, in the TUI too',
  'help.reset': 'start over, forgetting the saved progress',
  'help.seed': 'the lesson at random starting values drawn from seed n',
  'help.quiz-seed': 'the variant to take (default: a new one, printed so you can repeat it)',
  'help.quiz': 'the lesson at random starting values, scored per variant',
  'help.run': 'print the lesson worked out: formulas, values, gradients, updates',
  'help.run-json': 'print one JSON document instead of a table',
  'help.check': 'judge one answer the way the tutor does',
  'help.check-usage': '[options] [lesson] <answer>',
  'help.check-answer': 'the answer, in quotes',
  'help.check-stage': 'the stage, as run prints it: Z, dL/dW2, ... or W1 for its update',
  'help.check-update': 'check at the values before update k',
  'help.check-json': 'print the verdict as JSON',
  'help.check-after': [
    'Examples:',
    '  dl-tutor check --stage dL/dW2 "dY * A\'"',
    '  dl-tutor check --stage W1 --update 2 "W1 - lr * dW1"',
    '  dl-tutor check --stage dL/dY -- "-(T - Y)"     (-- before an answer that starts with -)',
    'Exit code: 0 right, 1 wrong, 2 the answer (or the stage) cannot be used.',
  ].join('\n'),
  'help.export': 'print the lesson as a standalone program',
  'help.export-numpy': 'a Python program with numpy',
  'help.export-after':
    'Example: dl-tutor export --numpy > backprop.py && python3 backprop.py\n' +
    'It prints one JSON line per update, with the numbers of "dl-tutor run --json".',
  'help.list': 'list the bundled lessons, yours, and the lesson files named',
  'help.list-files': 'more lesson files (.yaml) to list',
  'help.validate': 'check lesson files and print every problem',
  'help.validate-files': 'lesson files (.yaml)',
  'help.new': 'write a starter lesson to edit',
  'help.new-name': 'the new lesson id, like my-lesson',
  'help.new-dir': 'the folder to write to (default: {dir})',
  'help.about-lessons':
    'LESSON is a lesson id (see "dl-tutor list") or a .yaml file. Without one, the TUI shows\n' +
    'the lesson list; plain mode and the other commands take matrix-backprop.',
  'help.about-answers':
    "Answers: * is the matrix product, .* multiplies entry by entry, ' transposes (A').\n" +
    'The ReLU derivative is called step (aliases drelu, heaviside): 1 where z > 0, else 0.',
  'help.about-plain':
    'Plain mode (--plain, or when stdin or stdout is not a terminal) reads one answer a line,\n' +
    'or :hint, :reveal, :help, :quit, and y or n where asked. The end of input saves and quits.',
  'help.about-folders': [
    'Data folder:   {data}',
    'Your lessons:  {lessons}',
    'Progress:      {progress}',
    'Set DL_TUTOR_HOME to keep lessons and progress in another folder.',
  ].join('\n'),
  'help.exit-codes': [
    'Exit codes:',
    '  0    done: lesson finished, answer right, command ok',
    '  1    wrong answer (check); session ended before the lesson was finished',
    '  2    usage error or unusable input (unknown option, broken lesson, invalid answer)',
    '  70   internal error (a bug in dl-tutor; please report it)',
    '  129  SIGHUP   130  Ctrl+C (SIGINT)   143  SIGTERM; progress is saved first',
  ].join('\n'),

  // run
  'run.settings': 'learning rate {lr}, {updates} updates',
  'run.data': 'data',
  'run.initial': 'starting parameters',
  'run.symbolic': 'gradients as formulas in {names}',
  'run.update': 'update {update}/{updates}',
  'run.forward': ' forward pass',
  'run.gradients': ' gradients',
  'run.after': ' parameters after the update',
  'run.final': 'forward pass after update {updates}',

  // check
  'check.new': 'new {asks}',
  'check.value': 'your value: {value}  ({shape})',

  // export
  'export.about':
    'Written by dl-tutor from the lesson file. Each of the {updates} updates prints one JSON\n' +
    'line: the forward pass, the gradients, and the parameters after the update. The last\n' +
    'line is the forward pass after the last update.',
  'export.data': 'data',
  'export.parameters': 'parameters at the start',
  'export.after': 'after the last update',

  // plain mode
  'plain.no-more-hints': 'No more hints. Type :reveal to see the answer.',
  'plain.yes-or-no': 'Please answer y or n.',
  'plain.last-score': 'You finished this lesson before (score {score}/{max}). Starting again.',
  'plain.saved': 'Progress saved. Run the same command again to go on.',
  'plain.saved-signal': 'Stopped; progress saved.',
  'plain.unknown-command': 'There is no command {command}. Type :help for the commands.',
  'plain.help': [
    'Type the matrix asked for as an expression, e.g. W1 * x + B, then Enter.',
    "  * matrix product   .* entry by entry   ' transpose   relu(Z), step(Z), sum(M)",
    '  :hint    the next hint',
    '  :reveal  show the answer (the stage counts as revealed)',
    '  :help    this help',
    '  :quit    save and stop; run the same command again to go on',
  ].join('\n'),
  'quiz.seed': 'Variant seed {seed} (repeat it with --seed {seed}).',
  warning: 'warning: {text}',

  // progress
  'progress.unreadable': 'cannot read saved progress {file} ({code}); starting without it',
  'progress.cannot-move':
    'saved progress {file} is unusable ({reason}) and could not be moved aside ({code}); ' +
    'starting without it',
  'progress.cannot-clear': 'cannot delete saved progress {file} ({code}); check its permissions',

  // errors
  'error.lesson-unknown': 'cannot open the lesson "{lesson}"; see "dl-tutor list"',
  'error.lesson-more': ' (and {count} more problems; "dl-tutor validate FILE" lists them all)',
  'error.unknown-stage': 'there is no stage "{name}"; the stages are: {names}',
  'error.update-range': 'there is no update {update}; give --update from 1 to {updates}',
  'error.seed': 'give a whole number from 0 to {max}',
  'error.update': 'give a whole number from 1, like --update 2',
  'error.check-answer':
    'give the answer to check, in quotes: dl-tutor check --stage Z "W1 * x + B"',
  'error.export-format': 'choose what to export: --numpy (a Python program)',
  'error.internal': 'internal error: {message}. Please report it (run with --debug for details)',
};

export type CliTextKey = keyof typeof en;

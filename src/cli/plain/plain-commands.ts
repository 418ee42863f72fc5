/** The commands a learner can type instead of an answer in plain mode. */

export type PlainCommand = 'hint' | 'reveal' | 'help' | 'quit';

const COMMANDS: Record<string, PlainCommand> = {
  ':hint': 'hint',
  ':h': 'hint',
  ':reveal': 'reveal',
  ':r': 'reveal',
  ':help': 'help',
  ':?': 'help',
  ':quit': 'quit',
  ':q': 'quit',
};

/**
 * The command a line is; `unknown` for a word starting with `:` that is none; undefined for an
 * answer.
 *
 * @example commandOf(' :HINT ')  // "hint"
 */
export function commandOf(line: string): PlainCommand | 'unknown' | undefined {
  const word = line.trim();
  if (!word.startsWith(':')) return undefined;
  return COMMANDS[word.toLowerCase()] ?? 'unknown';
}

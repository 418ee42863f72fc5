/**
 * Names of keys a test can press, and the bytes a terminal sends for them.
 */

/** Keys `press` understands. */
export type KeyName =
  | 'enter'
  | 'tab'
  | 'shift-tab'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'backspace'
  | 'delete'
  | 'escape'
  | 'ctrl-c'
  | 'ctrl-d'
  | 'ctrl-r';

/** Keys whose bytes change when the program turns on application cursor mode (DECCKM). */
const CURSOR_KEYS: Partial<Record<KeyName, string>> = {
  up: 'A',
  down: 'B',
  right: 'C',
  left: 'D',
  home: 'H',
  end: 'F',
};

const PLAIN_KEYS: Partial<Record<KeyName, string>> = {
  enter: '\r',
  tab: '\t',
  'shift-tab': '\x1b[Z',
  backspace: '\x7f',
  delete: '\x1b[3~',
  escape: '\x1b',
  'ctrl-c': '\x03',
  'ctrl-d': '\x04',
  'ctrl-r': '\x12',
};

/** Every key name, for error messages and table-driven tests. */
export const KEY_NAMES = Object.keys({ ...CURSOR_KEYS, ...PLAIN_KEYS }) as KeyName[];

/** Thrown when a test presses a key that has no name here. */
export class UnknownKeyError extends Error {
  constructor(readonly key: string) {
    super(`Unknown key "${key}". Use one of: ${KEY_NAMES.join(', ')}; or write() the bytes.`);
    this.name = 'UnknownKeyError';
  }
}

/**
 * The bytes a terminal sends for `key`, as xterm does: `ESC [ A` for up, or `ESC O A` once the
 * program has asked for application cursor keys.
 *
 * @example keyBytes('up', false) // '\x1b[A'
 */
export function keyBytes(key: string, isApplicationCursor: boolean): string {
  const cursor = CURSOR_KEYS[key as KeyName];
  if (cursor !== undefined) return (isApplicationCursor ? '\x1bO' : '\x1b[') + cursor;

  const plain = PLAIN_KEYS[key as KeyName];
  if (plain === undefined) throw new UnknownKeyError(key);

  return plain;
}

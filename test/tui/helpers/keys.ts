/** The bytes a terminal sends for the keys the TUI tests press. */
export const KEYS = {
  enter: '\r',
  tab: '\t',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  backspace: '\x7f',
  escape: '\x1b',
  ctrlR: '\x12',
  ctrlC: '\x03',
} as const;

export type KeyName = keyof typeof KEYS;

/** The exit codes of dl-tutor, as `--help` lists them. */
export const EXIT = {
  ok: 0,
  /** `check`: the answer is wrong. */
  wrong: 1,
  /** A session ended (quit, end of input) before the lesson was finished. */
  unfinished: 1,
  /** Usage error or input that cannot be used: bad option, broken lesson, unusable answer. */
  usage: 2,
  hangup: 129,
  interrupt: 130,
  terminate: 143,
} as const;

/** The signals a session saves its progress on, and the exit code each gives (128 + n). */
export const SIGNAL_EXIT = {
  SIGHUP: EXIT.hangup,
  SIGINT: EXIT.interrupt,
  SIGTERM: EXIT.terminate,
} as const;

export type HandledSignal = keyof typeof SIGNAL_EXIT;

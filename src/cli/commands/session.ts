/**
 * `dl-tutor [LESSON]` and `dl-tutor quiz [LESSON]`: the TUI when stdin and stdout are both
 * terminals, plain mode otherwise or with `--plain`.
 */
import { randomInt } from 'node:crypto';
import type { LessonEnv } from '../../lesson/lesson-dirs.js';
import type { Lang } from '../../lesson/model.js';
import { progressDir } from '../data-paths.js';
import { lessonKey, openLesson, DEFAULT_LESSON } from '../open-lesson.js';
import { lineInput } from '../plain/line-input.js';
import { plainOutput } from '../plain/plain-output.js';
import { PlainSession } from '../plain/plain-session.js';
import { exitOnSignals } from '../signals.js';
import { fileProgressStore } from '../progress-file.js';
import { say } from '../text/index.js';
import type { CommandIo } from './io.js';

export interface SessionOptions {
  /** Lesson id or path; the TUI shows its lesson list without one, plain mode takes the default. */
  lesson?: string;
  lang: Lang;
  env: LessonEnv;
  seed?: number;
  isPlain: boolean;
  isReset: boolean;
  /** `--color` / `--no-color`; undefined lets the TUI decide (plain mode: no colour). */
  isColor?: boolean;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** For warnings and the note printed on a signal. */
  io: CommandIo;
}

/** Whether the full-screen TUI can run: both ends are terminals and plain mode is not asked. */
export function isTuiPossible(options: SessionOptions): boolean {
  return !options.isPlain && options.stdin.isTTY === true && options.stdout.isTTY === true;
}

/** Runs a session in the TUI or in plain mode; returns the exit code. */
export async function runSession(options: SessionOptions): Promise<number> {
  if (isTuiPossible(options)) {
    // Ink draws only the last frame when CI or CONTINUOUS_INTEGRATION is set (it reads them
    // once, when loaded). In a terminal the learner sees, every frame must be drawn.
    for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[name];
    const { runTuiSession } = await import('../tui-session.js');
    return runTuiSession(options);
  }
  return runPlain(options);
}

/** A quiz is a session on a variant; without `--seed` one is drawn and printed to reuse. */
export async function runQuiz(options: SessionOptions): Promise<number> {
  const seed = options.seed ?? randomInt(1, 100_000);
  if (options.seed === undefined) options.io.out(say(options.lang, 'quiz.seed', { seed }));
  return runSession({ ...options, seed });
}

async function runPlain(options: SessionOptions): Promise<number> {
  const { lang, env, seed, io } = options;
  const engine = await openLesson(options.lesson ?? DEFAULT_LESSON, env, lang, seed);
  const out = plainOutput(options.stdout, options.isColor === true);
  const input = lineInput(options.stdin, out);
  const session = new PlainSession({
    engine,
    key: lessonKey(engine, seed),
    store: fileProgressStore({ dir: progressDir(env), lang }),
    lang,
    input,
    out,
    warn: (text) => io.err(say(lang, 'warning', { text })),
    isReset: options.isReset,
  });

  const stopSignals = exitOnSignals(async (signal) => {
    await session.save();
    if (signal !== 'SIGHUP') io.err(`\n${say(lang, 'plain.saved-signal')}`);
  });
  try {
    return await session.run();
  } finally {
    stopSignals();
    input.close();
  }
}

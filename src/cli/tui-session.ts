/**
 * Starts the TUI with what it needs from the command line: the lesson list, a way to open a
 * lesson, and the progress store on disk. Loaded only when stdin and stdout are terminals.
 * The TUI takes Ctrl+C as a key; SIGTERM, SIGHUP and SIGINT sent from outside wait for the
 * saves being written, then exit with 143, 129 or 130 (Ink restores the terminal on exit).
 */
import { pick } from '../messages/index.js';
import type { LessonChoice, TuiOptions } from '../tui/options.js';
import { runTui } from '../tui/run.js';
import type { SessionOptions } from './commands/session.js';
import { progressDir } from './data-paths.js';
import { exitOnSignals } from './signals.js';
import { fileProgressStore } from './progress-file.js';
import { trackedStore } from './tracked-store.js';

async function lessonChoices(options: SessionOptions): Promise<LessonChoice[]> {
  // Structure only: the picker must not wait for the engine. Opening a lesson checks the rest.
  // Loaded here, not at the top, so the first frame does not wait for the YAML and schema code.
  const { listLessons } = await import('../lesson/catalog.js');
  const entries = await listLessons({ env: options.env, compile: false });
  return entries.map((entry) => ({
    id: entry.id,
    title: pick(entry.title, options.lang),
    description: pick(entry.description, options.lang),
    source: entry.source,
    isBroken: entry.status === 'broken',
    ...entry.shape,
    ...(entry.firstError === undefined ? {} : { error: entry.firstError }),
  }));
}

/** Runs the TUI to its end and gives its exit code. */
export async function runTuiSession(options: SessionOptions): Promise<number> {
  const { lang, env, seed } = options;
  const progress = trackedStore(fileProgressStore({ dir: progressDir(env), lang }));
  const tuiOptions: TuiOptions = {
    lang,
    ...(options.lesson === undefined ? {} : { lessonArg: options.lesson }),
    listLessons: () => lessonChoices(options),
    // The TUI takes the variant of the seed itself.
    openLesson: async (idOrPath) => {
      const { tryOpenLesson } = await import('./open-lesson.js');
      return tryOpenLesson(idOrPath, env);
    },
    progress,
    ...(seed === undefined ? {} : { seed }),
    isReset: options.isReset,
    ...(options.isColor === undefined ? {} : { isColor: options.isColor }),
    stdin: options.stdin,
    stdout: options.stdout,
  };
  const stopSignals = exitOnSignals(() => progress.settle());
  try {
    return await runTui(tuiOptions);
  } finally {
    stopSignals();
  }
}

/**
 * The bundled seed lesson as an engine, and TuiOptions around it with an in-memory store.
 */
import { LessonEngine } from '../../../src/engine/lesson-engine.js';
import { loadLessonFile } from '../../../src/lesson/load.js';
import type { Lesson } from '../../../src/lesson/model.js';
import { memoryStore } from '../../../src/session/progress-store.js';
import type { LessonChoice, TuiOptions } from '../../../src/tui/options.js';

export const SEED_FILE = 'lessons/matrix-backprop.yaml';

let seed: Promise<LessonEngine> | undefined;

/** Loads the seed lesson once per test file; fails loudly when it does not load. */
export function seedEngine(): Promise<LessonEngine> {
  seed ??= loadLessonFile(SEED_FILE).then(({ lesson, errors }) => {
    if (!lesson) throw new Error(`${SEED_FILE} did not load: ${errors.map(String).join('; ')}`);
    return engineOf(lesson);
  });
  return seed;
}

/** An engine for a lesson model; fails loudly when the lesson does not compile. */
export function engineOf(lesson: Lesson): LessonEngine {
  const { engine, issues } = LessonEngine.fromLesson(lesson);
  if (!engine) throw new Error(`the lesson does not compile: ${JSON.stringify(issues)}`);
  return engine;
}

export function choiceOf(engine: LessonEngine, extra: Partial<LessonChoice> = {}): LessonChoice {
  return {
    id: engine.lesson.id,
    title: engine.lesson.title.en ?? engine.lesson.id,
    description: engine.lesson.description.en ?? '',
    source: 'bundled',
    isBroken: false,
    ...extra,
  };
}

/** Options that open `engine` for its own id, list it, and keep progress in memory. */
export function optionsFor(engine: LessonEngine, extra: Partial<TuiOptions> = {}) {
  const progress = memoryStore();
  // A test's own store (given in `extra`) replaces this one in the options.
  const opened: string[] = [];
  const options: TuiOptions = {
    lang: 'en',
    listLessons: async () => [choiceOf(engine)],
    openLesson: async (idOrPath) => {
      opened.push(idOrPath);
      return idOrPath === engine.lesson.id
        ? { engine, errors: [] }
        : { errors: [`no lesson with id "${idOrPath}"`] };
    },
    progress,
    ...extra,
  };
  return { options, progress, opened };
}

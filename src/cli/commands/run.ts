/**
 * `dl-tutor run [LESSON] [--json] [--seed N]`: the whole lesson worked out, without questions.
 */
import type { LessonEnv } from '../../lesson/lesson-dirs.js';
import type { Lang } from '../../lesson/model.js';
import { pick } from '../../messages/index.js';
import { EXIT } from '../exit-codes.js';
import { openLesson } from '../open-lesson.js';
import { jsonText } from '../json-text.js';
import { buildTranscript, forwardAt } from '../transcript.js';
import { transcriptLines } from '../transcript-text.js';
import type { CommandIo } from './io.js';

export interface RunOptions {
  lesson: string;
  isJson: boolean;
  seed?: number;
  lang: Lang;
  env: LessonEnv;
}

/** Prints the transcript as one JSON document or as a table. */
export async function runRun(io: CommandIo, options: RunOptions): Promise<number> {
  const engine = await openLesson(options.lesson, options.env, options.lang, options.seed);
  const transcript = buildTranscript(engine);

  if (options.isJson) {
    io.out(jsonText(transcript));
    return EXIT.ok;
  }

  const entryNames = engine.lesson.symbols.flatMap((s) => s.entries.flat());
  const title = pick(engine.lesson.title, options.lang);
  const final = forwardAt(engine, engine.updates + 1);
  const lines = transcriptLines(transcript, final, title, entryNames, options.lang);
  for (const line of lines) io.out(line);
  return EXIT.ok;
}

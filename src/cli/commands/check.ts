/**
 * `dl-tutor check [LESSON] --stage NAME [--update K] [--json] EXPR`: judges one answer the way
 * the tutor does and says why.
 */
import stringWidth from 'string-width';
import type { LessonEnv } from '../../lesson/lesson-dirs.js';
import type { Lang } from '../../lesson/model.js';
import type { CheckResult } from '../../engine/types.js';
import { formatShape } from '../../engine/matrix.js';
import { formatInline } from '../../session/format.js';
import { EXIT } from '../exit-codes.js';
import { jsonText } from '../json-text.js';
import { feedbackLines } from '../feedback-lines.js';
import { openLesson } from '../open-lesson.js';
import { stageNamed, updateNumber } from '../stage-name.js';
import { say } from '../text/index.js';
import type { CommandIo } from './io.js';

export interface CheckOptions {
  lesson: string;
  stage: string;
  answer: string;
  update: number;
  isJson: boolean;
  seed?: number;
  lang: Lang;
  env: LessonEnv;
}

/** 0 for a right answer (as a formula or as numbers), 1 for a wrong one, 2 for an unusable one. */
export function checkExitCode(result: CheckResult): number {
  if (result.verdict === 'correct' || result.verdict === 'numeric') return EXIT.ok;
  return result.verdict === 'wrong' ? EXIT.wrong : EXIT.usage;
}

/** Checks one answer and prints the verdict (as text or JSON); returns the exit code. */
export async function runCheck(io: CommandIo, options: CheckOptions): Promise<number> {
  const { lang } = options;
  const engine = await openLesson(options.lesson, options.env, lang, options.seed);
  const stage = stageNamed(engine, options.stage, lang);
  const update = updateNumber(engine, options.update, lang);

  const result = engine.check(stage.index, update, options.answer);
  const label = stage.kind === 'update' ? say(lang, 'check.new', { asks: stage.asks }) : stage.asks;
  const prompt = `${label} = `;
  const lines = feedbackLines(result, options.answer, lang, stringWidth(prompt));

  if (options.isJson) {
    const { diagnosis } = result;
    const report = {
      lesson: engine.lesson.id,
      stage: stage.asks,
      update,
      answer: options.answer,
      ...result,
      ...(diagnosis ? { diagnosis: { code: diagnosis.code, params: diagnosis.params } } : {}),
      feedback: { headline: lines.headline, details: lines.details.map((d) => d.trim()) },
    };
    io.out(jsonText(report));
    return checkExitCode(result);
  }

  io.out(`${prompt}${options.answer}`);
  if (lines.caret) io.out(lines.caret);
  io.out(`${result.verdict}: ${lines.headline}`);
  for (const detail of lines.details) io.out(detail);
  if (result.value && result.shape) {
    const shape = formatShape(result.shape);
    io.out(say(lang, 'check.value', { value: formatInline(result.value), shape }));
  }
  return checkExitCode(result);
}

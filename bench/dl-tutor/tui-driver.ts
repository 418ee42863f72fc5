/**
 * Drives dl-tutor's TUI in a pseudo-terminal through the seed lesson, as a learner who knows
 * every answer. Screens are recognised by the header line, which names the update and the
 * stage and shows a progress bar (`■` solved, `▸` current, `·` to come).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startPty, type PtySession } from '../../test/helpers/pty.js';
import { CLI } from './cli-build.js';

export const LESSON_FILE = 'lessons/matrix-backprop.yaml';
const STEP_TIMEOUT = 10_000;
/** The key help shown only while an answer is asked for. */
const ASKING = 'Enter check';

/** The expected answer of each stage of the seed lesson, from its file. */
export function seedAnswers(): string[] {
  const lesson = parse(readFileSync(LESSON_FILE, 'utf8')) as { stages: { expected: string }[] };

  return lesson.stages.map((stage) => stage.expected);
}

/** The header of `stage` (1-based) of `update` while it is asked, or once it is `solved`. */
export function stageHeader(update: number, updates: number, stage: number, stages: number) {
  return (isSolved: boolean) => {
    const bar = isSolved
      ? `■{${stage}}·{${stages - stage}}`
      : `■{${stage - 1}}▸·{${stages - stage}}`;

    return new RegExp(`update ${update}/${updates} +${bar} +stage ${stage}/${stages}`);
  };
}

/**
 * Starts `dl-tutor --lang en <lesson>` with its own empty data folder, at 100x40 so the header
 * fits, and resolves once the first stage is asked. `stop` also removes the data folder.
 */
export async function startLesson(): Promise<{ app: PtySession; stop: () => Promise<void> }> {
  const home = mkdtempSync(join(tmpdir(), 'dl-bench-home-'));
  const app = startPty(process.execPath, [CLI, '--lang', 'en', LESSON_FILE], {
    cols: 100,
    rows: 40,
    env: { DL_TUTOR_HOME: home },
  });
  const stop = async () => {
    await app.stop();
    rmSync(home, { recursive: true, force: true });
  };

  try {
    await app.waitFor('Press Enter to begin', { timeout: 20_000 });
    await app.press('enter');
    await app.waitFor(stageHeader(1, 3, 1, 13)(false), { timeout: STEP_TIMEOUT });
  } catch (error) {
    await stop();
    throw error;
  }

  return { app, stop };
}

/**
 * Answers every stage of every update, retyping each answer rather than reusing the last
 * update's formulas; resolves on the last stage's solved screen.
 */
export async function answerEverything(app: PtySession, answers: string[], updates: number) {
  for (let update = 1; update <= updates; update++) {
    for (let stage = 1; stage <= answers.length; stage++) {
      const header = stageHeader(update, updates, stage, answers.length);
      if (stage > 1) await continueTo(app, header(false));
      else if (update > 1) await continueToUpdate(app, header(false), update);
      // As a person would, and so Enter cannot reach a busy program in the same read.
      await app.write(answers[stage - 1]!);
      await app.waitFor(`> ${answers[stage - 1]!}`, { timeout: STEP_TIMEOUT });
      await app.press('enter');
      await app.waitFor(header(true), { timeout: STEP_TIMEOUT });
    }
  }
}

/** Leaves the feedback screen of a stage with Enter for the next stage. */
async function continueTo(app: PtySession, header: RegExp): Promise<void> {
  await app.press('enter');
  await app.waitFor(header, { timeout: STEP_TIMEOUT });
}

/**
 * Leaves the last feedback screen of an update, passes the screen of the update just applied
 * and, when offered, declines to reuse the formulas. Each step waits for text that only its
 * own screen shows, so text left over from an earlier frame cannot pass for it.
 */
async function continueToUpdate(app: PtySession, header: RegExp, update: number): Promise<void> {
  await app.press('enter');
  await app.waitFor(`Update ${update - 1} applied`, { timeout: STEP_TIMEOUT });
  await app.press('enter');
  const screen = await app.waitFor(header, { timeout: STEP_TIMEOUT });
  // The offer to reuse the formulas, under the same header, comes until the learner declines.
  if (!screen.join('\n').includes(`Update ${update}: reuse your formulas`)) return;

  await app.write('n');
  await app.waitFor(ASKING, { timeout: STEP_TIMEOUT });
}

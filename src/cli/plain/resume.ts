/**
 * Where a plain session starts: a new run, or the saved one when the learner says so.
 * `--reset` forgets the saved run; a finished run is not resumed (its score is shown).
 */
import { t } from '../../messages/index.js';
import { score } from '../../session/score.js';
import { initialState, type SessionState } from '../../session/state.js';
import { say } from '../text/index.js';
import type { PlainSessionOptions } from './plain-session.js';
import { askYesNo } from './yes-no.js';

/** What resuming needs: the plain session's own options. */
export type ResumeOptions = PlainSessionOptions;

/** 1-based update and stage of a saved run, for the resume question. */
function savedPosition(state: SessionState, stages: number) {
  const phase = state.phase;
  if (phase.kind === 'asking' || phase.kind === 'solved') {
    return { update: phase.update, stage: phase.stage + 1 };
  }
  if (phase.kind === 'applied') return { update: phase.update, stage: stages };
  if (phase.kind === 'carry') return { update: phase.update, stage: 1 };
  return { update: 1, stage: 1 };
}

/** The state to start from; undefined when the input ended before the question was answered. */
export async function startingState(options: ResumeOptions): Promise<SessionState | undefined> {
  const { engine, key, store, lang } = options;
  const fresh = initialState(key.id, key.version, key.seed);

  if (options.isReset) {
    const warning = await store.clear(key);
    if (warning) options.warn(warning);
    return fresh;
  }

  const loaded = await store.load(key);
  if (loaded.warning) options.warn(loaded.warning);
  const saved = loaded.state;
  if (!saved || saved.phase.kind === 'intro') return fresh;
  if (saved.phase.kind === 'done') {
    options.out.line(say(lang, 'plain.last-score', score(saved)));
    return fresh;
  }

  const question = t(lang, 'label.resume', savedPosition(saved, engine.stages.length));
  const isResuming = await askYesNo(question, options.input, options.out, lang);
  if (isResuming === undefined) return undefined;
  return isResuming ? saved : fresh;
}

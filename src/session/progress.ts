/**
 * Saved progress as JSON: a versioned envelope around a SessionState, parsed strictly so that a
 * damaged or foreign file is recognised as such and never half-trusted.
 */
import { z } from 'zod';
import type { SessionState } from './state.js';

/** Bumped when the saved shape changes; older files are moved aside, not misread. */
export const PROGRESS_FORMAT = 1;

const outcome = z.enum(['first-try', 'after-hints', 'after-errors', 'revealed', 'carried']);
const count = z.number().int().min(0);
const index = z.number().int().min(0);
const update = z.number().int().min(1);

const record = z.strictObject({
  update,
  stage: index,
  outcome,
  tries: count,
  hints: count,
  answer: z.string().max(2000).optional(),
});

// `last` (the check result) is not restored: a resumed stage starts with a clean input.
const phase = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('intro') }),
  z.object({ kind: z.literal('carry'), update }),
  z.object({ kind: z.literal('asking'), update, stage: index, tries: count, hints: count }),
  z.object({ kind: z.literal('solved'), update, stage: index, outcome, hints: count }),
  z.object({ kind: z.literal('applied'), update }),
  z.object({ kind: z.literal('done') }),
]);

const state = z.strictObject({
  lessonId: z.string(),
  lessonVersion: z.number().int(),
  seed: z.number().int().optional(),
  phase,
  records: z.array(record).max(10_000),
  formulas: z.record(z.string().regex(/^\d+$/), z.string().max(2000)),
  isReusingFormulas: z.boolean().optional(),
  history: z.array(z.string().max(2000)).max(1000),
});

const envelope = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  savedAt: z.string(),
  state,
});

/** The JSON text to save. */
export function serializeProgress(session: SessionState, now: Date): string {
  const phase = { ...session.phase } as Record<string, unknown>;
  delete phase.last;
  delete phase.lastText;
  const saved = { ...session, phase };
  return `${JSON.stringify({ format: PROGRESS_FORMAT, savedAt: now.toISOString(), state: saved }, null, 2)}\n`;
}

export type ParsedProgress = { ok: true; state: SessionState } | { ok: false; reason: string };

/**
 * Reads saved progress, checking that it belongs to this lesson and fits it.
 *
 * @example parseProgress(text, { id: 'matrix-backprop', version: 1, stages: 13, updates: 3 })
 */
export function parseProgress(
  text: string,
  lesson: { id: string; version: number; stages: number; updates: number },
): ParsedProgress {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }

  const parsed = envelope.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  }

  const saved = parsed.data.state as SessionState;
  if (saved.lessonId !== lesson.id || saved.lessonVersion !== lesson.version) {
    return {
      ok: false,
      reason: `saved for ${saved.lessonId} v${saved.lessonVersion}, not ${lesson.id} v${lesson.version}`,
    };
  }
  const p = saved.phase;
  const isOutside =
    ('update' in p && p.update > lesson.updates) ||
    ('stage' in p && p.stage >= lesson.stages) ||
    saved.records.some((r) => r.stage >= lesson.stages || r.update > lesson.updates);
  if (isOutside)
    return { ok: false, reason: 'it refers to stages or updates the lesson does not have' };

  return { ok: true, state: saved };
}

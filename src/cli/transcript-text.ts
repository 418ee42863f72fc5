/**
 * The transcript as a table to read: one `name = value` per line, matrices inline as answers
 * write them (`[0.3; 0.2]`), numbers to five significant digits.
 */
import type { Lang } from '../lesson/model.js';
import { formatInline, formatNumber } from '../session/format.js';
import { say } from './text/index.js';
import type { Transcript, TranscriptValue } from './transcript.js';

const INDENT = '  ';

function valueText(value: TranscriptValue): string {
  return typeof value === 'number' ? formatNumber(value) : formatInline(value);
}

/** Aligned `name = value` lines under a heading. */
function block(heading: string, values: Record<string, TranscriptValue>): string[] {
  const names = Object.keys(values);
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines = names.map((n) => `${INDENT}${n.padEnd(width)} = ${valueText(values[n]!)}`);
  return [heading, ...lines];
}

function formulaLines(symbolic: Transcript['symbolic']): string[] {
  return Object.entries(symbolic).flatMap(([asks, grid]) =>
    grid.flatMap((row, i) =>
      row.map((formula, j) => `${INDENT}${asks}[${i + 1},${j + 1}] = ${formula}`),
    ),
  );
}

/**
 * @param final the forward pass after the last update
 * @param entryNames the starting symbols' entry names the formulas are written in
 */
export function transcriptLines(
  transcript: Transcript,
  final: Record<string, TranscriptValue>,
  title: string,
  entryNames: string[],
  lang: Lang,
): string[] {
  const { steps } = transcript;
  const lines = [
    `${transcript.lesson}: ${title}`,
    say(lang, 'run.settings', { lr: transcript.learningRate, updates: steps.length }),
    '',
    ...block(say(lang, 'run.data'), transcript.data),
    ...block(say(lang, 'run.initial'), transcript.initial),
    '',
    say(lang, 'run.symbolic', { names: entryNames.join(', ') }),
    ...formulaLines(transcript.symbolic),
  ];

  steps.forEach((step, k) => {
    const update = k + 1;
    lines.push('', say(lang, 'run.update', { update, updates: steps.length }));
    lines.push(...block(say(lang, 'run.forward'), step.forward));
    lines.push(...block(say(lang, 'run.gradients'), step.gradients));
    lines.push(...block(say(lang, 'run.after'), step.params));
  });

  lines.push('', ...block(say(lang, 'run.final', { updates: steps.length }), final));
  return lines;
}

/**
 * `npm run bench`: measures dl-tutor against baselines timed in the same run, prints one table
 * with every figure, its target and whether it is met, and keeps it in bench/RESULTS.md.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBaselines, OUT } from './baselines/build.js';
import type { Detail, Figure, GroupResult } from './lib/figures.js';
import { describeMachine } from './lib/machine.js';
import { renderNotes, renderTable } from './lib/table.js';
import { measureCheckLatency } from './rows/check-latency.js';
import { measureKeystroke } from './rows/keystroke.js';
import { measureMemory } from './rows/memory.js';
import { measureScaling } from './rows/scaling.js';
import { measureStartup } from './rows/startup.js';
import { measureTranscript } from './rows/transcript.js';

const RESULTS = fileURLToPath(new URL('RESULTS.md', import.meta.url));
const started = performance.now();

function progress(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`[bench ${seconds.padStart(5)} s] ${message}\n`);
}

async function main(): Promise<void> {
  progress('building the Ink baselines');
  const programs = await buildBaselines();
  const groups: [string, () => Promise<GroupResult>][] = [
    ['1 start-up', () => measureStartup(programs)],
    ['2 whole transcript', measureTranscript],
    ['3 answer-check latency', measureCheckLatency],
    ['4 keystroke to frame', () => measureKeystroke(programs.echoBundled)],
    ['5 scaling', measureScaling],
    ['6 memory', () => measureMemory(programs.helloBundled)],
  ];

  const figures: Figure[] = [];
  const details: Detail[] = [];
  for (const [name, measure] of groups) {
    progress(`measuring ${name}`);
    const result = await measure();
    figures.push(...result.figures);
    details.push(...(result.details ?? []));
  }

  const seconds = (performance.now() - started) / 1000;
  const table = renderTable(figures);
  const notes = renderNotes(figures);
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const machine = describeMachine();
  process.stdout.write(
    `\n${table}\n\n${notes.join('\n')}\n\n${machine}; ${seconds.toFixed(0)} s\n`,
  );

  const markdown = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/main.ts); do not edit by hand. Ratios compare with a',
    'baseline measured in the same run. `pending` rows measure parts of dl-tutor not built yet.',
    '',
    `- date: ${when}`,
    `- machine: ${machine}`,
    `- run time: ${seconds.toFixed(0)} s`,
    '',
    table,
    '',
    '## Notes',
    '',
    ...notes,
    ...details.flatMap((detail) => ['', `## ${detail.title}`, '', ...detail.lines]),
    '',
  ].join('\n');
  writeFileSync(RESULTS, markdown);
  progress(`wrote ${RESULTS}`);
}

try {
  await main();
} finally {
  // Built baselines are rebuilt every run; removing them keeps `eslint .` off minified code.
  rmSync(OUT, { recursive: true, force: true });
}

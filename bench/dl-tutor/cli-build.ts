/**
 * Builds dl-tutor's CLI with scripts/build.mjs into a folder of the bench's own, so the
 * benchmarks time the current code and a rebuild of dist/ by someone else cannot pull files
 * from under a run.
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from '../baselines/build.js';
import { runToExit } from '../lib/processes.js';
import { PendingError } from './pending.js';

const ROOT = process.cwd();
const ENTRY = 'src/cli/main.ts';
/** A stand-in package root: links to the sources, lessons and modules, and its own dist/. */
const PACKAGE = join(OUT, 'dl-tutor');
const LINKED = ['package.json', 'src', 'lessons', 'node_modules', 'tsconfig.json'];

/** The built CLI, run with node. */
export const CLI = join(PACKAGE, 'dist', 'cli.js');

let built: Promise<void> | undefined;

/**
 * Builds the CLI once per bench run; rejects with a PendingError when there is no CLI source
 * yet or it does not build.
 */
export function ensureCli(): Promise<void> {
  built ??= (async () => {
    if (!existsSync(ENTRY)) throw new PendingError(`${ENTRY} does not exist yet`);

    mkdirSync(PACKAGE, { recursive: true });
    for (const name of LINKED) {
      if (!existsSync(join(PACKAGE, name))) symlinkSync(join(ROOT, name), join(PACKAGE, name));
    }
    const script = join(ROOT, 'scripts', 'build.mjs');
    const build = await runToExit(process.execPath, [script], process.env, PACKAGE);
    if (build.code !== 0 || !existsSync(CLI)) {
      const lines = build.stderr.split('\n').map((line) => line.trim());
      const detail = lines
        .filter((line) => line !== '')
        .slice(0, 2)
        .join(' ');
      throw new PendingError(`node scripts/build.mjs failed: ${detail}`);
    }
  })();

  return built;
}

/**
 * Where lessons live: the folder bundled with the package and the user's own folder.
 */
import envPaths from 'env-paths';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'dl-tutor';

/** The environment variables lesson discovery reads. */
export type LessonEnv = Readonly<Record<string, string | undefined>>;

function isPackageRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/**
 * The folder holding dl-tutor's package.json, searched upwards from `from` (this module, both
 * as src/lesson/*.ts and inside the dist/ bundle).
 */
export function packageRoot(from: string = import.meta.url): string | undefined {
  let dir = dirname(from.startsWith('file:') ? fileURLToPath(from) : from);
  for (;;) {
    if (isPackageRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The lessons shipped with dl-tutor, or undefined when the package root cannot be found. */
export function bundledLessonDir(): string | undefined {
  const root = packageRoot();
  return root === undefined ? undefined : join(root, 'lessons');
}

/**
 * The user's lesson folder: `$DL_TUTOR_HOME/lessons` when DL_TUTOR_HOME is set, otherwise the
 * platform's data folder for dl-tutor (on Linux `~/.local/share/dl-tutor/lessons`).
 */
export function userLessonDir(env: LessonEnv): string {
  const home = env.DL_TUTOR_HOME;
  if (home !== undefined && home !== '') return join(home, 'lessons');
  return join(envPaths(PACKAGE_NAME, { suffix: '' }).data, 'lessons');
}

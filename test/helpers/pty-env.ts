/**
 * The environment a program under test gets in a pseudo-terminal.
 */

/**
 * Inherited variables that make Ink believe it runs in CI. `is-in-ci` 2 reads `CI` and
 * `CONTINUOUS_INTEGRATION`; version 1 also read `BUILD_NUMBER`, `RUN_ID` and any `CI_*` key.
 * In CI mode Ink draws only the last frame on exit, so a test would never see a live screen.
 */
const CI_NAMES = new Set(['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID']);

/** Whether an inherited variable would switch Ink (or a CI detector) into CI mode. */
export function isCiVariable(name: string): boolean {
  return CI_NAMES.has(name) || name.startsWith('CI_');
}

/**
 * The child's environment: the parent's without CI markers, with `TERM` set to what the
 * emulator understands, then `overrides` on top. An override of `undefined` removes a
 * variable; an explicit `CI` in `overrides` is kept, so a test can ask for CI mode.
 *
 * @example childEnv(process.env, { LANG: 'C.UTF-8' })
 */
export function childEnv(
  parent: NodeJS.ProcessEnv,
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  const env: Record<string, string> = {};

  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && !isCiVariable(name)) env[name] = value;
  }

  env.TERM = 'xterm-256color';
  delete env.COLUMNS;
  delete env.LINES;

  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  return env;
}

/**
 * Key-to-frame timing on an answer line: type one character, wait for the frame that shows it.
 */
import type { PtySession } from '../../test/helpers/pty.js';

/**
 * What is typed: an answer to the first stage (Z) that is unfinished at most keys, with no
 * spaces, since the screen's trailing spaces are trimmed.
 */
export const TYPED_ANSWER = 'W1*x+B-(W1*x+B)+(W1*x+B)*1';

/**
 * Pause between a frame and the next key: a brisk typist's 10 keys a second. Ink draws at most
 * 30 frames a second (a leading-edge throttle), so keys sent back to back would time the
 * throttle rather than the program.
 */
export const KEY_PAUSE_MS = 100;

/**
 * Types `text` into `app` key by key; for each key, the milliseconds until the screen shows
 * `lineOf(prefix typed so far)`.
 */
export async function keyToFrameTimes(
  app: PtySession,
  text: string,
  lineOf: (typed: string) => string,
): Promise<number[]> {
  const times: number[] = [];
  for (let end = 1; end <= text.length; end++) {
    const started = performance.now();
    await app.write(text[end - 1]!);
    await app.waitFor(lineOf(text.slice(0, end)), { timeout: 5_000 });
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, KEY_PAUSE_MS));
  }

  return times;
}

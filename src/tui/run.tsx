/**
 * The TUI's entry point for the CLI: draws the app on the terminal, and resolves with the exit
 * code once the learner quits, with the terminal restored (cursor shown, raw mode off, the
 * screen as it was before, with the last words printed under it).
 */
import { render } from 'ink';
import { App } from './components/App.js';
import { StyleContext } from './components/style-context.js';
import type { TuiOptions } from './options.js';

const ALTERNATE_SCREEN = '\x1b[?1049h';
const MAIN_SCREEN = '\x1b[?1049l';
const CLEAR_SCREEN = '\x1b[2J\x1b[H';

type Env = Record<string, string | undefined>;

/** No colour when NO_COLOR is set to anything but the empty string, or the terminal is dumb. */
export function isColorAllowed(env: Env): boolean {
  return !env.NO_COLOR && env.TERM !== 'dumb';
}

/**
 * Runs the lesson picker (or the lesson given) until the learner quits.
 *
 * The app draws on the terminal's alternate screen, so a resize can clear it and redraw
 * without leftovers from rows the terminal re-wrapped; a dumb terminal gets inline frames.
 *
 * @returns 0 when the learner quit or finished, 130 after Ctrl+C
 */
export async function runTui(options: TuiOptions): Promise<number> {
  const env: Env = process.env;
  const stdout = options.stdout ?? process.stdout;
  const isColor = options.isColor ?? isColorAllowed(env);
  const isFullScreen = stdout.isTTY === true && env.TERM !== 'dumb';
  let code = 0;
  let farewell: string | undefined;

  // The main screen comes back even when the process is ended by a signal.
  const leave = () => void stdout.write(MAIN_SCREEN);
  if (isFullScreen) {
    stdout.write(ALTERNATE_SCREEN + CLEAR_SCREEN);
    process.once('exit', leave);
  }

  const instance = render(
    <StyleContext.Provider value={{ isColor }}>
      <App
        options={options}
        onExit={(chosen, words) => {
          code = chosen;
          farewell = words;
        }}
      />
    </StyleContext.Provider>,
    {
      stdin: options.stdin ?? process.stdin,
      stdout,
      exitOnCtrlC: false,
      patchConsole: false,
      // Ink 6.8's incremental mode leaves stale rows behind when the frame grows, with the
      // cursor placed on the answer line. Frames stay below the terminal's height instead, so
      // each is redrawn in place without clearing the screen.
      incrementalRendering: false,
    },
  );
  // Runs after Ink's own resize handler and before the components redraw at the new size.
  const redraw = () => {
    stdout.write(CLEAR_SCREEN);
    instance.clear();
  };
  if (isFullScreen) stdout.on('resize', redraw);

  try {
    await instance.waitUntilExit();
  } finally {
    if (isFullScreen) {
      stdout.off('resize', redraw);
      process.off('exit', leave);
      leave();
      if (farewell) stdout.write(`${farewell}\n`);
    }
  }
  return code;
}

/**
 * Renders TUI components with ink-testing-library at a chosen terminal size, and reads the
 * screen as plain text (colours stripped).
 */
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import stripAnsi from 'strip-ansi';
import { StyleContext } from '../../../src/tui/components/style-context.js';
import { KEYS, type KeyName } from './keys.js';

export interface TermSize {
  columns: number;
  rows: number;
}

export interface RenderedTui {
  /** The last frame without colours, trailing spaces trimmed. */
  screen: () => string;
  /** The last frame as written, escape sequences included. */
  rawFrame: () => string;
  /** Sends keys one at a time, waiting a moment after each. */
  press: (key: KeyName, times?: number) => Promise<void>;
  /** Sends text as one input, like a paste or a fast typist. */
  write: (text: string) => Promise<void>;
  /** Sends each character as its own key press. */
  type: (text: string) => Promise<void>;
  /** Waits until the screen contains `text` (or matches it); rejects with the screen. */
  waitFor: (text: string | RegExp, timeout?: number) => Promise<string>;
  resize: (size: TermSize) => Promise<void>;
  unmount: () => void;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

/**
 * @example const tui = renderTui(<App ... />, { columns: 80, rows: 24 });
 */
export function renderTui(
  tree: ReactElement,
  size: TermSize = { columns: 80, rows: 24 },
  isColor = true,
): RenderedTui {
  const app = render(<StyleContext.Provider value={{ isColor }}>{tree}</StyleContext.Provider>);
  let current = size;
  Object.defineProperty(app.stdout, 'columns', { get: () => current.columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { get: () => current.rows, configurable: true });
  app.stdout.emit('resize');

  const rawFrame = () => app.lastFrame() ?? '';
  const screen = () =>
    stripAnsi(rawFrame())
      .split('\n')
      .map((row) => row.trimEnd())
      .join('\n');
  const send = async (bytes: string) => {
    app.stdin.write(bytes);
    await tick();
  };

  return {
    screen,
    rawFrame,
    press: async (key, times = 1) => {
      for (let i = 0; i < times; i++) await send(KEYS[key]);
    },
    write: send,
    type: async (text) => {
      for (const char of text) await send(char);
    },
    waitFor: async (text, timeout = 3_000) => {
      const started = Date.now();
      const isThere = () =>
        typeof text === 'string' ? screen().includes(text) : text.test(screen());
      while (!isThere()) {
        if (Date.now() - started > timeout) {
          throw new Error(`Waited ${timeout} ms for ${String(text)}; the screen was:\n${screen()}`);
        }
        await tick();
      }
      return screen();
    },
    resize: async (next) => {
      current = next;
      app.stdout.emit('resize');
      await tick();
    },
    unmount: () => app.unmount(),
  };
}

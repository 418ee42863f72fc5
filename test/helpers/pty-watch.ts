/**
 * Watching the emulated screen for text: waiters are checked after each piece of output is
 * parsed, but never in the middle of a frame.
 */
import type xterm from '@xterm/headless';
import type { Pattern } from './pty-errors.js';
import { screenMatches, visibleRows } from './pty-screen.js';

interface Waiter {
  pattern: Pattern;
  resolve: (screen: string[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** DEC private mode of synchronized output: `CSI ? 2026 h` opens a frame, `l` closes it. */
const SYNC_MODE = 2026;

/** The waiters of one terminal. */
export class ScreenWatch {
  private readonly waiters = new Set<Waiter>();
  private isInFrame = false;

  constructor(private readonly terminal: xterm.Terminal) {
    this.watchFrames();
    terminal.onWriteParsed(() => this.check());
  }

  /** The visible rows, colours stripped and trailing spaces trimmed. */
  screen(): string[] {
    return visibleRows(this.terminal);
  }

  /**
   * Resolves with the screen once `pattern` is on it; rejects with `timedOut(screen)` after
   * `timeout` ms.
   */
  waitFor(pattern: Pattern, timeout: number, timedOut: (screen: string[]) => Error) {
    const screen = this.screen();
    if (screenMatches(pattern, screen)) return Promise.resolve(screen);

    return new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(timedOut(this.screen()));
      }, timeout);
      const waiter: Waiter = { pattern, resolve, reject, timer };
      this.waiters.add(waiter);
    });
  }

  /** Checks the screen a last time, then rejects every waiter left with `ended`. */
  end(ended: (pattern: Pattern, screen: string[]) => Error): void {
    this.isInFrame = false;
    this.check();

    const screen = this.screen();
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(ended(waiter.pattern, screen));
    }
    this.waiters.clear();
  }

  /**
   * Ink wraps each frame in synchronized-output marks; a frame larger than one read arrives in
   * pieces, and a screen checked between them would be half old, half new.
   */
  private watchFrames(): void {
    const isSyncMode = (params: (number | number[])[]) => params.includes(SYNC_MODE);
    this.terminal.parser.registerCsiHandler({ prefix: '?', final: 'h' }, (params) => {
      if (isSyncMode(params)) this.isInFrame = true;
      return false;
    });
    this.terminal.parser.registerCsiHandler({ prefix: '?', final: 'l' }, (params) => {
      if (isSyncMode(params)) this.isInFrame = false;
      return false;
    });
  }

  private check(): void {
    if (this.waiters.size === 0 || this.isInFrame) return;

    const screen = this.screen();
    for (const waiter of this.waiters) {
      if (!screenMatches(waiter.pattern, screen)) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve(screen);
    }
  }
}

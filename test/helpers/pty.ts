/**
 * Drive a real program in a real pseudo-terminal, for end-to-end tests and benchmarks:
 * node-pty runs the program, @xterm/headless plays the terminal, and tests read the screen.
 *
 * Every started program is tracked; call `stopAllPtys()` in `afterEach` so nothing outlives a
 * test. A program still running when the test process exits is killed with its process group.
 */
import xterm from '@xterm/headless';
import nodePty from 'node-pty';
import { childEnv } from './pty-env.js';
import { PtyClosedError, PtyExitedError, PtyTimeoutError, type Pattern } from './pty-errors.js';
import { InputQueue } from './pty-input.js';
import { keyBytes, type KeyName } from './pty-keys.js';
import { signalGroup, signalName } from './pty-process.js';
import { screenMatches } from './pty-screen.js';
import { ScreenWatch } from './pty-watch.js';

export { PtyClosedError, PtyExitedError, PtyTimeoutError, type Pattern } from './pty-errors.js';
export { UnknownKeyError, type KeyName } from './pty-keys.js';

export interface PtyOptions {
  /** Terminal width; 80 by default. */
  cols?: number;
  /** Terminal height; 24 by default. */
  rows?: number;
  /** Added to the parent's environment (minus CI markers); `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /**
   * Milliseconds between keys sent by `press` and `type`; 25 by default. Keys that reach Ink
   * in one read become one input (`"ab"`, `"\x7f\x7f"`), so they need a pause between them.
   */
  keyDelay?: number;
}

/** How the program ended: `signal` is set when a signal killed it. */
export interface PtyExit {
  exitCode: number;
  signal: NodeJS.Signals | null;
}

export interface WaitOptions {
  /** Milliseconds before `waitFor` gives up; 10 000 by default. */
  timeout?: number;
}

const live = new Set<PtySession>();
const STOP_GRACE_MS = 1_000;

/** A program running in a pseudo-terminal. Create it with `startPty`. */
export class PtySession {
  /** Resolves once the program has exited and its last output is on the screen. */
  readonly exited: Promise<PtyExit>;
  readonly pid: number;
  private readonly terminal: xterm.Terminal;
  private readonly child: nodePty.IPty;
  private readonly input: InputQueue;
  private readonly watch: ScreenWatch;
  private exit: PtyExit | undefined;
  private raw = '';

  constructor(
    readonly commandLine: string,
    command: string,
    args: string[],
    options: PtyOptions,
  ) {
    const cols = options.cols ?? 80;
    const rows = options.rows ?? 24;
    const env = childEnv(process.env, options.env);
    this.terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    this.child = nodePty.spawn(command, args, {
      name: env.TERM,
      cols,
      rows,
      env,
      cwd: options.cwd,
    });
    this.pid = this.child.pid;
    this.input = new InputQueue((bytes) => this.send(bytes), options.keyDelay ?? 25);

    this.child.onData((data) => {
      this.raw += data;
      this.terminal.write(data);
    });
    // Answers the program's terminal queries (cursor position, device attributes).
    this.terminal.onData((reply) => this.exit === undefined && this.child.write(reply));
    this.watch = new ScreenWatch(this.terminal);
    this.exited = new Promise((resolve) => {
      this.child.onExit(({ exitCode, signal }) => {
        // Output can trail the exit event by a tick; let it reach the screen first.
        setTimeout(() => this.terminal.write('', () => resolve(this.finish(exitCode, signal))), 10);
      });
    });
  }

  /**
   * Sends `text` in one piece, as a paste: Ink then reads it as one input. All input goes out
   * in the order it was asked for, `keyDelay` apart; the promise resolves once it is sent.
   */
  write(text: string): Promise<void> {
    return this.input.paste(text);
  }

  /** Types `text` one character at a time: Ink reads keys that arrive together as one input. */
  type(text: string): Promise<void> {
    return this.input.keys(Array.from(text, (char) => () => char));
  }

  /** Presses a named key `times` times, e.g. `press('up')`, `press('backspace', 3)`. */
  press(key: KeyName, times = 1): Promise<void> {
    keyBytes(key, false);
    const bytes = () => keyBytes(key, this.terminal.modes.applicationCursorKeysMode);

    return this.input.keys(Array.from({ length: times }, () => bytes));
  }

  /** The visible screen, one string per row, colours stripped and trailing spaces trimmed. */
  screen(): string[] {
    return this.watch.screen();
  }

  /** Everything the program has written, escape sequences included. */
  rawOutput(): string {
    return this.raw;
  }

  /**
   * Resolves with the screen once `pattern` appears on it (rows joined with newlines), checked
   * only between whole frames. Rejects with the screen in the message on timeout or when the
   * program exits first.
   */
  waitFor(pattern: Pattern, options: WaitOptions = {}): Promise<string[]> {
    const timeout = options.timeout ?? 10_000;
    const { exit, commandLine } = this;
    if (exit !== undefined && !screenMatches(pattern, this.screen())) {
      return Promise.reject(new PtyExitedError(commandLine, pattern, exit, this.screen()));
    }

    return this.watch.waitFor(
      pattern,
      timeout,
      (screen) => new PtyTimeoutError(commandLine, pattern, timeout, screen),
    );
  }

  /** Changes the terminal size; the program gets SIGWINCH. */
  resize(cols: number, rows: number): void {
    this.terminal.resize(cols, rows);
    if (this.exit === undefined) this.child.resize(cols, rows);
  }

  /** Sends `signal` to the program's whole process group (its children too). */
  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.exit !== undefined) return;

    if (!signalGroup(this.pid, signal)) this.child.kill(signal);
  }

  /** Ends the program: SIGTERM, then SIGKILL after a second; also ends what it left behind. */
  async stop(): Promise<PtyExit> {
    live.delete(this);
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), STOP_GRACE_MS);
    const exit = await this.exited;
    clearTimeout(timer);
    signalGroup(this.pid, 'SIGKILL');

    return exit;
  }

  private send(bytes: string): void {
    if (this.exit !== undefined) throw new PtyClosedError(this.commandLine, bytes, this.exit);

    this.child.write(bytes);
  }

  private finish(exitCode: number, signal: number | undefined): PtyExit {
    const exit = { exitCode, signal: signalName(signal) };
    this.exit = exit;
    this.watch.end(
      (pattern, screen) => new PtyExitedError(this.commandLine, pattern, exit, screen),
    );

    return exit;
  }
}

/**
 * Starts `command` with `args` in a new pseudo-terminal. CI markers (`CI=true`, ...) are left
 * out of its environment so Ink draws live frames as it would for a person.
 *
 * @example
 * const app = startPty('node', ['dist/cli.js'], { cols: 80, rows: 24 });
 * await app.waitFor('Z =');
 * await app.type('W1 * x + B');
 * await app.press('enter');
 */
export function startPty(command: string, args: string[] = [], options: PtyOptions = {}) {
  const session = new PtySession([command, ...args].join(' '), command, args, options);
  live.add(session);

  return session;
}

/**
 * Stops every program started and not yet stopped, and whatever they left running in their
 * process groups; use in `afterEach`.
 */
export async function stopAllPtys(): Promise<void> {
  await Promise.all([...live].map((session) => session.stop()));
}

process.once('exit', () => {
  for (const session of live) signalGroup(session.pid, 'SIGKILL');
});

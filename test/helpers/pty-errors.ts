/**
 * Errors of the pseudo-terminal harness. Each quotes the command and shows the screen as it
 * was, so a failing end-to-end test says what the program actually drew.
 */

/** What `waitFor` looks for: a substring or a pattern of the screen's rows joined by newlines. */
export type Pattern = string | RegExp;

interface ExitLike {
  exitCode: number;
  signal: string | null;
}

/** Thrown when `waitFor` gives up before its pattern appears. */
export class PtyTimeoutError extends Error {
  constructor(
    readonly commandLine: string,
    readonly pattern: Pattern,
    readonly timeout: number,
    readonly screen: string[],
  ) {
    super(
      `Waited ${timeout} ms for ${quote(pattern)} on the screen of \`${commandLine}\`, ` +
        `but it did not appear. Check the text, or raise the timeout. The screen was:\n` +
        frame(screen),
    );
    this.name = 'PtyTimeoutError';
  }
}

/** Thrown when the program exits while `waitFor` still waits for its pattern. */
export class PtyExitedError extends Error {
  constructor(
    readonly commandLine: string,
    readonly pattern: Pattern,
    readonly exit: ExitLike,
    readonly screen: string[],
  ) {
    super(
      `\`${commandLine}\` ${describeExit(exit)} before ${quote(pattern)} appeared on its ` +
        `screen. The last screen was:\n` +
        frame(screen),
    );
    this.name = 'PtyExitedError';
  }
}

/** Thrown when a test types into a program that has already exited. */
export class PtyClosedError extends Error {
  constructor(
    readonly commandLine: string,
    readonly text: string,
    readonly exit: ExitLike,
  ) {
    super(
      `Cannot type ${JSON.stringify(text)}: \`${commandLine}\` ${describeExit(exit)}. ` +
        `Wait for the screen you expect before typing.`,
    );
    this.name = 'PtyClosedError';
  }
}

function describeExit(exit: ExitLike): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.exitCode}`;
}

function quote(pattern: Pattern): string {
  return typeof pattern === 'string' ? JSON.stringify(pattern) : String(pattern);
}

/** The screen between rulers, rows numbered, so blank rows and trailing text stay visible. */
function frame(screen: string[]): string {
  const width = Math.max(10, ...screen.map((line) => line.length));
  const ruler = `    +${'-'.repeat(width)}+`;
  const rows = screen.map((line, index) => `${String(index + 1).padStart(3)} |${line}`);

  return [ruler, ...rows, ruler].join('\n');
}

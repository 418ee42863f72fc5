/**
 * Where a command writes. The CLI passes stdout and stderr; tests pass arrays.
 */

/** Output of a command, one line at a time (no trailing newline). */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

/** An io that keeps the lines, for tests and for callers that print later. */
export function bufferIo(): CommandIo & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    out: (line) => lines.out.push(line),
    err: (line) => lines.err.push(line),
  };
}

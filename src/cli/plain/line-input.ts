/**
 * Lines from stdin for plain mode, through readline with `terminal: false`: no raw mode, no
 * cursor movement, so it works on any terminal, a pipe, a file and a screen reader. When the
 * input is not a terminal, each line read is echoed after its prompt, so a piped session reads
 * like a typed one (and a caret can point into the answer).
 */
import { createInterface } from 'node:readline';
import type { PlainOutput } from './plain-output.js';

export interface LineInput {
  /** Shows `prompt`, then reads one line; undefined at the end of input. */
  ask(prompt: string): Promise<string | undefined>;
  close(): void;
}

/** Reads lines from `input`, echoing them to `out` when `input` is not a terminal. */
export function lineInput(
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  out: PlainOutput,
): LineInput {
  const isEchoing = input.isTTY !== true;
  const reader = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const queued: string[] = [];
  let isClosed = false;
  let isFirst = true;
  let waiting: ((line: string | undefined) => void) | undefined;

  reader.on('line', (raw: string) => {
    // A file saved by some editors starts with a byte order mark.
    const line = isFirst ? raw.replace(/^\uFEFF/, '') : raw;
    isFirst = false;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(line);
    } else {
      queued.push(line);
    }
  });
  // A terminal that hangs up makes reads fail (EIO): that is the end of the input too.
  input.on('error', () => reader.close());
  reader.on('close', () => {
    isClosed = true;
    waiting?.(undefined);
    waiting = undefined;
  });

  const next = (): Promise<string | undefined> => {
    if (queued.length > 0) return Promise.resolve(queued.shift());
    if (isClosed) return Promise.resolve(undefined);
    return new Promise((resolve) => (waiting = resolve));
  };

  return {
    async ask(prompt) {
      if (!isEchoing) out.write(prompt);
      const line = await next();
      if (isEchoing && line !== undefined) out.line(`${prompt}${line}`);
      if (!isEchoing && line === undefined) out.line();
      return line;
    },
    close: () => reader.close(),
  };
}

/**
 * A terminal for runTui in tests: stdin that records raw mode, stdout that keeps all output.
 */
import { EventEmitter } from 'node:events';

export class FakeStdin extends EventEmitter {
  isTTY = true;
  /** Every setRawMode call, in order. */
  rawModes: boolean[] = [];
  private chunk: string | null = null;

  setRawMode(isRaw: boolean) {
    this.rawModes.push(isRaw);
    return this;
  }
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read(): string | null {
    const { chunk } = this;
    this.chunk = null;
    return chunk;
  }
  /** What a key press or paste sends. */
  send(text: string) {
    this.chunk = text;
    this.emit('readable');
  }
}

export class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 80;
  rows = 24;
  output = '';
  write(text: string) {
    this.output += text;
    return true;
  }
}

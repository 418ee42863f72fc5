/**
 * The keyboard of the harness: sends input to the program in the order it was asked for, with
 * a pause between keys.
 */

/** Sends input through `send`, one request after the other. */
export class InputQueue {
  private sending: Promise<void> = Promise.resolve();
  private lastKeyAt = 0;

  constructor(
    private readonly send: (bytes: string) => void,
    private readonly keyDelay: number,
  ) {}

  /**
   * Sends `text` in one piece, once everything asked for before it has gone out. It is paced
   * like one key: a key right before or after it would otherwise join the same read.
   */
  paste(text: string): Promise<void> {
    return this.keys([() => text]);
  }

  /**
   * Sends each key on its own, at least `keyDelay` ms after the previous key. A key is a
   * function so its bytes are decided when it goes out (cursor keys depend on the mode then).
   */
  keys(keys: (() => string)[]): Promise<void> {
    return this.enqueue(async () => {
      for (const key of keys) {
        const wait = this.lastKeyAt + this.keyDelay - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.send(key());
        this.lastKeyAt = performance.now();
      }
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const sent = this.sending.then(task);
    // A failed send rejects its own promise but must not block the input after it.
    this.sending = sent.catch(() => undefined);

    return sent;
  }
}

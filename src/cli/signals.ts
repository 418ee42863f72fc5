/**
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP in plain mode: save the progress, then exit with
 * 128 + the signal's number (130, 143, 129). A second signal while saving exits at once.
 */
import { SIGNAL_EXIT, type HandledSignal } from './exit-codes.js';

const SIGNALS = Object.keys(SIGNAL_EXIT) as HandledSignal[];

/**
 * Installs the handlers; `flush` saves (it should not throw). Returns a function that removes
 * them again.
 */
export function exitOnSignals(flush: (signal: HandledSignal) => Promise<void>): () => void {
  let isExiting = false;
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      const code = SIGNAL_EXIT[signal];
      if (isExiting) process.exit(code);
      isExiting = true;
      flush(signal)
        .catch(() => undefined)
        .finally(() => process.exit(code));
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });

  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

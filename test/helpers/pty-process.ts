/**
 * Process bookkeeping for the harness: signal names, and ending a whole process group.
 */
import { constants } from 'node:os';

/** The name of signal number `signal` (15 -> `SIGTERM`), or null for none. */
export function signalName(signal: number | undefined): NodeJS.Signals | null {
  if (!signal) return null;
  const entry = Object.entries(constants.signals).find(([, value]) => value === signal);

  return entry ? (entry[0] as NodeJS.Signals) : null;
}

/**
 * Sends `signal` to process group `pid` (a pseudo-terminal's program leads its own group).
 * Returns false when the group no longer exists.
 */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);

    return true;
  } catch {
    return false;
  }
}

/**
 * Keys go to the screen on view. The app listens to the terminal once, for its whole life, and
 * hands each key to the handler the current screen registered while rendering, so a key that
 * arrives right after a screen appears is never lost.
 */
import type { Key } from 'ink';
import { createContext } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

export const KeyContext = createContext<{ current: KeyHandler | undefined }>({
  current: undefined,
});

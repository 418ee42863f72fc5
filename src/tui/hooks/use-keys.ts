/** Makes `handler` receive the keys while the calling screen is on view (see key-context.ts). */
import { useContext } from 'react';
import { KeyContext, type KeyHandler } from '../components/key-context.js';

export function useKeys(handler: KeyHandler): void {
  const router = useContext(KeyContext);
  // Set while rendering, not in an effect: the newest screen owns the keys from its first frame.
  router.current = handler;
}

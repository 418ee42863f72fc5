/** A screen of text with a key handler: opening a lesson, a failure, the offer to resume. */
import type { Key } from 'ink';
import { useState } from 'react';
import type { Lang } from '../../lesson/model.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { arrange, contentWidth, type Screen } from '../layout/screen.js';
import { Frame } from './Frame.js';

export interface NoticeViewProps {
  lang: Lang;
  /** Builds the screen for the width there is. */
  screen: (width: number) => Screen;
  onKey: (input: string, key: Key) => void;
}

export function NoticeView({ lang, screen, onKey }: NoticeViewProps) {
  const size = useTerminalSize();
  const [offset, setOffset] = useState(0);
  const arranged = arrange(screen(contentWidth(size)), size, offset, lang);

  // A long list of errors scrolls; every other key is the screen's.
  useKeys((input, key) => {
    const page = arranged?.page ?? 1;
    const step = key.pageDown
      ? page
      : key.pageUp
        ? -page
        : key.downArrow
          ? 1
          : key.upArrow
            ? -1
            : 0;
    if (step === 0) return onKey(input, key);
    setOffset(Math.max(0, Math.min(arranged?.maxOffset ?? 0, (arranged?.offset ?? 0) + step)));
  });

  return <Frame arranged={arranged} size={size} lang={lang} />;
}

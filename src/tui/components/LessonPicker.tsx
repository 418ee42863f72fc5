/**
 * The lesson list: loads the lessons and their saved progress, moves with Up/Down, opens with
 * Enter.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import type { LessonKey, ProgressStore } from '../../session/progress-store.js';
import { useKeys } from '../hooks/use-keys.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { arrange, contentWidth } from '../layout/screen.js';
import type { LessonChoice } from '../options.js';
import { helpScreen } from '../screens/notice-screens.js';
import { pickerScreen, type PickerEntry } from '../screens/picker-screen.js';
import { Frame } from './Frame.js';

export interface LessonPickerProps {
  lang: Lang;
  listLessons: () => Promise<LessonChoice[]>;
  progress: ProgressStore;
  /** Progress keys of lessons opened before, for choices that do not carry their own. */
  knownKeys: ReadonlyMap<string, LessonKey>;
  seed?: number;
  selected: number;
  onOpen: (choice: LessonChoice, index: number) => void;
  onQuit: () => void;
}

function keyOf(choice: LessonChoice, known: ReadonlyMap<string, LessonKey>, seed?: number) {
  const { version, stages, updates } = choice;
  const given =
    version !== undefined && stages !== undefined && updates !== undefined
      ? { id: choice.id, version, stages, updates }
      : known.get(choice.id);
  if (!given) return undefined;
  return seed === undefined ? given : { ...given, seed };
}

async function withProgress(props: LessonPickerProps, choices: LessonChoice[]) {
  return Promise.all(
    choices.map(async (choice): Promise<PickerEntry> => {
      const key = keyOf(choice, props.knownKeys, props.seed);
      if (!key || choice.isBroken) return { choice };
      const saved = await props.progress.load(key).catch(() => ({ state: undefined }));
      if (!saved.state) return { choice };
      return {
        choice,
        progress: { done: saved.state.records.length, total: key.stages * key.updates },
      };
    }),
  );
}

export function LessonPicker(props: LessonPickerProps) {
  const { lang } = props;
  const size = useTerminalSize();
  const [entries, setEntries] = useState<PickerEntry[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState(props.selected);
  const [isHelp, setHelp] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    props
      .listLessons()
      .then((choices) => withProgress(props, choices))
      .then((loaded) => isCurrent && setEntries(loaded))
      .catch((failure: unknown) => {
        if (!isCurrent) return;
        setEntries([]);
        setError(t(lang, 'tui.list-failed', { error: String(failure) }));
      });
    return () => {
      isCurrent = false;
    };
    // The list is loaded once each time the picker is shown.
  }, []);

  const count = entries?.length ?? 0;
  const index = Math.min(selected, Math.max(0, count - 1));
  useKeys((input, key) => {
    if (isHelp) return setHelp(false);
    if (key.upArrow) setSelected(Math.max(0, index - 1));
    else if (key.downArrow) setSelected(Math.min(count - 1, index + 1));
    else if (key.home) setSelected(0);
    else if (key.end) setSelected(Math.max(0, count - 1));
    else if (key.return && entries?.[index]) props.onOpen(entries[index]!.choice, index);
    else if (input === 'q') props.onQuit();
    else if (input === '?') setHelp(true);
  });

  const width = contentWidth(size);
  const screen = isHelp
    ? helpScreen(lang, width)
    : pickerScreen(lang, entries, index, width, error);
  return <Frame arranged={arrange(screen, size, 0, lang)} size={size} lang={lang} />;
}

/**
 * The answer line's state. It is kept in a ref as well, so keys that arrive before the next
 * render see the text as it is after the key before them.
 */
import { useCallback, useRef, useState } from 'react';
import { EMPTY_EDITOR, editLine, type EditAction, type EditorState } from '../input/line-editor.js';

export interface LineEditor {
  state: EditorState;
  /** The state after the latest edit, even before it is rendered. */
  current: () => EditorState;
  edit: (action: EditAction) => void;
  clear: () => void;
}

export function useLineEditor(): LineEditor {
  const ref = useRef<EditorState>(EMPTY_EDITOR);
  const [state, setState] = useState<EditorState>(EMPTY_EDITOR);

  const edit = useCallback((action: EditAction) => {
    ref.current = editLine(ref.current, action);
    setState(ref.current);
  }, []);
  const clear = useCallback(() => {
    ref.current = EMPTY_EDITOR;
    setState(EMPTY_EDITOR);
  }, []);
  const current = useCallback(() => ref.current, []);

  return { state, current, edit, clear };
}

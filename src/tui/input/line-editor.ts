/**
 * The answer line as data: its characters, the cursor, and where the learner is in the history
 * of earlier answers. Pure, so every key can be tested without a terminal.
 */
import { sanitizeLine } from '../../lesson/sanitize.js';
import { graphemes } from '../text/width.js';

/** Longest answer kept; the engine refuses longer ones and progress files store no more. */
export const MAX_ANSWER = 2000;

export interface EditorState {
  chars: string[];
  /** Index in `chars` the cursor stands before. */
  cursor: number;
  /** Index in the history being shown by Up/Down; absent while editing a new answer. */
  recall?: number;
  /** The new answer kept aside while the history is shown. */
  draft?: string[];
}

export type EditAction =
  | { type: 'insert'; text: string }
  | { type: 'backspace' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'older'; history: string[] }
  | { type: 'newer'; history: string[] }
  | { type: 'set'; text: string };

export const EMPTY_EDITOR: EditorState = { chars: [], cursor: 0 };

/** Pasted or typed text as answer characters: controls removed, line breaks become spaces. */
export function cleanInput(text: string): string {
  return sanitizeLine(text.replace(/[\r\n]+$/, '').replace(/[\r\n]+/g, ' '));
}

function filled(text: string): EditorState {
  const chars = graphemes(text);
  return { chars, cursor: chars.length };
}

function insert(state: EditorState, text: string): EditorState {
  const length = state.chars.join('').length;
  const room = MAX_ANSWER - length;
  let added = graphemes(cleanInput(text));
  while (added.join('').length > room && added.length > 0) added = added.slice(0, -1);
  if (added.length === 0) return state;

  const chars = [
    ...state.chars.slice(0, state.cursor),
    ...added,
    ...state.chars.slice(state.cursor),
  ];
  return { chars, cursor: state.cursor + added.length };
}

function recall(state: EditorState, history: string[], step: -1 | 1): EditorState {
  if (history.length === 0) return state;
  const current = state.recall ?? history.length;
  const next = Math.max(0, Math.min(history.length, current + step));
  if (next === current) return state;
  const draft = state.draft ?? state.chars;
  if (next === history.length) return { chars: draft, cursor: draft.length };
  return { ...filled(history[next]!), recall: next, draft };
}

/**
 * @example editLine(EMPTY_EDITOR, { type: 'insert', text: 'W1' }).chars  // ['W', '1']
 */
export function editLine(state: EditorState, action: EditAction): EditorState {
  switch (action.type) {
    case 'insert':
      return insert(state, action.text);
    case 'backspace':
      if (state.cursor === 0) return state;
      return {
        chars: [...state.chars.slice(0, state.cursor - 1), ...state.chars.slice(state.cursor)],
        cursor: state.cursor - 1,
      };
    case 'left':
      return { ...state, cursor: Math.max(0, state.cursor - 1) };
    case 'right':
      return { ...state, cursor: Math.min(state.chars.length, state.cursor + 1) };
    case 'home':
      return { ...state, cursor: 0 };
    case 'end':
      return { ...state, cursor: state.chars.length };
    case 'older':
      return recall(state, action.history, -1);
    case 'newer':
      return recall(state, action.history, 1);
    case 'set':
      return filled(action.text);
  }
}

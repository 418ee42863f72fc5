/**
 * Which key does what in a lesson, by phase. Pure: the component turns the action into events
 * for the session, edits of the answer line or moves between screens.
 */
import type { Key } from 'ink';
import type { Phase, SessionEvent } from '../../session/state.js';
import type { EditAction } from './line-editor.js';

export type LessonAction =
  | { type: 'session'; event: SessionEvent }
  | { type: 'submit' }
  | { type: 'hint' }
  | { type: 'edit'; action: Exclude<EditAction, { history: string[] }> }
  | { type: 'recall'; direction: 'older' | 'newer' }
  | { type: 'scroll'; by: 'line-up' | 'line-down' | 'page-up' | 'page-down' }
  | { type: 'help' }
  | { type: 'back' }
  | { type: 'quit' }
  | { type: 'none' };

/** Keys that answer yes or no; Korean keyboards type ㅛ and ㅜ on the y and n keys. */
export const YES = new Set(['y', 'Y', 'ㅛ']);
export const NO = new Set(['n', 'N', 'ㅜ']);

function scrollKey(key: Key, isLineKeys: boolean): LessonAction | undefined {
  if (key.pageUp) return { type: 'scroll', by: 'page-up' };
  if (key.pageDown) return { type: 'scroll', by: 'page-down' };
  if (isLineKeys && key.upArrow) return { type: 'scroll', by: 'line-up' };
  if (isLineKeys && key.downArrow) return { type: 'scroll', by: 'line-down' };
  return undefined;
}

function askingKey(input: string, key: Key, isEmpty: boolean): LessonAction {
  if (key.return) return { type: 'submit' };
  if (key.tab) return { type: 'hint' };
  if (key.ctrl && input === 'r') return { type: 'session', event: { type: 'reveal' } };
  if (key.upArrow) return { type: 'recall', direction: 'older' };
  if (key.downArrow) return { type: 'recall', direction: 'newer' };
  if (key.leftArrow) return { type: 'edit', action: { type: 'left' } };
  if (key.rightArrow) return { type: 'edit', action: { type: 'right' } };
  if (key.home || (key.ctrl && input === 'a')) return { type: 'edit', action: { type: 'home' } };
  if (key.end || (key.ctrl && input === 'e')) return { type: 'edit', action: { type: 'end' } };
  // Terminals send DEL for Backspace, which Ink reports as delete.
  if (key.backspace || key.delete) return { type: 'edit', action: { type: 'backspace' } };
  if (isEmpty && input === 'h') return { type: 'hint' };
  if (isEmpty && input === 'q') return { type: 'quit' };
  if (isEmpty && input === '?') return { type: 'help' };
  if (key.ctrl || key.meta || input === '') return { type: 'none' };
  return { type: 'edit', action: { type: 'insert', text: input } };
}

/**
 * @param isEmpty whether the answer line is empty (then `h`, `q` and `?` are keys, not text)
 */
export function lessonKey(
  phase: Phase['kind'],
  input: string,
  key: Key,
  isEmpty: boolean,
): LessonAction {
  if (key.escape) return { type: 'back' };
  if (phase === 'asking') return scrollKey(key, false) ?? askingKey(input, key, isEmpty);

  const scroll = scrollKey(key, true);
  if (scroll) return scroll;
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'help' };
  if (phase === 'carry') {
    if (YES.has(input)) return { type: 'session', event: { type: 'reuse', isReusing: true } };
    if (NO.has(input)) return { type: 'session', event: { type: 'reuse', isReusing: false } };
    return { type: 'none' };
  }
  if (!key.return) return { type: 'none' };
  if (phase === 'intro') return { type: 'session', event: { type: 'begin' } };
  if (phase === 'done') return { type: 'back' };
  return { type: 'session', event: { type: 'continue' } };
}

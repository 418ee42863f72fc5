import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { lessonKey } from '../../src/tui/input/lesson-keys.js';

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
const key = (extra: Partial<Key>): Key => ({ ...NO_KEY, ...extra });

describe('lessonKey while a stage is asked', () => {
  it.each([
    ['Enter', '', key({ return: true }), true, { type: 'submit' }],
    ['Tab', '', key({ tab: true }), false, { type: 'hint' }],
    ['h on an empty line', 'h', NO_KEY, true, { type: 'hint' }],
    ['h in an answer', 'h', NO_KEY, false, { type: 'edit', action: { type: 'insert', text: 'h' } }],
    ['q on an empty line', 'q', NO_KEY, true, { type: 'quit' }],
    ['q in an answer', 'q', NO_KEY, false, { type: 'edit', action: { type: 'insert', text: 'q' } }],
    ['? on an empty line', '?', NO_KEY, true, { type: 'help' }],
    ['Ctrl+R', 'r', key({ ctrl: true }), false, { type: 'session', event: { type: 'reveal' } }],
    ['Up', '', key({ upArrow: true }), false, { type: 'recall', direction: 'older' }],
    ['Down', '', key({ downArrow: true }), false, { type: 'recall', direction: 'newer' }],
    [
      'Backspace (sent as DEL)',
      '',
      key({ delete: true }),
      false,
      { type: 'edit', action: { type: 'backspace' } },
    ],
    ['Home', '', key({ home: true }), false, { type: 'edit', action: { type: 'home' } }],
    ['Ctrl+E', 'e', key({ ctrl: true }), false, { type: 'edit', action: { type: 'end' } }],
    ['Esc', '', key({ escape: true, meta: true }), false, { type: 'back' }],
    ['PgDn', '', key({ pageDown: true }), false, { type: 'scroll', by: 'page-down' }],
    ['an unbound Ctrl key', 'x', key({ ctrl: true }), false, { type: 'none' }],
    [
      'a paste',
      "dY * A'",
      NO_KEY,
      true,
      { type: 'edit', action: { type: 'insert', text: "dY * A'" } },
    ],
  ])('maps %s', (_, input, pressed, isEmpty, expected) => {
    expect(lessonKey('asking', input, pressed, isEmpty)).toEqual(expected);
  });
});

describe('lessonKey between stages', () => {
  it.each([
    ['intro', '', key({ return: true }), { type: 'session', event: { type: 'begin' } }],
    ['solved', '', key({ return: true }), { type: 'session', event: { type: 'continue' } }],
    ['applied', '', key({ return: true }), { type: 'session', event: { type: 'continue' } }],
    ['done', '', key({ return: true }), { type: 'back' }],
    ['carry', 'y', NO_KEY, { type: 'session', event: { type: 'reuse', isReusing: true } }],
    ['carry', 'ㅜ', NO_KEY, { type: 'session', event: { type: 'reuse', isReusing: false } }],
    ['carry', '', key({ return: true }), { type: 'none' }],
    ['solved', '', key({ downArrow: true }), { type: 'scroll', by: 'line-down' }],
    ['solved', 'q', NO_KEY, { type: 'quit' }],
  ] as const)('maps a key at %s', (phase, input, pressed, expected) => {
    expect(lessonKey(phase, input, pressed, true)).toEqual(expected);
  });
});

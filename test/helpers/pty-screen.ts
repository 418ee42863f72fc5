/**
 * Reading the emulated terminal: the visible rows as plain text, and matching them.
 */
import type xterm from '@xterm/headless';
import type { Pattern } from './pty-errors.js';

/** The visible rows of `terminal`, colours stripped and trailing spaces trimmed. */
export function visibleRows(terminal: xterm.Terminal): string[] {
  const buffer = terminal.buffer.active;
  const rows: string[] = [];
  for (let row = 0; row < terminal.rows; row++) {
    rows.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
  }

  return rows;
}

/** Whether `pattern` occurs in the screen's rows joined with newlines. */
export function screenMatches(pattern: Pattern, screen: string[]): boolean {
  const text = screen.join('\n');
  if (typeof pattern === 'string') return text.includes(pattern);
  // A /g or /y pattern keeps its last position between calls; every check starts afresh.
  pattern.lastIndex = 0;

  return pattern.test(text);
}

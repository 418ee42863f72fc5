/**
 * Lesson text, learner input and error messages are shown as text: escape sequences and control
 * characters are removed first, so no string can move the cursor, clear the screen or recolour
 * the terminal.
 */

// CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL|ST`), DCS/SOS/PM/APC strings, two-byte escapes,
// and the 8-bit CSI introducer.
const ESCAPE_SEQUENCES = new RegExp(
  [
    '\\x1b\\[[0-?]*[ -/]*[@-~]',
    '\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)?',
    '\\x1b[PX^_][^\\x1b]*(?:\\x1b\\\\)?',
    '\\x1b[\\s\\S]?',
    '\\x9b[0-?]*[ -/]*[@-~]',
  ].join('|'),
  'g',
);

// C0 controls except tab and newline, DEL, C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

// Bidirectional overrides and isolates, which reorder what follows them on the line.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text without escape sequences and control characters; newlines are kept, tabs become two
 * spaces, Windows line ends become `\n`.
 *
 * @example sanitize('\x1b[2JHello\x07')  // "Hello"
 */
export function sanitize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPE_SEQUENCES, '')
    .replace(/\t/g, '  ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '');
}

/** `sanitize` for text that must stay on one row: newlines become spaces. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\n/g, ' ');
}

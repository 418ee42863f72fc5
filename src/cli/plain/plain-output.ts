/**
 * Where plain mode writes: whole lines, colour only when asked for (`--color`), never cursor
 * movement or box drawing, so screen readers and logs get clean text.
 */

export type Tone = 'good' | 'bad' | 'note';

const COLOURS: Record<Tone, [string, string]> = {
  good: ['\u001b[32m', '\u001b[39m'],
  bad: ['\u001b[31m', '\u001b[39m'],
  note: ['\u001b[2m', '\u001b[22m'],
};

export interface PlainOutput {
  line(text?: string): void;
  lines(texts: readonly string[]): void;
  /** Text without a line end (a prompt). */
  write(text: string): void;
  /** `text` in the colour of `tone` when colour is on; as it is otherwise. */
  paint(tone: Tone, text: string): string;
}

/** Writes to `stream`; `isColor` turns on the colours of `paint`. */
export function plainOutput(stream: NodeJS.WritableStream, isColor: boolean): PlainOutput {
  const write = (text: string) => {
    stream.write(text);
  };
  return {
    line: (text = '') => write(`${text}\n`),
    lines: (texts) => texts.forEach((text) => write(`${text}\n`)),
    write,
    paint: (tone, text) => (isColor ? `${COLOURS[tone][0]}${text}${COLOURS[tone][1]}` : text),
  };
}

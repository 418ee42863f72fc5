/** One row of a screen. Tones become styles only when colour is on; the text never changes. */
import { Text, type TextProps } from 'ink';
import { useContext } from 'react';
import { lineText, type Line, type Tone } from '../layout/line.js';
import { sanitizeLine } from '../../lesson/sanitize.js';
import { StyleContext } from './style-context.js';

const STYLES: Record<Tone, TextProps> = {
  strong: { bold: true },
  dim: { dimColor: true },
  good: { color: 'green' },
  bad: { color: 'red' },
  warn: { color: 'yellow' },
  accent: { color: 'cyan' },
  select: { inverse: true, bold: true },
};

export function StyledLine({ row }: { row: Line }) {
  const { isColor } = useContext(StyleContext);
  // Ink gives an empty text no height; a blank row needs a space to keep its place.
  if (lineText(row) === '') return <Text> </Text>;

  return (
    <Text wrap="truncate-end">
      {row.spans.map((part, i) => (
        <Text key={i} {...(isColor && part.tone ? STYLES[part.tone] : {})}>
          {sanitizeLine(part.text)}
        </Text>
      ))}
    </Text>
  );
}

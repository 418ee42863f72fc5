/**
 * Draws an arranged screen row by row and puts the terminal cursor on the answer line; when the
 * terminal is too small, asks for a larger one instead.
 */
import { Box, useCursor } from 'ink';
import type { Lang } from '../../lesson/model.js';
import type { Arranged, Size } from '../layout/screen.js';
import { tooSmallRows } from '../screens/notice-screens.js';
import { StyledLine } from './StyledLine.js';

export interface FrameProps {
  /** Undefined when the screen does not fit. */
  arranged: Arranged | undefined;
  size: Size;
  lang: Lang;
}

export function Frame({ arranged, size, lang }: FrameProps) {
  const { setCursorPosition } = useCursor();
  const rows = arranged ? arranged.rows : tooSmallRows(lang, size);
  const cursorRow = rows.findIndex((row) => row.cursor !== undefined);
  setCursorPosition(cursorRow >= 0 ? { x: rows[cursorRow]!.cursor!, y: cursorRow } : undefined);

  return (
    <Box flexDirection="column">
      {rows.map((row, i) => (
        <StyledLine key={i} row={row} />
      ))}
    </Box>
  );
}

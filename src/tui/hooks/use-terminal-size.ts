/** The terminal's size, redrawn on resize. */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { Size } from '../layout/screen.js';

/** Used when the output is not a terminal and reports no size. */
const FALLBACK: Size = { columns: 80, rows: 24 };

export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({
    columns: stdout.columns || FALLBACK.columns,
    rows: stdout.rows || FALLBACK.rows,
  });
  const [size, setSize] = useState(read);

  useEffect(() => {
    const update = () => setSize(read());
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
    // `read` depends on `stdout` alone.
  }, [stdout]);

  return size;
}

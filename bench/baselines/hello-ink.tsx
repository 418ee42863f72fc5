/**
 * Baseline: the smallest Ink program that waits for keys, like a TUI does. Its first frame is
 * what dl-tutor's first frame is compared with.
 */
import { Text, render, useApp, useInput } from 'ink';

function Hello() {
  const { exit } = useApp();
  useInput((input) => input === 'q' && exit());

  return <Text color="green">Hello, world!</Text>;
}

render(<Hello />);

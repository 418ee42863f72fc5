/**
 * Baseline: an Ink input line with a live preview line under it, redrawn on every key. The
 * time from a key to its frame here is what dl-tutor's input line is compared with.
 */
import { useState } from 'react';
import { Box, Text, render, useApp, useInput } from 'ink';

function EchoLine() {
  const { exit } = useApp();
  const [text, setText] = useState('');

  useInput((input, key) => {
    if (key.escape) exit();
    else if (key.backspace || key.delete) setText((current) => current.slice(0, -1));
    else if (!key.ctrl && !key.meta) setText((current) => current + input);
  });

  return (
    <Box flexDirection="column">
      <Text>echo ready</Text>
      <Text>
        {'> '}
        {text}
      </Text>
      <Text dimColor>preview: {text.length} chars</Text>
    </Box>
  );
}

render(<EchoLine />);

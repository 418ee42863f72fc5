/** Reading y/n answers in plain mode, in both languages. */
import type { Lang } from '../../lesson/model.js';
import { say } from '../text/index.js';
import type { LineInput } from './line-input.js';
import type { PlainOutput } from './plain-output.js';

const YES = new Set(['y', 'yes', '예', '네', '응', 'ㅛ']);
const NO = new Set(['n', 'no', '아니', '아니요', '아니오', 'ㅜ']);

/** true for yes, false for no, undefined for anything else. */
export function parseYesNo(line: string): boolean | undefined {
  const word = line.trim().toLowerCase();
  if (YES.has(word)) return true;
  return NO.has(word) ? false : undefined;
}

/** Asks until the answer is yes or no; undefined at the end of input. */
export async function askYesNo(
  question: string,
  input: LineInput,
  out: PlainOutput,
  lang: Lang,
): Promise<boolean | undefined> {
  out.line(question);
  for (;;) {
    const line = await input.ask('> ');
    if (line === undefined) return undefined;
    const answer = parseYesNo(line);
    if (answer !== undefined) return answer;
    out.line(say(lang, 'plain.yes-or-no'));
  }
}

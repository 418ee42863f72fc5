import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { transposedNumbers } from './helpers/answers.js';
import { seedEngine } from './helpers/lesson.js';
import { fmt, netOf, pass } from './helpers/reference-net.js';
import { answerUntil, startAsking, type StartedApp } from './helpers/start-app.js';

let engine: LessonEngine;
let app: StartedApp | undefined;

beforeAll(async () => {
  engine = await seedEngine();
});

afterEach(() => app?.tui.unmount());

const DW2 = 5;
const W2 = 12;

describe('the asking screen', () => {
  it('shows the question with its shape, the known values aligned, and an empty answer line', async () => {
    app = await startAsking(engine);

    const screen = app.tui.screen();

    const net = netOf(engine.lesson);
    expect(screen).toContain('Z = ?   2x1');
    expect(screen).toContain('Known so far');
    expect(screen).toContain(
      `W1 = [ ${net.W1[0]} ]   B = [  ${net.B[0]} ]   W2 = [  ${net.W2[0]![0]}  ${net.W2[0]![1]} ]`,
    );
    expect(screen).toContain(
      `     [ ${net.W1[1]} ]       [ ${net.B[1]} ]        [ ${net.W2[1]![0]}  ${net.W2[1]![1]} ]`,
    );
    expect(screen).toMatch(/^>$/m);
    expect(screen).toContain('update 1/3');
    expect(screen).toContain('stage 1/13');
  });

  it('previews the shape and value of the answer while it is typed', async () => {
    app = await startAsking(engine);

    await app.tui.type('W1 * x + B');

    const { Z } = pass(netOf(engine.lesson));
    await expect(app.tui.waitFor('now: 2x1')).resolves.toContain(
      `now: 2x1  [${fmt(Z[0]!)}; ${fmt(Z[1]!)}]`,
    );
  });

  it('draws a caret under the column where a partial answer stops parsing', async () => {
    app = await startAsking(engine);

    await app.tui.write('W1 * x +');

    const screen = await app.tui.waitFor('syntax error');
    const rows = screen.split('\n');
    const input = rows.findIndex((row) => row.startsWith('> W1 * x +'));
    expect(rows[input + 1]).toBe('          ^ syntax error: Unexpected end of expression');
  });

  it('says when the shape typed differs from the shape asked', async () => {
    app = await startAsking(engine);

    await app.tui.write('W1 * x + B');
    await app.tui.press('enter');
    await app.tui.press('enter');
    await app.tui.waitFor('A = ?');
    await app.tui.write('W2');

    await expect(app.tui.waitFor('now: 2x2')).resolves.toContain('now: 2x2, but the answer is 2x1');
  });

  it('shows the authored feedback for an anticipated wrong answer', async () => {
    app = await startAsking(engine);

    await app.tui.write('W1 * x');
    await app.tui.press('enter');

    const screen = await app.tui.waitFor('Not yet.');
    expect(screen).toContain('✗ Not yet.');
    expect(screen).toContain('The bias B is missing.');
    expect(screen).toMatch(/^> W1 \* x$/m);
  });

  it("shows the author's words for transposed numbers the lesson anticipates", async () => {
    app = await startAsking(engine);
    await answerUntil(app, engine, DW2);

    await app.tui.write(transposedNumbers(engine, DW2, 1));
    await app.tui.press('enter');

    const screen = await app.tui.waitFor('Not yet.');
    const authored = engine.stages[DW2]!.def.mistakes[0]!.feedback.en!;
    expect(screen.replace(/\s+/g, ' ')).toContain(authored);
  });

  it('names a transposed matrix of numbers the lesson does not anticipate', async () => {
    app = await startAsking(engine);
    await answerUntil(app, engine, W2);

    await app.tui.write(transposedNumbers(engine, W2, 1));
    await app.tui.press('enter');

    const screen = await app.tui.waitFor('Not yet.');
    expect(screen).toContain('Your matrix is the transpose of the answer. Swap rows and columns.');
  });

  it('gives hints one at a time with Tab and with h on an empty line, then says there are no more', async () => {
    app = await startAsking(engine);
    const hints = engine.stages[0]!.def.hints.map((hint) => hint.en!);

    await app.tui.press('tab');
    const first = await app.tui.waitFor('Hint 1/2:');
    await app.tui.type('h');
    const second = await app.tui.waitFor('Hint 2/2:');
    await app.tui.press('tab');
    const third = await app.tui.waitFor('No more hints.');

    expect(first).toContain(`Hint 1/2: ${hints[0]}`);
    expect(first).not.toContain('Hint 2/2');
    expect(second).toContain(hints[1]!.slice(0, 40));
    expect(second).toMatch(/^>$/m);
    expect(third).toContain('No more hints. Press Ctrl+R to see the answer.');
  });

  it('types h into the answer when the line is not empty', async () => {
    app = await startAsking(engine);

    await app.tui.type('Wh');

    await expect(app.tui.waitFor('> Wh')).resolves.not.toContain('Hint 1/2');
  });

  it('reveals the answer with Ctrl+R and marks the stage revealed', async () => {
    app = await startAsking(engine);

    await app.tui.press('ctrlR');

    const screen = await app.tui.waitFor('Answer:');
    expect(screen).toContain(`Answer: ${engine.stages[0]!.def.expected}`);
    expect(screen).toContain('Press Enter to continue.');
    expect(app.progress.saved.values().next().value?.records).toEqual([
      { update: 1, stage: 0, outcome: 'revealed', tries: 0, hints: 0 },
    ]);
  });

  it('recalls earlier answers with Up and Down, and edits with Left, Home, End and Backspace', async () => {
    app = await startAsking(engine);
    await app.tui.write('W1 * x');
    await app.tui.press('enter');
    await app.tui.press('backspace', 6);
    await app.tui.write('B');

    await app.tui.press('up');
    const recalled = await app.tui.waitFor(/^> W1 \* x$/m);
    await app.tui.press('down');
    const draft = await app.tui.waitFor(/^> B$/m);
    await app.tui.press('home');
    await app.tui.write('W1 * x + ');
    await app.tui.press('end');
    await app.tui.press('left');
    await app.tui.press('backspace');
    const edited = await app.tui.waitFor(/^> W1 \* x \+B$/m);
    await app.tui.press('left');
    await app.tui.press('right');
    await app.tui.write(' ');
    await app.tui.press('enter');

    expect(recalled).toMatch(/^> W1 \* x$/m);
    expect(draft).toMatch(/^> B$/m);
    expect(edited).toMatch(/^> W1 \* x \+B$/m);
    await expect(app.tui.waitFor('Your answer: W1 * x + B')).resolves.toContain('✓ Correct');
  });

  it('takes a pasted expression with a trailing line break as one answer, without checking it', async () => {
    app = await startAsking(engine);

    await app.tui.write('W1 * x + B\r\n');

    const screen = await app.tui.waitFor('now: 2x1');
    expect(screen).toMatch(/^> W1 \* x \+ B$/m);
    expect(screen).not.toContain('Correct');
  });
});

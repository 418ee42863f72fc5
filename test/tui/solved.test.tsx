import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { numbersText } from './helpers/answers.js';
import { seedEngine } from './helpers/lesson.js';
import { descend, fmt, netOf, pass } from './helpers/reference-net.js';
import { answerUntil, startAsking, type StartedApp } from './helpers/start-app.js';

let engine: LessonEngine;
let app: StartedApp | undefined;

beforeAll(async () => {
  engine = await seedEngine();
});

afterEach(() => app?.tui.unmount());

const [DW2, DZ] = [5, 7];
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a solved stage', () => {
  it('says the answer is right as a function, then explains it and links every entry to the chain rule', async () => {
    app = await startAsking(engine);
    await answerUntil(app, engine, DW2);

    await app.tui.write("dY * A'");
    await app.tui.press('enter');

    const screen = await app.tui.waitFor('Entry by entry:', 3_000);
    const { dW2 } = pass(netOf(engine.lesson));
    expect(screen).toContain('✓ Correct — the same function as the answer');
    expect(screen).toContain("Your answer: dY * A'");
    expect(screen).toContain(`dL/dW2 = [ ${fmt(dW2[0]![0]!)}  ${fmt(dW2[0]![1]!)} ]`);
    expect(flat(screen)).toContain(flat(`Why: ${engine.stages[DW2]!.def.explanation.en}`));
    expect(screen).toContain('[1,1]  dL/dw3 = dL/dy1 * dy1/dw3 + dL/dy2 * dy2/dw3');
    expect(screen).toContain(`= (y1 - t1) * a1 = ${fmt(dW2[0]![0]!)}`);
    expect(screen).toContain(`[1,2]  dL/dw5 = dL/dy1 * dy1/dw5 + dL/dy2 * dy2/dw5`);
    expect(screen).toContain(`= (y2 - t2) * a2 = ${fmt(dW2[1]![1]!)}`);
  });

  it('says typed numbers were checked as numbers only', async () => {
    app = await startAsking(engine);

    await app.tui.write(numbersText(pass(netOf(engine.lesson)).Z.map((z) => [z])));
    await app.tui.press('enter');

    await expect(app.tui.waitFor('Press Enter to continue.')).resolves.toContain(
      '≈ Right at the current values (checked as numbers only).',
    );
  });

  it("warns that a formula right only at today's values will not stay right, and says why", async () => {
    app = await startAsking(engine);
    await answerUntil(app, engine, DZ);

    await app.tui.write('dA');
    await app.tui.press('enter');

    const screen = flat(await app.tui.waitFor('Press Enter to continue.'));
    expect(screen).toContain('but not the same function: it will not stay right.');
    expect(screen).toContain(flat(engine.stages[DZ]!.def.mistakes[0]!.feedback.en!));
  });
});

describe('an applied update', () => {
  it('shows every parameter before and after, and the loss before and after', async () => {
    app = await startAsking(engine);
    await answerUntil(app, engine, 12);

    await app.tui.write(engine.stages[12]!.def.expected);
    await app.tui.press('enter');
    await app.tui.waitFor('Press Enter to continue.');
    await app.tui.press('enter');

    const screen = await app.tui.waitFor('Update 1 applied');
    const before = netOf(engine.lesson);
    const after = descend(before, engine.lesson.training.learningRate);
    expect(screen).toContain(
      `Update 1 applied: loss ${fmt(pass(before).L)} -> ${fmt(pass(after).L)}`,
    );
    expect(screen).toMatch(/^ +before +after$/m);
    expect(screen).toContain(`W1 = [ ${before.W1[0]} ]        ->  [ ${fmt(after.W1[0]!)} ]`);
    expect(screen).toContain(`[ ${fmt(after.W2[1]![0]!)}  ${fmt(after.W2[1]![1]!)} ]`);
  });
});

describe('the next update', () => {
  async function toCarryQuestion() {
    app = await startAsking(engine);
    await answerUntil(app, engine, 12);
    await app.tui.write(engine.stages[12]!.def.expected);
    await app.tui.press('enter');
    await app.tui.press('enter');
    await app.tui.waitFor('Update 1 applied');
    await app.tui.press('enter');
    return app.tui.waitFor('reuse your formulas');
  }

  it('asks whether to reuse the formulas of update 1 and lists them', async () => {
    const screen = await toCarryQuestion();

    expect(screen).toContain('Update 2: reuse your formulas from update 1?');
    expect(screen).toContain('Formulas to reuse:');
    expect(screen).toContain("  dL/dW2 = dY * A'");
    expect(screen).toContain('y yes · n no');
  });

  it('carries a formula over with y and checks it at the new values', async () => {
    await toCarryQuestion();

    await app!.tui.type('y');

    const screen = await app!.tui.waitFor('checked again at the new values');
    const next = pass(descend(netOf(engine.lesson), engine.lesson.training.learningRate));
    expect(flat(screen)).toContain(
      'Your formula from update 1, checked again at the new values: W1 * x + B',
    );
    expect(screen).toContain(`Z = [ ${fmt(next.Z[0]!)} ]`);
    expect(screen).toContain('update 2/3');
  });

  it('asks every stage again with n, to be checked against the new values', async () => {
    await toCarryQuestion();

    await app!.tui.type('n');
    await app!.tui.waitFor('Z = ?   2x1');
    const next = pass(descend(netOf(engine.lesson), engine.lesson.training.learningRate));
    await app!.tui.write(numbersText(next.Z.map((z) => [z])));
    await app!.tui.press('enter');

    await expect(app!.tui.waitFor('Press Enter to continue.')).resolves.toContain(
      '≈ Right at the current values',
    );
  });
});

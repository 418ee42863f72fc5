import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { loadLessonFile } from '../../src/lesson/load.js';
import { engineOf, seedEngine } from './helpers/lesson.js';
import { startApp, startAsking, type StartedApp } from './helpers/start-app.js';

let engine: LessonEngine;
let app: StartedApp | undefined;

beforeAll(async () => {
  engine = await seedEngine();
});

afterEach(() => app?.tui.unmount());

const rows = (screen: string) => screen.split('\n');
const widest = (screen: string) => Math.max(...rows(screen).map((row) => stringWidth(row)));

describe('the layout', () => {
  it('keeps every frame inside the terminal, one row spare, at 80x24', async () => {
    app = await startAsking(engine);

    const screen = app.tui.screen();

    expect(rows(screen).length).toBeLessThanOrEqual(23);
    expect(widest(screen)).toBeLessThanOrEqual(79);
  });

  it('draws the network with the current values on the edges and ? for values not found yet', async () => {
    app = await startAsking(engine, {}, { columns: 80, rows: 30 });

    const screen = app.tui.screen();

    expect(screen).toContain('x 0.5 ─┬─ w1 0.4  ─▶ z1 ? ─relu▶ a1 ? ─┬─ w3 0.3 ─▶ y1 ?   t1 1');
    expect(screen).toContain('╲  w4 -0.2: a1 → y2');
    expect(screen).toContain('╱  w5 0.5: a2 → y1');
    expect(screen).toContain('└─ w2 0.6  ─▶ z2 ? ─relu▶ a2 ? ─┴─ w6 0.7 ─▶ y2 ?   t2 -1');
  });

  it('shows a layer summary for a network of another shape', async () => {
    const { lesson } = await loadLessonFile('lessons/sigmoid-two-inputs.yaml');
    app = await startAsking(engineOf(lesson!), {}, { columns: 100, rows: 30 });

    expect(app.tui.screen()).toContain('X 2x1 ─▶ Z = W1 * X + B  3x1 ─▶ A = sigmoid(Z)  3x1');
  });

  it('asks for a larger terminal below 40x12, and comes back with the typed answer kept', async () => {
    app = await startAsking(engine);
    await app.tui.write('W1 * x');

    await app.tui.resize({ columns: 30, rows: 10 });
    const small = app.tui.screen();
    await app.tui.resize({ columns: 80, rows: 24 });

    expect(small).toBe('Enlarge the terminal to at\nleast 40x12 (now 30x10).');
    await expect(app.tui.waitFor('Z = ?')).resolves.toMatch(/^> W1 \* x$/m);
  });

  it('lays out compactly at 40x12: question, answer, preview and key map in view', async () => {
    app = await startAsking(engine, {}, { columns: 40, rows: 12 });

    await app.tui.write('W1 * x + B');
    const screen = await app.tui.waitFor('now: 2x1');

    expect(rows(screen).length).toBeLessThanOrEqual(11);
    expect(widest(screen)).toBeLessThanOrEqual(39);
    expect(screen).toContain('Z = ?   2x1');
    expect(screen).toMatch(/^> W1 \* x \+ B$/m);
    expect(screen).toContain('W1 = [0.4; 0.6]');
    expect(screen).toContain('? help · q quit');
  });

  it('re-lays out on resize while an answer is being typed', async () => {
    app = await startAsking(engine);
    await app.tui.write('W1 * x + B');

    await app.tui.resize({ columns: 50, rows: 16 });
    const narrow = await app.tui.waitFor('now: 2x1');
    await app.tui.resize({ columns: 120, rows: 40 });
    const wide = await app.tui.waitFor('x 0.5 ─┬─');

    expect(widest(narrow)).toBeLessThanOrEqual(49);
    expect(rows(narrow).length).toBeLessThanOrEqual(15);
    expect(narrow).toMatch(/^> W1 \* x \+ B$/m);
    expect(wide).toMatch(/^> W1 \* x \+ B$/m);
  });

  it('shows the full help with ? and goes back with any key', async () => {
    app = await startAsking(engine);

    await app.tui.type('?');
    const help = await app.tui.waitFor('Press any key to go back.');
    await app.tui.type('x');

    expect(help).toContain('Ctrl+R      reveal the answer (the stage counts as revealed)');
    expect(help).toContain('PgUp/PgDn   scroll');
    await expect(app.tui.waitFor('Z = ?')).resolves.toMatch(/^>$/m);
  });
});

describe('Korean', () => {
  it('aligns wide characters in columns and keeps rows inside the terminal', async () => {
    app = await startAsking(engine, { lang: 'ko' });

    await app.tui.press('tab');
    const screen = await app.tui.waitFor('힌트 1/2:');

    const header = rows(screen)[0]!;
    expect(header).toMatch(/^행렬로 하는 역전파 +업데이트 1\/3 {2}▸·+ {2}단계 1\/13$/);
    expect(stringWidth(header)).toBe(79);
    expect(widest(screen)).toBeLessThanOrEqual(79);
    expect(screen).toContain('지금까지 구한 값');
  });
});

describe('lesson text', () => {
  it('is shown as text: escape sequences and control characters are removed', async () => {
    const lesson = structuredClone(engine.lesson);
    lesson.title = { en: '\x1b[2J\x1b[HEvil\x07 title' };
    lesson.stages[0]!.prompt = { en: 'Type \x1b]0;pwned\x07Z\x1b[31m now\x00.' };
    app = startApp(engineOf(lesson), { lessonArg: lesson.id }, undefined, false);
    await app.tui.waitFor('Press Enter to begin.');
    await app.tui.press('enter');

    const screen = await app.tui.waitFor('Z = ?');

    expect(screen).toContain('Evil title');
    expect(screen).toContain('Type Z now.');
    // eslint-disable-next-line no-control-regex -- escape sequences are what is checked
    expect(app.tui.rawFrame()).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
  });
});

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { memoryStore } from '../../src/session/progress-store.js';
import { score } from '../../src/session/score.js';
import { seedEngine } from './helpers/lesson.js';
import { play, type Play } from './helpers/play.js';
import { fmt, netOf, pass, trajectory } from './helpers/reference-net.js';
import { startApp, type StartedApp } from './helpers/start-app.js';

let engine: LessonEngine;
let app: StartedApp | undefined;

beforeAll(async () => {
  engine = await seedEngine();
});

afterEach(() => app?.tui.unmount());

const keyOf = (e: LessonEngine) => ({
  id: e.lesson.id,
  version: e.lesson.version,
  stages: e.stages.length,
  updates: e.updates,
});

// Update 1: Z first try, A after a hint, Y revealed, L after a wrong try, the rest first try.
const PLAN = (update: number, stage: number): Play =>
  update === 1 ? ((['right', 'hint', 'reveal', 'wrong'] as Play[])[stage] ?? 'right') : 'right';

async function openSummary(size?: { columns: number; rows: number }) {
  const state = play(engine, { plan: PLAN, isReusing: true });
  const progress = memoryStore();
  await progress.save(keyOf(engine), state);
  app = startApp(engine, { lessonArg: engine.lesson.id, progress }, size);
  await app.tui.waitFor('Resume? (y/n)');
  await app.tui.type('y');
  await app.tui.waitFor('Summary');
  return state;
}

describe('the summary', () => {
  it('charts the loss before and after every update, as the network computes it', async () => {
    await openSummary({ columns: 80, rows: 40 });

    const screen = app!.tui.screen();
    const losses = trajectory(netOf(engine.lesson), engine.lesson.training.learningRate, 3).map(
      (net) => pass(net).L,
    );
    expect(screen).toMatch(new RegExp(`^start +${fmt(losses[0]!)}  █+`, 'm'));
    for (let update = 1; update <= 3; update++) {
      expect(screen).toMatch(
        new RegExp(`^after update ${update} +${fmt(losses[update]!)}  █+`, 'm'),
      );
    }
    const bars = [...screen.matchAll(/ {2}(█+[▏▎▍▌▋▊▉]?)$/gm)].map((m) => m[1]!.length);
    expect(bars).toHaveLength(4);
    expect([...bars].sort((a, b) => b - a)).toEqual(bars);
  });

  it('lists how every stage went in every update, and the score', async () => {
    const state = await openSummary({ columns: 80, rows: 40 });

    const screen = app!.tui.screen();
    const { score: points, max } = score(state);
    expect(screen).toContain(`Score: ${points}/${max}`);
    expect(screen).toMatch(/^stage +update 1\/3 +update 2\/3 +update 3\/3$/m);
    expect(screen).toMatch(/^Z +first try +carried over +carried over$/m);
    expect(screen).toMatch(/^A +after hints +carried over/m);
    expect(screen).toMatch(/^Y +revealed +first try/m);
    expect(screen).toMatch(/^L +after 2 tries +carried over/m);
  });

  it('tells how to export the numpy program of Problem 2', async () => {
    await openSummary({ columns: 80, rows: 40 });

    expect(app!.tui.screen()).toContain(
      'Export the numpy program of Problem 2: dl-tutor export matrix-backprop --numpy',
    );
  });

  it('scrolls the table into view with PgDn when the terminal is short', async () => {
    await openSummary({ columns: 80, rows: 24 });

    const first = app!.tui.screen();
    await app!.tui.press('pageDown');
    const second = await app!.tui.waitFor('more above');

    expect(first).toContain('more below (PgDn)');
    expect(first).not.toMatch(/^W2 /m);
    expect(second).toMatch(/^W2 +first try/m);
  });

  it('shows marks and a legend instead of words on a narrow terminal', async () => {
    await openSummary({ columns: 40, rows: 40 });

    const screen = app!.tui.screen();
    expect(screen).toMatch(/^stage +1 +2 +3$/m);
    expect(screen).toMatch(/^Y +! +✓ +=$/m);
    expect(screen).toContain('✓ first try · ~ after hints or tries');
  });
});

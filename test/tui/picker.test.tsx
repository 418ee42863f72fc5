import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { memoryStore } from '../../src/session/progress-store.js';
import { choiceOf, seedEngine } from './helpers/lesson.js';
import { play } from './helpers/play.js';
import { startApp, type StartedApp } from './helpers/start-app.js';

let engine: LessonEngine;
let app: StartedApp | undefined;

beforeAll(async () => {
  engine = await seedEngine();
});

afterEach(() => app?.tui.unmount());

function lessons() {
  return [
    choiceOf(engine),
    {
      id: 'mine',
      title: 'My own lesson',
      description: 'Written by me.',
      source: 'user' as const,
      isBroken: false,
    },
    {
      id: 'broken',
      title: 'Broken one',
      description: '',
      source: 'user' as const,
      isBroken: true,
      error: 'broken.yaml:3:7: unknown symbol "W3"\x1b[2J',
    },
  ];
}

describe('the lesson picker', () => {
  it('lists every lesson with its one-line description and source, and a broken one with its first error', async () => {
    app = startApp(engine, { listLessons: async () => lessons() });

    const screen = await app.tui.waitFor('Broken one');

    expect(screen).toContain('Pick a lesson (Up/Down, Enter):');
    expect(screen).toMatch(/^› Backpropagation in matrix form +\[bundled\]$/m);
    expect(screen).toContain(`    ${engine.lesson.description.en!.slice(0, 40)}`);
    expect(screen).toMatch(/^ {2}My own lesson +\[yours\]$/m);
    expect(screen).toContain('    Written by me.');
    expect(screen).toContain('    broken: broken.yaml:3:7: unknown symbol "W3"');
    expect(app.tui.rawFrame()).not.toContain('\x1b[2J');
  });

  it('shows the saved progress of a lesson whose size it is told', async () => {
    const key = { id: engine.lesson.id, version: 1, stages: 13, updates: 3 };
    const saved = play(engine, { until: { kind: 'applied', update: 1 } });
    const progress = memoryStore();
    await progress.save(key, saved);
    app = startApp(engine, {
      listLessons: async () => [choiceOf(engine, { version: 1, stages: 13, updates: 3 })],
      progress,
    });

    await expect(app.tui.waitFor('done')).resolves.toMatch(/13\/39 done {2}\[bundled\]$/m);
  });

  it('moves with Up and Down and opens the chosen lesson with Enter', async () => {
    app = startApp(engine, { listLessons: async () => lessons() });
    await app.tui.waitFor('Broken one');

    await app.tui.press('down');
    const moved = await app.tui.waitFor('› My own lesson');
    await app.tui.press('up');
    await app.tui.waitFor('› Backpropagation');
    await app.tui.press('enter');

    expect(moved).toMatch(/^ {2}Backpropagation/m);
    await expect(app.tui.waitFor('Press Enter to begin.')).resolves.toContain(
      engine.lesson.title.en!,
    );
  });

  it('says why a lesson cannot be opened and goes back with Esc', async () => {
    app = startApp(engine, { listLessons: async () => lessons() });
    await app.tui.waitFor('Broken one');

    await app.tui.press('down');
    await app.tui.press('enter');
    const failed = await app.tui.waitFor('Cannot open');
    await app.tui.press('escape');

    expect(failed).toContain('Cannot open mine:');
    expect(failed).toContain('  no lesson with id "mine"');
    await expect(app.tui.waitFor('Pick a lesson')).resolves.toContain('› My own lesson');
  });

  it('scrolls a long list of problems of a lesson that cannot be opened', async () => {
    const errors = Array.from({ length: 30 }, (_, i) => `lesson.yaml:${i + 1}:1: problem ${i + 1}`);
    app = startApp(engine, { openLesson: async () => ({ errors }) });
    await app.tui.waitFor('› Backpropagation');

    await app.tui.press('enter');
    const first = await app.tui.waitFor('more below');
    await app.tui.press('pageDown', 3);
    const last = await app.tui.waitFor('problem 30');

    expect(first).toContain('problem 1\n');
    expect(first).not.toContain('problem 30');
    expect(last).toContain('more above');
  });

  it('comes back from a lesson with Esc and then shows how far the lesson got', async () => {
    app = startApp(engine);
    await app.tui.waitFor('› Backpropagation');
    await app.tui.press('enter');
    await app.tui.waitFor('Press Enter to begin.');
    await app.tui.press('enter');
    await app.tui.write('W1 * x + B');
    await app.tui.press('enter');
    await app.tui.waitFor('Press Enter to continue.');

    await app.tui.press('escape');

    await expect(app.tui.waitFor('done')).resolves.toContain('1/39 done');
  });

  it('quits with q and says the progress is saved', async () => {
    app = startApp(engine);
    await app.tui.waitFor('› Backpropagation');

    await app.tui.type('q');

    await expect(app.tui.waitFor('Progress saved.')).resolves.toBe('Progress saved. Bye!');
    expect(app.exits).toEqual([0]);
  });
});

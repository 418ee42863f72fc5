import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { memoryStore, type ProgressStore } from '../../src/session/progress-store.js';
import { seedEngine } from './helpers/lesson.js';
import { play } from './helpers/play.js';
import { fmt } from './helpers/reference-net.js';
import { startApp, startAsking, type StartedApp } from './helpers/start-app.js';

let engine: LessonEngine;
let app: StartedApp | undefined;

beforeAll(async () => {
  engine = await seedEngine();
});

afterEach(() => app?.tui.unmount());

const keyOf = (seed?: number) => ({
  id: engine.lesson.id,
  version: engine.lesson.version,
  stages: engine.stages.length,
  updates: engine.updates,
  ...(seed === undefined ? {} : { seed }),
});

/** A store holding progress saved at the start of update 2. */
async function savedAtUpdate2() {
  const progress = memoryStore();
  await progress.save(keyOf(), play(engine, { until: { kind: 'asking', update: 2 } }));
  return progress;
}

describe('progress', () => {
  it('is saved after every stage', async () => {
    app = await startAsking(engine);

    await app.tui.write('W1 * x + B');
    await app.tui.press('enter');
    await app.tui.waitFor('Press Enter to continue.');
    const afterStage = (await app.progress.load(keyOf())).state;
    await app.tui.press('enter');
    await app.tui.waitFor('A = ?');
    const afterContinue = (await app.progress.load(keyOf())).state;

    expect(afterStage?.records).toEqual([
      { update: 1, stage: 0, outcome: 'first-try', tries: 0, hints: 0, answer: 'W1 * x + B' },
    ]);
    expect(afterContinue?.phase).toEqual({
      kind: 'asking',
      update: 1,
      stage: 1,
      tries: 0,
      hints: 0,
    });
  });

  it('is saved when the learner quits with q on an empty answer line', async () => {
    app = await startAsking(engine);
    await app.tui.write('W1 * x + B');
    await app.tui.press('enter');
    await app.tui.press('enter');
    await app.tui.waitFor('A = ?');

    await app.tui.type('q');

    await expect(app.tui.waitFor('Bye!')).resolves.toBe('Progress saved. Bye!');
    expect(app.exits).toEqual([0]);
    expect((await app.progress.load(keyOf())).state?.phase).toMatchObject({
      kind: 'asking',
      stage: 1,
    });
  });

  it('is offered for resuming, and resumed with y', async () => {
    const progress = await savedAtUpdate2();
    app = startApp(engine, { lessonArg: engine.lesson.id, progress });

    const offer = await app.tui.waitFor('Resume?');
    await app.tui.type('y');

    expect(offer).toContain('Saved progress found (update 2, stage 1). Resume? (y/n)');
    await expect(app.tui.waitFor('Z = ?')).resolves.toContain('update 2/3');
  });

  it('is set aside with n: the lesson starts over', async () => {
    const progress = await savedAtUpdate2();
    app = startApp(engine, { lessonArg: engine.lesson.id, progress });
    await app.tui.waitFor('Resume?');

    await app.tui.type('n');
    await app.tui.waitFor('Press Enter to begin.');
    await app.tui.press('enter');

    await expect(app.tui.waitFor('Z = ?')).resolves.toContain('update 1/3');
  });

  it('is forgotten with --reset, without asking', async () => {
    const progress = await savedAtUpdate2();
    app = startApp(engine, { lessonArg: engine.lesson.id, isReset: true, progress });

    await app.tui.waitFor('Press Enter to begin.');

    expect(progress.saved.size).toBe(0);
  });

  it('shows the warning of a store that cannot save, and goes on', async () => {
    const failing: ProgressStore = {
      load: async () => ({ warning: 'Saved progress was unreadable; moved it to old.json.' }),
      save: async () => 'Cannot save progress (disk full); the session goes on without saving.',
      clear: async () => undefined,
    };
    app = startApp(engine, { lessonArg: engine.lesson.id, progress: failing });

    const opened = await app.tui.waitFor('Press Enter to begin.');
    await app.tui.press('enter');
    const asked = await app.tui.waitFor('disk full');

    expect(opened).toContain('Saved progress was unreadable; moved it to old.json.');
    expect(asked).toContain('Z = ?   2x1');
  });

  it('keeps a seeded variant apart, with its own values', async () => {
    const variant = engine.variant(42);
    app = startApp(engine, { lessonArg: engine.lesson.id, seed: 42 });
    await app.tui.waitFor('Press Enter to begin.');
    await app.tui.press('enter');

    const screen = await app.tui.waitFor('Z = ?');
    await app.tui.write('W1 * x + B');
    await app.tui.press('enter');
    await app.tui.waitFor('Press Enter to continue.');

    const w1 = variant.scopeAt(1).get('W1')!.data[0]![0]!;
    expect(screen).toMatch(new RegExp(`W1 = \\[ +${fmt(w1)} \\]`));
    expect((await app.progress.load(keyOf(42))).state?.seed).toBe(42);
    expect((await app.progress.load(keyOf())).state).toBeUndefined();
  });
});

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LessonEngine } from '../../src/engine/lesson-engine.js';
import { seedEngine } from './helpers/lesson.js';
import { startApp, startAsking, type StartedApp } from './helpers/start-app.js';

// Ink colours only what chalk thinks a terminal can show; tests have no terminal.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

let engine: LessonEngine;
let app: StartedApp | undefined;

beforeAll(async () => {
  engine = await seedEngine();
});

afterEach(() => app?.tui.unmount());

describe('colour', () => {
  it('is used when it is on', async () => {
    app = await startAsking(engine);

    // eslint-disable-next-line no-control-regex -- escape sequences are what is checked
    expect(app.tui.rawFrame()).toMatch(/\x1b\[\d+m/);
  });

  it('is left out when it is off, while the marks that carry the meaning stay', async () => {
    app = startApp(engine, { lessonArg: engine.lesson.id }, undefined, false);
    await app.tui.waitFor('Press Enter to begin.');
    await app.tui.press('enter');
    await app.tui.write('W1 * x');
    await app.tui.press('enter');

    await app.tui.waitFor('Not yet.');

    expect(app.tui.rawFrame()).not.toContain('\x1b');
    expect(app.tui.rawFrame()).toContain('✗ Not yet.');
  });
});

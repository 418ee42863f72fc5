import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProgress } from '../../src/session/progress.js';
import { ROOT } from './helpers/run-cli.js';

const WRITER = join(ROOT, 'test/fixtures/progress-writer/save-forever.ts');
const KEY = { id: 'matrix-backprop', version: 1, stages: 13, updates: 3 };
const dirs: string[] = [];

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Starts the writer, lets it save for `ms` after its first save, then kills it with SIGKILL. */
function killWhileSaving(dir: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended: ${stderr}`)),
    );
  });
}

describe('the progress file', () => {
  it('is always a whole, readable save when the process is killed while saving', async () => {
    for (const ms of [3, 17, 41, 73, 111]) {
      const dir = mkdtempSync(join(tmpdir(), 'dl-tutor-kill-'));
      dirs.push(dir);

      await killWhileSaving(dir, ms);

      const saved = readdirSync(dir).filter((name) => name.endsWith('.json'));
      expect(saved).toEqual(['matrix-backprop.v1.json']);
      const parsed = parseProgress(readFileSync(join(dir, saved[0]!), 'utf8'), KEY);
      expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
    }
  }, 60_000);
});

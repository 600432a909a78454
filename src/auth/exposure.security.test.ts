import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../../test/process.ts';

// The real entry point: a server without keys must not be reachable from other machines by accident.

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-exposure-'));
  dirs.push(dir);
  return dir;
};

describe('start-up on a public address', () => {
  it('refuses without AUTH, naming AUTH, before opening the database', async () => {
    const server = spawnServer({ HOST: '0.0.0.0', DATA_DIR: dataDir() });
    server.listening.catch(() => {});
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toMatch(/AUTH=api-key/);
    expect(server.output()).not.toMatch(/Rehearse is listening/);
  });

  it('starts with a loud warning for an explicit AUTH=none', async () => {
    const server = spawnServer({ HOST: '0.0.0.0', AUTH: 'none', DATA_DIR: dataDir() });
    try {
      await server.listening;
      expect(server.output()).toMatch(/"level":"warn".*WARNING: AUTH=none on HOST=0\.0\.0\.0/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000); // a real process start: slow on a busy machine
});

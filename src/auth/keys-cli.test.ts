import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { openPglite } from '../db/database.ts';
import { apiKeys } from '../db/schema/index.ts';
import { hashApiKey } from './api-key.ts';
import { createKeyStore } from './key-store.ts';
import { runKeysCommand } from './keys-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function keys(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/keys.ts', ...args],
      { cwd: ROOT, env: { DATA_DIR: dataDir } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run keys', () => {
  it('creates a key shown once, lists keys without secrets, and revokes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-keys-'));
    dirs.push(dataDir);

    const created = await keys(dataDir, 'create', '--name', 'Acme LMS');
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout);
    expect(key).toMatchObject({
      id: expect.any(String),
      name: 'Acme LMS',
      key: expect.stringMatching(/^rh_/),
    });
    expect(key.tenantId).toBe(key.id);

    const listed = await keys(dataDir, 'list');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: key.id, revokedAt: null })]);
    expect(listed.stdout).not.toContain(key.key);
    expect(listed.stdout).not.toContain('"key"');

    expect((await keys(dataDir, 'revoke', key.id)).code).toBe(0);

    const db = await openPglite({ dataDir });
    try {
      const rows = await db.db.select().from(apiKeys);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.keyHash).toBe(hashApiKey(key.key));
      expect(JSON.stringify(rows)).not.toContain(key.key);
      expect(rows[0]!.revokedAt).toBeInstanceOf(Date);
      expect(await createKeyStore(db.db).authenticate(key.key)).toBeNull();
    } finally {
      await db.close();
    }
  });

  it.each([
    [['create'], 2, /--name/],
    [['create', '--name', 'x', 'extra'], 2, /--name/],
    [['revoke'], 2, /id/],
    [['revoke', '00000000-0000-4000-8000-000000000000'], 1, /No API key/],
    [['revoke', "1' or '1'='1"], 1, /No API key/],
    [['rotate'], 2, /Usage/],
    [['create', '--bogus'], 2, /Unknown option/],
  ])('refuses %j with exit code %i', async (argv, code, message) => {
    const db = await testDatabase();
    let err = '';
    expect(await runKeysCommand(argv, db.db, { out: () => {}, err: (text) => (err += text) })).toBe(code);
    expect(err).toMatch(message);
  });

  it('says clearly that a running server holds the embedded database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-keys-'));
    dirs.push(dataDir);
    writeFileSync(join(dataDir, 'rehearse.lock'), String(process.pid));
    const result = await keys(dataDir, 'list');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/in use by another Rehearse process/);
    expect(result.stderr).toMatch(/stop the server first, or use the admin API/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedBundle, sourceHash } from './assets.ts';

// A start with the UI's sources unchanged reads the bundle kept on disk; a changed source makes a new one.

describe('cachedBundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-ui-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles once, then reads the kept bundle until a source changes', async () => {
    const source = join(dir, 'main.ts');
    writeFileSync(source, 'export const a = 1;');
    const file = join(dir, 'cache', 'bundle.json');
    let made = 0;
    const make = async () => {
      made++;
      const assets = { js: `js ${made}`, css: 'css', version: `v${made}` };
      return { key: await sourceHash([source]), inputs: [source], assets };
    };

    expect(await cachedBundle(file, make)).toEqual({ js: 'js 1', css: 'css', version: 'v1' });
    expect(await cachedBundle(file, make)).toEqual({ js: 'js 1', css: 'css', version: 'v1' });
    expect(made).toBe(1);

    writeFileSync(source, 'export const a = 2;');
    expect(await cachedBundle(file, make)).toMatchObject({ version: 'v2' });
    expect(made).toBe(2);
  });

  it('bundles when the kept file is unreadable or a source is gone', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ not json');
    const source = join(dir, 'gone.ts');
    let made = 0;
    const make = async () => {
      made++;
      writeFileSync(source, 'x');
      return { key: await sourceHash([source]), inputs: [source], assets: { js: '', css: '', version: 'v' } };
    };
    await cachedBundle(file, make);
    rmSync(source);
    await cachedBundle(file, make);
    expect(made).toBe(2);
  });
});

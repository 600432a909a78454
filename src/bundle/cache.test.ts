import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedBundle } from './cache.mjs';

// A start with the sources unchanged reads the bundle kept on disk; a changed source makes a new one.

describe('cachedBundle', () => {
  const root = mkdtempSync(join(tmpdir(), 'rehearse-bundle-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const scratch = () => {
    const dir = join(root, String(++n));
    mkdirSync(dir);
    return dir;
  };

  it('bundles once, then reads the kept bundle until a source or the salt changes', async () => {
    const dir = scratch();
    const source = join(dir, 'main.ts');
    writeFileSync(source, 'export const a = 1;');
    let made = 0;
    const make = async () => ({ inputs: [source], content: `bundle ${++made}` });
    const bundle = (salt = 'v1') =>
      cachedBundle({ dir: join(dir, 'cache'), name: 'x', ext: 'js', salt, make });

    const first = await bundle();
    expect(first.content).toBe('bundle 1');
    const again = await bundle();
    expect(again).toEqual({ file: first.file, content: null });
    expect(made).toBe(1);

    writeFileSync(source, 'export const a = 2;');
    expect((await bundle()).content).toBe('bundle 2');
    expect((await bundle('v2')).content).toBe('bundle 3');
    expect(made).toBe(3);
    // The bundles of sources as they no longer are are gone.
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.js'))).toHaveLength(1);
  });

  it('bundles when the kept list is unreadable or a source is gone', async () => {
    const dir = scratch();
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'x.inputs.json'), '{ not json');
    const source = join(dir, 'gone.ts');
    let made = 0;
    const make = async () => {
      made++;
      writeFileSync(source, 'x');
      return { inputs: [source], content: 'bundle' };
    };
    await cachedBundle({ dir: cache, name: 'x', ext: 'js', salt: '', make });
    rmSync(source);
    await cachedBundle({ dir: cache, name: 'x', ext: 'js', salt: '', make });
    expect(made).toBe(2);
  });

  it('gives the bundle without a file when it cannot be kept', async () => {
    const dir = scratch();
    const source = join(dir, 'main.ts');
    writeFileSync(source, 'x');
    // A folder inside a file cannot be made, whoever runs the test.
    const bundle = await cachedBundle({
      dir: join(source, 'cache'),
      name: 'x',
      ext: 'js',
      salt: '',
      make: async () => ({ inputs: [source], content: 'bundle' }),
    });
    expect(bundle).toEqual({ file: null, content: 'bundle' });
  });
});

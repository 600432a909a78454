import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserForTestRun, findBrowser, NO_BROWSER } from './find-browser.ts';

// Where the UI tests look for a browser, on a made-up machine: executables in a temporary directory.

const root = mkdtempSync(join(tmpdir(), 'rehearse-browser-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function executable(dir: string, name: string): string {
  mkdirSync(join(root, dir), { recursive: true });
  const path = join(root, dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('finding a browser for the UI tests', () => {
  const chrome = executable('opt', 'chrome');
  const onPath = executable('bin', 'google-chrome');
  const chromiumBrowser = executable('other-bin', 'chromium-browser');
  const notExecutable = join(root, 'opt', 'plain-file');
  writeFileSync(notExecutable, '');
  const none: string[] = [];

  it('takes CHROME_PATH first, and only when it can run', () => {
    expect(findBrowser({ CHROME_PATH: chrome, PATH: join(root, 'bin') }, none)).toBe(chrome);
    expect(findBrowser({ CHROME_PATH: notExecutable, PATH: join(root, 'bin') }, none)).toBeNull();
  });

  it('then the known places, then chromium, chromium-browser or google-chrome on PATH', () => {
    expect(findBrowser({ PATH: join(root, 'bin') }, [chrome])).toBe(chrome);
    expect(findBrowser({ PATH: `${join(root, 'nothing')}:${join(root, 'bin')}` }, none)).toBe(onPath);
    expect(findBrowser({ PATH: join(root, 'other-bin') }, none)).toBe(chromiumBrowser);
    expect(findBrowser({ PATH: join(root, 'nothing') }, none)).toBeNull();
  });

  it('without one, leaves the browser tests out with one line saying how to run them; in CI it fails', () => {
    const said: string[] = [];
    expect(browserForTestRun({ PATH: '' }, (line) => said.push(line), none)).toBeNull();
    expect(said).toEqual([NO_BROWSER]);
    expect(NO_BROWSER).toMatch(/CHROME_PATH/);
    expect(() => browserForTestRun({ PATH: '', CI: 'true' }, () => {}, none)).toThrow(/CI=true/);
    expect(browserForTestRun({ CHROME_PATH: chrome, CI: 'true' }, () => {}, none)).toBe(chrome);
  });
});

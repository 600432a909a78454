import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

// The browser the UI tests drive: CHROME_PATH when set, else a Chromium or Chrome installed the usual way.
// Never downloaded. Without one the browser tests are left out with one line that says how to run them,
// except in CI (CI=true), where a missing browser fails the run.

const KNOWN_PATHS = ['/usr/bin/chromium'];
const KNOWN_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

type Env = Record<string, string | undefined>;

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** `CHROME_PATH`, else `/usr/bin/chromium`, else the first known name on `PATH`; null when there is none. */
export function findBrowser(
  env: Env = process.env,
  knownPaths: readonly string[] = KNOWN_PATHS,
): string | null {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : null;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = KNOWN_NAMES.flatMap((name) => dirs.map((dir) => join(dir, name)));
  return [...knownPaths, ...onPath].find(isExecutable) ?? null;
}

const INSTALL = 'Install one (apt-get install chromium) or set CHROME_PATH';
export const NO_BROWSER = `No Chromium or Chrome found: the browser tests (test/e2e) are left out. ${INSTALL} to run them.`;

/** For the test run: the browser, or null after saying why the browser tests are left out; throws in CI. */
export function browserForTestRun(
  env: Env = process.env,
  say: (line: string) => void = console.warn,
  knownPaths: readonly string[] = KNOWN_PATHS,
): string | null {
  const found = findBrowser(env, knownPaths);
  if (found) return found;
  if (env.CI === 'true') {
    throw new Error(
      `No Chromium or Chrome found, and with CI=true the browser tests (test/e2e) must run. ${INSTALL}.`,
    );
  }
  say(NO_BROWSER);
  return null;
}

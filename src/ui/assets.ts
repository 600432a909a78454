import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

// The browser code is bundled in-process: no build step to forget. The bundle is kept on disk with a hash of
// the files it was made from, so a start with nothing changed reads it instead of bundling again; in memory,
// one bundle per process, shared by every app instance (tests make many).

export type UiAssets = { js: string; css: string; version: string };

const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));
const cacheFile = fileURLToPath(
  new URL('../../node_modules/.cache/rehearse/ui-bundle.json', import.meta.url),
);
const require = createRequire(import.meta.url);

const BUILD_OPTIONS = {
  entryPoints: { app: `${browserDir}main.ts`, styles: `${browserDir}app.css` },
  outdir: 'out',
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
  legalComments: 'none',
  logLevel: 'silent',
} satisfies BuildOptions;

/** A bundle as kept on disk: the assets, and the source files it was made from with their hash. */
type StoredBundle = { key: string; inputs: string[]; assets: UiAssets };

async function bundle(): Promise<StoredBundle> {
  // Loaded only when a bundle is to be made: a start that finds one on disk never starts the bundler.
  const { build } = await import('esbuild');
  const result = await build({ ...BUILD_OPTIONS, write: false, metafile: true });
  const find = (ending: string) => {
    const file = result.outputFiles.find((f) => f.path.endsWith(ending));
    if (!file) throw new Error(`The UI bundle has no ${ending} output.`);
    return file.text;
  };
  const js = find('app.js');
  const css = find('styles.css');
  const version = createHash('sha256').update(js).update(css).digest('hex').slice(0, 12);
  // Relative to the working directory, as the bundler names them; stored absolute so any start can read them.
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => resolve(input))
    .sort();
  return { key: await sourceHash(inputs), inputs, assets: { js, css, version } };
}

/** A hash of what a bundle is made from: its source files, the bundler's version and how it is built. */
export async function sourceHash(inputs: string[]): Promise<string> {
  const hash = createHash('sha256')
    .update(JSON.stringify(BUILD_OPTIONS))
    .update(await bundlerVersion());
  for (const input of inputs) hash.update(input).update(await readFile(input));
  return hash.digest('hex');
}

const bundlerVersion = async () =>
  (JSON.parse(await readFile(require.resolve('esbuild/package.json'), 'utf8')) as { version: string })
    .version;

/**
 * The bundle kept in `file` when its sources are as they were, else a new one from `make`, kept there for
 * the next start. A file that cannot be read or written only means bundling again.
 */
export async function cachedBundle(file: string, make: () => Promise<StoredBundle>): Promise<UiAssets> {
  const stored = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as StoredBundle)
    .catch(() => null);
  const fresh =
    stored?.assets && Array.isArray(stored.inputs)
      ? await sourceHash(stored.inputs).then(
          (key) => key === stored.key,
          () => false,
        )
      : false;
  if (fresh) return stored!.assets;
  const made = await make();
  // Written aside and renamed, so a process reading it meanwhile never sees half a bundle.
  const partial = `${file}.${process.pid}.tmp`;
  await mkdir(dirname(file), { recursive: true })
    .then(() => writeFile(partial, JSON.stringify(made)))
    .then(() => rename(partial, file))
    .catch(() => {});
  return made.assets;
}

let built: Promise<UiAssets> | null = null;

/** The bundled UI; the first call reads or makes it, later calls share it. A failure is tried again. */
export function uiAssets(): Promise<UiAssets> {
  if (!built) {
    built = cachedBundle(cacheFile, bundle).catch((error: unknown) => {
      built = null;
      throw error;
    });
  }
  return built;
}

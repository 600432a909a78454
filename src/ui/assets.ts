import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { cachedBundle } from '../bundle/cache.mjs';

// The browser code is bundled in-process: no build step to forget. Each bundle is kept on disk under a hash of
// the files it was made from, so a start with nothing changed reads it instead of bundling again; in memory,
// one of each per process, shared by every app instance (tests make many).
//
// A bundle per page: the chat (`ui`, made as the server starts), the scenario studio (`studio`, with its code
// editor) and the analytics (`analytics`, figures and charts), the last two made when first asked for, so the
// chat never carries the editor.

export type UiAssets = { js: string; css: string; version: string };
export type BundleName = 'ui' | 'studio' | 'analytics';

const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));
const cacheDir = fileURLToPath(new URL('../../node_modules/.cache/rehearse/', import.meta.url));
const require = createRequire(import.meta.url);

const ENTRIES: Record<BundleName, { app: string; styles: string }> = {
  ui: { app: `${browserDir}main.ts`, styles: `${browserDir}app.css` },
  studio: { app: `${browserDir}studio/main.ts`, styles: `${browserDir}studio/studio.css` },
  analytics: { app: `${browserDir}analytics/main.ts`, styles: `${browserDir}analytics/analytics.css` },
};

const buildOptions = (name: BundleName) =>
  ({
    entryPoints: ENTRIES[name],
    outdir: 'out',
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    legalComments: 'none',
    logLevel: 'silent',
  }) satisfies BuildOptions;

async function bundle(name: BundleName) {
  // Loaded only when a bundle is to be made: a start that finds one on disk never starts the bundler.
  const { build } = await import('esbuild');
  const result = await build({ ...buildOptions(name), write: false, metafile: true });
  const find = (ending: string) => {
    const file = result.outputFiles.find((f) => f.path.endsWith(ending));
    if (!file) throw new Error(`The ${name} bundle has no ${ending} output.`);
    return file.text;
  };
  const js = find('app.js');
  const css = find('styles.css');
  const version = createHash('sha256').update(js).update(css).digest('hex').slice(0, 12);
  // Relative to the working directory, as the bundler names them; kept absolute so any start can read them.
  const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(input));
  return { inputs, content: JSON.stringify({ js, css, version } satisfies UiAssets) };
}

/** What a bundle depends on besides its sources: the bundler's version and how it bundles. */
const salt = async (name: BundleName) =>
  JSON.stringify(buildOptions(name)) +
  (JSON.parse(await readFile(require.resolve('esbuild/package.json'), 'utf8')) as { version: string })
    .version;

const built = new Map<BundleName, Promise<UiAssets>>();

/** A bundle; the first call reads or makes it, later calls share it. A failure is tried again. */
export function bundledAssets(name: BundleName): Promise<UiAssets> {
  let assets = built.get(name);
  if (!assets) {
    assets = salt(name)
      .then((salt) => cachedBundle({ dir: cacheDir, name, ext: 'json', salt, make: () => bundle(name) }))
      .then(async ({ file, content }) => JSON.parse(content ?? (await readFile(file!, 'utf8'))) as UiAssets)
      .catch((error: unknown) => {
        built.delete(name);
        throw error;
      });
    built.set(name, assets);
  }
  return assets;
}

/** The chat UI's bundle. */
export const uiAssets = () => bundledAssets('ui');

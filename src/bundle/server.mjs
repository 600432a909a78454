import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachedBundle } from './cache.mjs';

// The server (src/index.ts) as one bundle of plain JavaScript, kept on disk under a hash of the files it is
// made from. Loading the TypeScript file by file through a transpiling loader took most of a warm start; a
// start with nothing changed imports the kept bundle at once, and a change bundles again (about a second).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

const BUILD_OPTIONS = {
  entryPoints: [resolve(ROOT, 'src/index.ts')],
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The embedded database finds its WebAssembly beside its own files; the bundler is loaded only to bundle.
  external: ['@electric-sql/pglite', 'esbuild'],
  // The bundled packages written as CommonJS call require for Node's own modules.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'silent',
};

/** Each source keeps its own URL, so what it finds relative to itself (the migrations, the UI) stays where it is. */
const ownUrls = {
  name: 'own-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({ ...BUILD_OPTIONS, write: false, metafile: true, plugins: [ownUrls] });
  return {
    inputs: Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input)),
    content: result.outputFiles[0].text,
  };
}

/**
 * The path of the server's bundle for its sources as they are now, bundled first when they changed; null when
 * it cannot be kept on disk (a read-only install).
 * @returns {Promise<string | null>}
 */
export async function serverBundle() {
  const esbuild = JSON.parse(await readFile(require.resolve('esbuild/package.json'), 'utf8'));
  const { file } = await cachedBundle({
    dir: resolve(ROOT, 'node_modules/.cache/rehearse'),
    name: 'server',
    ext: 'mjs',
    salt: JSON.stringify(BUILD_OPTIONS) + esbuild.version,
    make: bundle,
  });
  return file;
}

import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The browser code is bundled in-process when the server starts: no build step to forget, and the
// result lives in memory. One build per process, shared by every app instance (tests make many).

export type UiAssets = { js: string; css: string; version: string };

const clientDir = fileURLToPath(new URL('./client/', import.meta.url));

async function bundle(): Promise<UiAssets> {
  const result = await build({
    entryPoints: { app: `${clientDir}main.ts`, styles: `${clientDir}app.css` },
    outdir: 'out',
    write: false,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const find = (ending: string) => {
    const file = result.outputFiles.find((f) => f.path.endsWith(ending));
    if (!file) throw new Error(`The UI bundle has no ${ending} output.`);
    return file.text;
  };
  const js = find('app.js');
  const css = find('styles.css');
  const version = createHash('sha256').update(js).update(css).digest('hex').slice(0, 12);
  return { js, css, version };
}

let built: Promise<UiAssets> | null = null;

/** The bundled UI; the first call starts the build, later calls share it. A failed build is retried. */
export function uiAssets(): Promise<UiAssets> {
  if (!built) {
    built = bundle().catch((error: unknown) => {
      built = null;
      throw error;
    });
  }
  return built;
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Builds the client as a package of its own, with no dependencies: one JavaScript module (the SSE parser it
// shares with the UI bundled in) and the declarations of its types, then packs it with `npm pack`.

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SRC = join(HERE, '..');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Builds into `outDir/package` and packs it into `outDir`; resolves with the tarball's path. */
export async function packClient(outDir: string): Promise<string> {
  const packageDir = join(outDir, 'package');
  const typesDir = join(outDir, 'types');
  rmSync(packageDir, { recursive: true, force: true });
  rmSync(typesDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });

  await build({
    entryPoints: [join(HERE, 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: join(packageDir, 'index.js'),
    logLevel: 'silent',
  });
  execFileSync(process.execPath, [
    TSC,
    ...[
      '--declaration',
      '--emitDeclarationOnly',
      '--strict',
      '--skipLibCheck',
      '--allowImportingTsExtensions',
    ],
    ...['--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--lib', 'es2023,dom,dom.iterable', '--types', 'node', '--rootDir', SRC, '--outDir', typesDir],
    join(HERE, 'index.ts'),
  ]);
  // The client's own declarations, their relative imports pointing at the .js files a consumer resolves.
  for (const file of readdirSync(join(typesDir, 'client')).filter((name) => name.endsWith('.d.ts'))) {
    const text = readFileSync(join(typesDir, 'client', file), 'utf8');
    writeFileSync(join(packageDir, file), text.replace(/(from '\.\/[\w-]+)\.ts'/g, "$1.js'"));
  }
  for (const file of ['package.json', 'README.md']) {
    writeFileSync(join(packageDir, file), readFileSync(join(HERE, file)));
  }
  const packed = execFileSync('npm', ['pack', '--pack-destination', outDir, '--json'], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  return join(outDir, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
}

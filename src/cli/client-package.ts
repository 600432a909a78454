import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Builds the client as a package of its own, with no dependencies: one JavaScript module and the declarations
// of its types, then packs it with `npm pack`.

const CLIENT = fileURLToPath(new URL('../client/', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** Builds into `outDir/package` and packs it into `outDir`; resolves with the tarball's path. */
export async function packClient(outDir: string): Promise<string> {
  const packageDir = join(outDir, 'package');
  const typesDir = join(outDir, 'types');
  rmSync(packageDir, { recursive: true, force: true });
  rmSync(typesDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });

  await build({
    entryPoints: [join(CLIENT, 'index.ts')],
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
    ...['--lib', 'es2023,dom,dom.iterable', '--types', 'node', '--rootDir', CLIENT, '--outDir', typesDir],
    join(CLIENT, 'index.ts'),
  ]);
  // The declarations the package's types reach from index.d.ts, their relative imports pointing at the .js
  // files a consumer resolves (the SSE parser is bundled in and declares nothing a consumer sees).
  const pending = ['index.d.ts'];
  for (let file = pending.pop(); file; file = pending.pop()) {
    const text = readFileSync(join(typesDir, file), 'utf8');
    writeFileSync(join(packageDir, file), text.replace(/(from '\.\/[\w-]+)\.ts'/g, "$1.js'"));
    for (const [, name] of text.matchAll(/from '\.\/([\w-]+)\.ts'/g)) {
      if (!pending.includes(`${name}.d.ts`) && !existsSync(join(packageDir, `${name}.d.ts`))) {
        pending.push(`${name}.d.ts`);
      }
    }
  }
  for (const file of ['package.json', 'README.md']) {
    writeFileSync(join(packageDir, file), readFileSync(join(CLIENT, file)));
  }
  const packed = execFileSync('npm', ['pack', '--pack-destination', outDir, '--json'], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  return join(outDir, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
}

import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serverBundle } from '../src/bundle/server.mjs';
import { openPglite, openPostgres } from '../src/db/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Migrates once per run: a PGlite template the workers load (much faster than migrating each), and the server.
 * Bundles the server once, so the tests that start it as a process do not each bundle it at once.
 */
export default async function setup(project: TestProject) {
  await serverBundle();
  const template = await openPglite();
  await template.migrate();
  const dump = await template.dumpDataDir();
  const file = join(tmpdir(), `rehearse-pglite-template-${process.pid}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const server = await openPostgres(url, { attempts: 3 });
    await server.migrate();
    await server.close();
  }
  return () => rmSync(file, { force: true });
}

import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type DatabaseHandle, openPglite, openPostgres } from '../src/db/database.ts';

// One database of each kind per test worker, shared by its files: tests isolate themselves by their own rows
// (fresh tenant ids, fresh session ids), never by a fresh database.

export type DatabaseKind = 'pglite' | 'postgres';
const opened = new Map<DatabaseKind, Promise<DatabaseHandle>>();

/** The kinds this run tests against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export function testDatabase(kind: DatabaseKind = 'pglite'): Promise<DatabaseHandle> {
  let handle = opened.get(kind);
  if (!handle) {
    handle =
      kind === 'pglite'
        ? openTemplatePglite()
        : openPostgres(process.env.TEST_DATABASE_URL ?? '', { max: 5 });
    opened.set(kind, handle);
  }
  return handle;
}

/** A fresh, migrated in-memory PGlite of its own, for tests that close or break their database. */
export async function freshPglite() {
  return openTemplatePglite();
}

async function openTemplatePglite() {
  const template = readFileSync(inject('pgliteTemplate'));
  return openPglite({ loadDataDir: new Blob([template]) });
}

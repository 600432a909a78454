import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { withPreparedStatements } from './pglite-prepared.ts';
import * as schema from './schema/index.ts';

/** Both drivers expose the same query builder; the app only ever sees this type. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Resolves when the database answers a query. */
  ping(): Promise<void>;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** An embedded PGlite: on disk in `dataDir`, or in memory (optionally loaded from a dumped data dir). */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<DatabaseHandle & { dumpDataDir(): Promise<Blob> }> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(
      options.dataDir,
      options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
    );
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({
    client: withPreparedStatements(client) as never,
    schema,
  }) as unknown as Database;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    },
    dumpDataDir: async () => (await client.dumpDataDir('gzip')) as Blob,
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
      release();
    },
  };
}

/** A PostgreSQL server through postgres.js, retrying the first connection a few times before giving up. */
export async function openPostgres(
  url: string,
  options: { attempts?: number; delayMs?: number; max?: number; prepare?: boolean } = {},
): Promise<DatabaseHandle> {
  const { attempts = 5, delayMs = 1000, max = 10, prepare = true } = options;
  const client = postgres(url, { max, prepare, onnotice: () => {}, connect_timeout: 5 });
  for (let attempt = 1; ; attempt++) {
    try {
      await client`select 1`;
      break;
    } catch (error) {
      if (attempt >= attempts) {
        await client.end({ timeout: 1 }).catch(() => {});
        throw new Error(
          `Could not reach the database at DATABASE_URL after ${attempts} attempts: ${(error as Error).message}`,
        );
      }
      await new Promise((done) => setTimeout(done, delayMs * attempt));
    }
  }
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await client`select 1`;
    },
    migrate: async () => {
      // Several instances may start at once against one server: one migrates, the others wait.
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(727274)`;
        await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await lock`select pg_advisory_unlock(727274)`.catch(() => {});
        lock.release();
      }
    },
    close: async () => {
      await client.end({ timeout: 5 });
    },
  };
}

/** The database the configuration names: the server at DATABASE_URL, or else the embedded one in DATA_DIR. */
export function openDatabase(
  config: { DATABASE_URL?: string | undefined; DATA_DIR: string; DATABASE_PREPARED_STATEMENTS?: boolean },
  options: { attempts?: number } = {},
): Promise<DatabaseHandle> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, { ...options, prepare: config.DATABASE_PREPARED_STATEMENTS })
    : openPglite({ dataDir: config.DATA_DIR });
}

/** PGlite has one writer: a second process on the same data dir would corrupt it, so it is refused. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'rehearse.lock');
  const take = () => {
    const fd = openSync(lockFile, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
  };
  try {
    take();
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new DataDirLockedError(resolve(dataDir), holder);
    }
    rmSync(lockFile, { force: true }); // left behind by a process that died
    take();
  }
  return () => {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
  };
}

export class DataDirLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The data directory ${dataDir} is in use by another Rehearse process (pid ${pid}). ` +
        'Stop that process, or set DATA_DIR to another directory or DATABASE_URL to a PostgreSQL server.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

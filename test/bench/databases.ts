import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

// Where each coach of a benchmark run keeps its data: a folder of its own for the embedded database, or with
// `--postgres` a database of its own on the server at TEST_DATABASE_URL, created for the run and dropped after.

export type BenchDatabases = {
  /** What the table says the figures were measured on. */
  description: string;
  /** The environment that points a coach at a fresh database of its own (`DATA_DIR` or `DATABASE_URL`). */
  fresh(name: string): Promise<{ DATA_DIR: string; DATABASE_URL?: string }>;
  close(): Promise<void>;
};

export function benchDatabases(postgresUrl: string | undefined): BenchDatabases {
  const folder = mkdtempSync(join(tmpdir(), 'rehearse-bench-'));
  const admin = postgresUrl ? postgres(postgresUrl, { max: 1, onnotice: () => {} }) : null;
  const created: string[] = [];
  return {
    description: admin
      ? 'PostgreSQL (DATABASE_URL, a database of its own for each coach on the server at TEST_DATABASE_URL)'
      : 'PGlite (embedded, on disk in a temporary directory)',
    async fresh(name) {
      const dataDir = join(folder, name);
      if (!admin || !postgresUrl) return { DATA_DIR: dataDir };
      const database = `rehearse_bench_${process.pid}_${name.replace(/\W/g, '_')}`;
      await admin.unsafe(`create database ${database}`);
      created.push(database);
      const url = new URL(postgresUrl);
      url.pathname = `/${database}`;
      return { DATA_DIR: dataDir, DATABASE_URL: url.toString() };
    },
    async close() {
      for (const database of created) {
        await admin?.unsafe(`drop database if exists ${database} with (force)`).catch(() => {});
      }
      await admin?.end({ timeout: 5 });
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

import type { Query } from 'drizzle-orm';
import type { PgPreparedQuery, PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Database } from './database.ts';

// A statement of the turn path, built by the query builder once: its parameters are placeholders
// (`sql.placeholder`), so each run only fills them in. Building a large statement again at each run cost more
// than the database spent running it; the text is the same at each run, so the database keeps it prepared
// (pglite-prepared.ts on the embedded database, postgres.js on PostgreSQL). It runs on the database or inside
// a transaction of it, and its rows come back as the query builder maps them.

type Built<Rows> = { prepare(name: string): { execute(values?: Record<string, unknown>): Promise<Rows> } };

/** What the query builder keeps beside a prepared statement to map its rows: the same on every driver. */
type Mapping = { fields?: unknown; joinsNotNullableMap?: Record<string, boolean> };

export function compileStatement<Rows>(
  name: string,
  build: () => Built<Rows>,
): (on: Database, values: Record<string, unknown>) => Promise<Rows> {
  let compiled: { query: Query; mapping: Mapping } | undefined;
  return (on, values) => {
    if (!compiled) {
      const once = build().prepare(name) as unknown as PgPreparedQuery<PreparedQueryConfig> & Mapping;
      compiled = { query: once.getQuery(), mapping: once };
    }
    const { query, mapping } = compiled;
    const prepared = on._.session.prepareQuery(query, mapping.fields as never, name, true) as PgPreparedQuery<
      PreparedQueryConfig & { execute: Rows }
    > &
      Mapping;
    prepared.joinsNotNullableMap = mapping.joinsNotNullableMap;
    return prepared.execute(values);
  };
}

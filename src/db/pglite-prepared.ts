import { type PGlite, parse, protocol, type Results } from '@electric-sql/pglite';

// PGlite as the query builder uses it, with each statement prepared once. PGlite's own `query` parses and plans
// every statement anew and talks to its WebAssembly six times for it; the turn path's statements are large
// (planning one cost more than running it). Here a statement's text is parsed and planned once, as a named
// prepared statement (postgres.js does the same on PostgreSQL), and each run is one exchange with the
// WebAssembly: bind, describe, execute, sync.

const { serialize } = protocol;

/** Statements kept prepared, the least recently run dropped first: the query builder's texts are few. */
const KEPT_STATEMENTS = 200;

type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: Record<number, (text: string) => unknown> };

/** What the query builder calls on a PGlite client, and on the transactions it opens. */
export type PgliteQueries = {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
};

export type PreparedPglite = PgliteQueries & {
  transaction<T>(callback: (tx: PgliteQueries & { rollback(): Promise<void> }) => Promise<T>): Promise<T>;
};

export function withPreparedStatements(pg: PGlite): PreparedPglite {
  const prepared = new Map<string, { name: string; types: number[] }>();
  let named = 0;

  /** Runs one statement; PGlite's lock on the database is held by the caller. */
  async function run<T>(
    sql: string,
    params: unknown[],
    options: QueryOptions | undefined,
    inTransaction: boolean,
  ) {
    let statement = prepared.get(sql);
    if (statement) {
      prepared.delete(sql);
    } else {
      const name = `rehearse_${++named}`;
      const { messages } = await pg.execProtocol(
        join([
          serialize.parse({ name, text: sql }),
          serialize.describe({ type: 'S', name }),
          serialize.sync(),
        ]),
        { syncToFs: false },
      );
      statement = { name, types: parse.parseDescribeStatementResults(messages) };
      if (prepared.size >= KEPT_STATEMENTS) {
        const [oldest, dropped] = prepared.entries().next().value!;
        prepared.delete(oldest);
        await pg.execProtocol(join([serialize.close({ type: 'S', name: dropped.name }), serialize.sync()]), {
          syncToFs: false,
        });
      }
    }
    prepared.set(sql, statement);
    const { types } = statement;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pg.serializers[types[i]!];
      return serializer ? serializer(value) : String(value);
    });
    const { messages } = await pg.execProtocol(
      join([
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      { syncToFs: !inTransaction },
    );
    return parse.parseResults(messages, pg.parsers, options)[0] as Results<T>;
  }

  return {
    // As PGlite's own `query`: after any transaction under way, and alone on the database.
    async query(sql, params = [], options) {
      await pg._checkReady();
      return pg._runExclusiveTransaction(() => pg._runExclusiveQuery(() => run(sql, params, options, false)));
    },
    exec: (sql) => pg.exec(sql),
    transaction: (callback) =>
      pg.transaction((tx) =>
        callback({
          query: (sql, params = [], options) => pg._runExclusiveQuery(() => run(sql, params, options, true)),
          exec: (sql) => tx.exec(sql),
          rollback: () => tx.rollback(),
        }),
      ),
  };
}

function join(messages: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(messages.reduce((length, message) => length + message.length, 0));
  let at = 0;
  for (const message of messages) {
    whole.set(message, at);
    at += message.length;
  }
  return whole;
}

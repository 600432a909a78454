import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/database.ts';

// On PostgreSQL the statements are prepared by name unless DATABASE_PREPARED_STATEMENTS=false, which a
// connection pooler in transaction mode needs: it may run the next statement on a connection that never
// prepared it. What the server holds prepared is read on the one connection that ran the statements.

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('prepared statements on PostgreSQL', () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  const preparedAfterQueries = async (env: Record<string, string>) => {
    const config = parseConfig({ DATABASE_URL: url!, ...env });
    handle = await openDatabase(config, { attempts: 1 });
    for (let i = 0; i < 3; i++) await handle.db.execute(sql`select ${i}::int as n`);
    const rows = (await handle.db.execute(
      sql`select count(*)::int as n from pg_prepared_statements`,
    )) as unknown as { n: number }[];
    return Number(rows[0]?.n);
  };

  it('prepares them by name by default', async () => {
    expect(await preparedAfterQueries({})).toBeGreaterThan(0);
  });

  it('prepares none with DATABASE_PREPARED_STATEMENTS=false', async () => {
    expect(await preparedAfterQueries({ DATABASE_PREPARED_STATEMENTS: 'false' })).toBe(0);
  });
});

import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKinds, testDatabase } from '../../test/db.ts';
import { compileStatement } from './compiled-statement.ts';
import type { Database } from './database.ts';
import { learners, sessions } from './schema/index.ts';

// A statement built once runs on the database and inside its transactions, with the rows mapped as the query
// builder maps them, and is not built again.

describe.each(databaseKinds())('a statement compiled once on %s', (kind) => {
  /** Sessions of a fresh tenant, one of them with a learner, as a left join finds them. */
  const statement = (db: Database) => {
    let built = 0;
    const run = compileStatement('compiled_statement_test', () => {
      built++;
      return db
        .select({ session: sessions, learner: learners })
        .from(sessions)
        .leftJoin(learners, eq(learners.id, sessions.learnerId))
        .where(eq(sessions.tenantId, sql.placeholder('tenant')))
        .orderBy(asc(sessions.trust));
    });
    return { run, built: () => built };
  };

  async function tenantWithSessions(db: Database) {
    const tenantId = `compiled-${crypto.randomUUID()}`;
    const [learner] = await db.insert(learners).values({ tenantId, externalId: 'ext-1' }).returning();
    const now = new Date('2026-12-03T10:00:00.000Z');
    const values = {
      tenantId,
      scenarioId: 'compiled-test',
      language: 'en' as const,
      mode: 'practice' as const,
      tension: 50,
      moodLabel: 'neutral' as const,
      createdAt: now,
      updatedAt: now,
    };
    await db.insert(sessions).values([
      { ...values, trust: 10, learnerId: learner!.id, dialogue: { beat: 2 } },
      { ...values, trust: 20 },
    ]);
    return { tenantId, learner: learner!, now };
  }

  it('answers as the query builder does, on the database and in a transaction, built once', async () => {
    const { db } = await testDatabase(kind);
    const { tenantId, learner, now } = await tenantWithSessions(db);
    const { run, built } = statement(db);
    const direct = await db
      .select({ session: sessions, learner: learners })
      .from(sessions)
      .leftJoin(learners, eq(learners.id, sessions.learnerId))
      .where(eq(sessions.tenantId, tenantId))
      .orderBy(asc(sessions.trust));

    const rows = await run(db, { tenant: tenantId });
    expect(rows).toEqual(direct);
    expect(rows.map((row) => row.learner)).toEqual([learner, null]);
    expect(rows[0]!.session).toMatchObject({ createdAt: now, dialogue: { beat: 2 } });

    // Inside a transaction it sees the transaction's own writes, and none of them once rolled back.
    await expect(
      db.transaction(async (tx) => {
        await tx.update(sessions).set({ trust: 99 }).where(eq(sessions.tenantId, tenantId));
        const inside = await run(tx, { tenant: tenantId });
        expect(inside.map((row) => row.session.trust)).toEqual([99, 99]);
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect((await run(db, { tenant: tenantId })).map((row) => row.session.trust)).toEqual([10, 20]);
    expect(await run(db, { tenant: `compiled-${crypto.randomUUID()}` })).toEqual([]);
    expect(built()).toBe(1);
  });
});

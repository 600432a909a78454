import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKinds, testDatabase } from '../../test/db.ts';
import { learners, reports, sessions, turnScores, turns } from '../db/schema/index.ts';
import { createLogger } from '../logger.ts';
import type { RehearsalEvent } from '../sessions/events.ts';
import { buildReport } from '../sessions/report.ts';
import { createSessionStore } from '../sessions/store.ts';
import { createTokenBudget } from '../sessions/token-budget.ts';
import { createEraser } from './erase.ts';
import { retentionCutoff, startRetention } from './retention.ts';

const NOW = new Date('2026-05-20T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe.each(databaseKinds())('erasure on %s', (kind) => {
  async function seed(
    tenantId: string,
    options: { learner?: string; createdAt?: Date; endedAt?: Date | null } = {},
  ) {
    const { db } = await testDatabase(kind);
    const store = createSessionStore(db);
    const createdAt = options.createdAt ?? NOW;
    const learnerId = options.learner ? await store.upsertLearner(tenantId, options.learner) : null;
    const session = await store.insertSession(
      {
        tenantId,
        learnerId,
        scenarioId: 'some-scenario',
        language: 'en',
        mode: 'practice',
        trust: 50,
        tension: 50,
        moodLabel: 'neutral',
        createdAt,
        updatedAt: createdAt,
      },
      'Hello.',
    );
    const turn = await store.insertTurn(session, {
      seq: 2,
      role: 'learner',
      content: 'A private reply.',
      status: 'complete',
      source: 'learner',
      createdAt,
    });
    await store.saveScore(
      session,
      {
        turnId: turn.id,
        engine: 'heuristic',
        overall: 50,
        result: {
          engine: 'heuristic',
          language: 'en',
          overall: 50,
          criteria: [],
          moves: [],
          flags: [],
          tips: [],
        },
        trust: 50,
        tension: 50,
        moodLabel: 'neutral',
      },
      createdAt,
    );
    await store.insertTurn(session, {
      seq: 3,
      role: 'persona',
      content: 'An answer.',
      status: 'complete',
      source: 'llm',
      promptTokens: 100,
      completionTokens: 20,
      createdAt,
    });
    if (options.endedAt !== null) {
      await store.endSession(
        session,
        { overall: 50, report: buildReport(session, [], undefined, createdAt) },
        options.endedAt ?? createdAt,
      );
    }
    return { db, session, turn };
  }

  const exists = async (sessionId: string) => {
    const { db } = await testDatabase(kind);
    const [s, t, r] = await Promise.all([
      db.select().from(sessions).where(eq(sessions.id, sessionId)),
      db.select().from(turns).where(eq(turns.sessionId, sessionId)),
      db.select().from(reports).where(eq(reports.sessionId, sessionId)),
    ]);
    return s.length + t.length + r.length > 0;
  };

  it('erases a session with its turns, scores and report, for its own tenant only', async () => {
    const tenant = `t-${randomUUID()}`;
    const { db, session, turn } = await seed(tenant);
    const eraser = createEraser(db);
    expect(await eraser.eraseSession(`other-${randomUUID()}`, session.id)).toBe(false);
    expect(await exists(session.id)).toBe(true);
    expect(await eraser.eraseSession(tenant, session.id)).toBe(true);
    expect(await exists(session.id)).toBe(false);
    expect(await db.select().from(turnScores).where(eq(turnScores.turnId, turn.id))).toEqual([]);
    expect(await eraser.eraseSession(tenant, session.id)).toBe(false);
  });

  it('erases a learner and all their sessions, but not a same-named learner of another tenant', async () => {
    const [tenant, other] = [`t-${randomUUID()}`, `t-${randomUUID()}`];
    const first = await seed(tenant, { learner: 'learner-1' });
    const second = await seed(tenant, { learner: 'learner-1' });
    const unrelated = await seed(tenant, { learner: 'learner-2' });
    const theirs = await seed(other, { learner: 'learner-1' });
    const eraser = createEraser(first.db);
    expect(await eraser.eraseLearner(tenant, 'learner-1')).toEqual({ sessions: 2 });
    expect(await exists(first.session.id)).toBe(false);
    expect(await exists(second.session.id)).toBe(false);
    expect(await exists(unrelated.session.id)).toBe(true);
    expect(await exists(theirs.session.id)).toBe(true);
    const left = await first.db
      .select()
      .from(learners)
      .where(inArray(learners.tenantId, [tenant, other]));
    expect(left.map((row) => [row.tenantId, row.externalId]).sort()).toEqual(
      [
        [tenant, 'learner-2'],
        [other, 'learner-1'],
      ].sort(),
    );
    expect(await eraser.eraseLearner(tenant, 'learner-1')).toBeNull();
  });

  it("leaves the consumer's token counter as it was when today's sessions are erased, so the budget holds", async () => {
    const tenant = `t-${randomUUID()}`;
    const { db, session } = await seed(tenant);
    const budget = createTokenBudget(db, { dailyBudget: 1000, perTurn: 400 });
    await budget.settle(await budget.charge(tenant, NOW), 120);
    expect(await budget.usedToday(tenant, NOW)).toBe(120);
    await createEraser(db).eraseSession(tenant, session.id);
    expect(await budget.usedToday(tenant, NOW)).toBe(120);
    expect(await budget.usedToday(tenant, new Date(NOW.getTime() + 86_400_000))).toBe(0);
  });

  it('retention erases ended sessions older than the cutoff and long-abandoned ones, keeps the rest', async () => {
    const tenant = `t-${randomUUID()}`;
    const old = await seed(tenant, { learner: 'gone', createdAt: daysAgo(40), endedAt: daysAgo(31) });
    const recent = await seed(tenant, { createdAt: daysAgo(40), endedAt: daysAgo(29) });
    const abandoned = await seed(tenant, { createdAt: daysAgo(45), endedAt: null });
    const running = await seed(tenant, { learner: 'staying', createdAt: daysAgo(1), endedAt: null });
    await old.db
      .update(learners)
      .set({ createdAt: daysAgo(40) })
      .where(eq(learners.tenantId, tenant));
    const lines: string[] = [];
    const announced: RehearsalEvent[] = [];
    const retention = startRetention({
      eraser: createEraser(old.db, async (event) => void announced.push(event)),
      days: 30,
      clock: () => NOW,
      logger: createLogger('info', (line) => lines.push(line)),
      intervalMs: 3_600_000,
    });
    retention.stop();
    await retention.runOnce();
    expect(await exists(old.session.id)).toBe(false);
    expect(await exists(abandoned.session.id)).toBe(false);
    expect(await exists(recent.session.id)).toBe(true);
    expect(await exists(running.session.id)).toBe(true);
    const learnerLeft = await old.db.select().from(learners).where(eq(learners.tenantId, tenant));
    expect(learnerLeft.map((row) => row.externalId)).toEqual(['staying']);
    expect(lines.join('\n')).toMatch(/retention: erased old data/);
    // The consumer's server hears of each erased session, as it would of one erased through the API.
    const erased = announced.filter((event) => event.tenantId === tenant && event.type === 'session.erased');
    expect(erased.map((event) => event.sessionId).sort()).toEqual(
      [old.session.id, abandoned.session.id].sort(),
    );
    expect(lines.join('\n')).not.toContain('A private reply.');
  });

  it('computes the cutoff from the clock', () => {
    expect(retentionCutoff(NOW, 30).toISOString()).toBe('2026-04-20T12:00:00.000Z');
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKinds, testDatabase } from '../../test/db.ts';
import { sessions } from '../db/schema/index.ts';
import { silentLogger } from '../logger.ts';
import { withTurnLease } from './lease.ts';
import { createSessionStore } from './store.ts';

// The turn lease is taken and released in one place: released once however the turn ends, and not at all
// when the persona's answer freed it.

describe.each(databaseKinds())('withTurnLease on %s', (kind) => {
  async function setup() {
    const db = (await testDatabase(kind)).db;
    const store = createSessionStore(db);
    const now = new Date();
    const session = await store.insertSession(
      {
        tenantId: `lease-${crypto.randomUUID()}`,
        scenarioId: 'lease-test',
        language: 'en',
        mode: 'practice',
        trust: 50,
        tension: 50,
        moodLabel: 'neutral',
        createdAt: now,
        updatedAt: now,
      },
      null,
    );
    let releases = 0;
    const counted = {
      ...store,
      releaseTurnLease: (leased: Parameters<typeof store.releaseTurnLease>[0]) => {
        releases++;
        return store.releaseTurnLease(leased);
      },
    };
    // The rows come back before the commit; the lease is seen by other connections once it has committed.
    const open = async () => {
      const opened = await store.openTurn(
        session.tenantId,
        session.id,
        { content: 'Hello.', idempotencyKey: null, maxLearnerTurns: 10 },
        new Date(),
      );
      if (opened) await opened.committed;
      return opened;
    };
    const leased = async () =>
      (await db.select().from(sessions).where(eq(sessions.id, session.id)))[0]!.turnLockedUntil !== null;
    const deps = { store: counted, clock: () => new Date(), logger: silentLogger };
    return { deps, open, leased, releases: () => releases };
  }

  it('holds the lease while the turn runs and releases it once when the run ends', async () => {
    const { deps, open, leased, releases } = await setup();
    const turn = await withTurnLease(deps, open, async () => ({
      run: async () => {
        expect(await leased()).toBe(true);
      },
    }));
    expect(await leased()).toBe(true);
    await turn!.run(() => {}, new AbortController().signal);
    expect(await leased()).toBe(false);
    expect(releases()).toBe(1);
  });

  it('releases it when the run fails, and when the turn cannot be made', async () => {
    const { deps, open, leased, releases } = await setup();
    const failing = await withTurnLease(deps, open, async () => ({
      run: async () => {
        throw new Error('the persona failed');
      },
    }));
    await expect(failing!.run(() => {}, new AbortController().signal)).rejects.toThrow('the persona failed');
    expect(await leased()).toBe(false);
    await expect(
      withTurnLease(deps, open, async () => {
        throw new Error('no such scenario');
      }),
    ).rejects.toThrow('no such scenario');
    expect(await leased()).toBe(false);
    expect(releases()).toBe(2);
  });

  it('runs nothing when the lease is held, and releases nothing when the answer freed it', async () => {
    const { deps, open, releases } = await setup();
    const first = await withTurnLease(deps, open, async (_opened, lease) => ({
      run: async () => lease.freedWithAnswer(),
    }));
    let asked = false;
    const second = await withTurnLease(deps, open, async () => {
      asked = true;
      return { run: async () => {} };
    });
    expect(second).toBeNull();
    expect(asked).toBe(false);
    await first!.run(() => {}, new AbortController().signal);
    expect(releases()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createSessionStore, type SessionStore } from './store.ts';

// The queries on a session's turns, verdicts, report and lease take a session the store loaded with its
// tenant. The type checker is the test that matters here: each marked line must stay a type error.
describe('the tenant scope of the session store', () => {
  it('takes no bare id where a loaded session is the key', () => {
    const typeChecks = (store: SessionStore, id: string) => {
      // @ts-expect-error a bare id names no tenant
      void store.listTurns(id);
      // @ts-expect-error a row that did not come from the store is no tenant's session
      void store.findReport({ id });
      const turn = { seq: 1, role: 'learner', content: '', status: 'complete', source: 'learner' } as const;
      // @ts-expect-error nor may a turn be stored under an id alone
      void store.insertTurn({ id }, turn);
    };
    expect(typeChecks).toBeTypeOf('function');
  });

  it('loads a session only for its own tenant, and that session is the key to its turns', async () => {
    const { db } = await testDatabase();
    const store = createSessionStore(db);
    const now = new Date();
    const tenant = `tenant-${crypto.randomUUID()}`;
    const session = await store.insertSession(
      {
        tenantId: tenant,
        scenarioId: 'any',
        language: 'en',
        mode: 'practice',
        trust: 50,
        tension: 50,
        moodLabel: 'neutral',
        createdAt: now,
        updatedAt: now,
      },
      'Hello.',
    );
    expect(await store.findSession(`other-${tenant}`, session.id)).toBeNull();
    const loaded = (await store.findSession(tenant, session.id))!;
    expect((await store.listTurns(loaded)).map((turn) => turn.content)).toEqual(['Hello.']);
  });
});

import { describe, expect, it } from 'vitest';
import type { SessionRow, TurnRow } from '../db/schema/index.ts';
import { createHeldSessions, forgettingErased, heldAfter, heldFrom, storedAfter } from './held-sessions.ts';
import type { TenantSession } from './store.ts';

// The sessions held in memory: bounded, taken out by the turn that reads one, and trusted only when the opening
// statement's rows say the same.

const at = new Date('2026-12-03T10:00:00Z');

function session(overrides: Partial<SessionRow> = {}): TenantSession {
  return {
    id: crypto.randomUUID(),
    tenantId: 'tenant-a',
    learnerId: null,
    scenarioId: 'scenario',
    scenarioVersion: 'v1',
    language: 'en',
    mode: 'practice',
    status: 'active',
    trust: 40,
    tension: 60,
    moodLabel: 'guarded',
    dialogue: null,
    turnLockedUntil: null,
    createdAt: at,
    updatedAt: at,
    endedAt: null,
    ...overrides,
  } satisfies SessionRow as TenantSession;
}

function turn(sessionId: string, seq: number, overrides: Partial<TurnRow> = {}): TurnRow {
  return {
    id: crypto.randomUUID(),
    sessionId,
    seq,
    parentSeq: seq - 1,
    role: seq % 2 === 1 ? 'persona' : 'learner',
    content: `turn ${seq}`,
    status: 'complete',
    source: seq % 2 === 1 ? 'llm' : 'learner',
    idempotencyKey: null,
    promptTokens: null,
    completionTokens: null,
    createdAt: at,
    completedAt: at,
    dialogue: null,
    ...overrides,
  };
}

describe('the sessions held', () => {
  it('keeps at most its bound, the least recently kept going first', () => {
    const held = createHeldSessions(2);
    const [a, b, c] = [session(), session(), session()];
    for (const one of [a, b]) held.keep(heldFrom(one, []));
    held.keep(heldFrom(a, []));
    held.keep(heldFrom(c, []));
    expect(held.size).toBe(2);
    expect(held.take('tenant-a', b.id)).toBeUndefined();
    expect(held.take('tenant-a', a.id)?.session).toBe(a);
    expect(held.take('tenant-a', c.id)?.session).toBe(c);
  });

  it('gives a session to its own tenant only, once: the turn that takes it puts back what it leaves', () => {
    const held = createHeldSessions();
    const one = session();
    held.keep(heldFrom(one, []));
    expect(held.take('tenant-b', one.id)).toBeUndefined();
    expect(held.take('tenant-a', one.id)).toBeDefined();
    expect(held.take('tenant-a', one.id)).toBeUndefined();
  });

  it('holds no ended session, and forgets one on request', () => {
    const held = createHeldSessions();
    const [ended, active] = [session({ status: 'ended' }), session()];
    held.keep(heldFrom(ended, []));
    held.keep(heldFrom(active, []));
    held.forget(active.id);
    expect(held.size).toBe(0);
  });

  it('holds no more a session another writer moves, whatever its turns here leave', () => {
    const held = createHeldSessions();
    const one = session();
    held.keep(heldFrom(one, []));
    held.movedElsewhere(one.id);
    held.keep(heldFrom(one, []));
    expect(held.take('tenant-a', one.id)).toBeUndefined();
  });

  it('forgets a session its eraser tells was erased, and passes every announcement on', async () => {
    const held = createHeldSessions();
    const [kept, erased] = [session(), session()];
    for (const one of [kept, erased]) held.keep(heldFrom(one, [turn(one.id, 1)]));
    const told: string[] = [];
    const announce = forgettingErased(held, async (event) => void told.push(event.type));
    const data = { sessionId: erased.id };
    await announce({ type: 'session.erased', tenantId: 'tenant-a', sessionId: erased.id, data });
    expect(told).toEqual(['session.erased']);
    expect(held.take('tenant-a', erased.id)).toBeUndefined();
    expect(held.take('tenant-a', kept.id)).toBeDefined();
  });

  it('holds the path taken, without verdicts, and the newest seq of the tree', () => {
    const one = session();
    const turns = [turn(one.id, 1), turn(one.id, 2), turn(one.id, 3), turn(one.id, 4, { parentSeq: 1 })];
    const read = heldFrom(
      one,
      turns.map((row) => ({ ...row, score: null })),
    );
    expect(read.lastSeq).toBe(4);
    expect(read.path.map((row) => row.seq)).toEqual([1, 4]);
    expect(read.path[0]).not.toHaveProperty('score');
  });

  it('after an answer: the persona turn ends the path, the mood and dialogue move as the finish stores them', () => {
    const one = session({ dialogue: { stage: 'open' } });
    const path = [turn(one.id, 1), turn(one.id, 2)];
    const persona = turn(one.id, 3);
    const mood = { trust: 55, tension: 45, moodLabel: 'neutral' as const };
    const after = heldAfter(one, path, persona, mood, undefined);
    expect(after).toMatchObject({ lastSeq: 3, session: { trust: 55, dialogue: { stage: 'open' } } });
    expect(after.path.map((row) => row.seq)).toEqual([1, 2, 3]);
    expect(heldAfter(one, path, persona, null, { stage: 'deal' }).session).toMatchObject({
      trust: 40,
      dialogue: { stage: 'deal' },
    });
  });
});

describe('storedAfter', () => {
  const one = session();
  const held = heldFrom(one, [turn(one.id, 1), turn(one.id, 2), turn(one.id, 3)]);
  const learnerId = crypto.randomUUID();
  const stored = { id: learnerId, seq: 4, parentSeq: 3 };

  it.each([
    ['the reply stored after the newest turn held', stored, true],
    ['the reply not stored (a retry stored before, or the limit)', null, false],
    ['the reply stored under another id', { ...stored, id: crypto.randomUUID() }, false],
    ['another writer added a turn', { ...stored, seq: 5, parentSeq: 4 }, false],
  ])('%s: %s', (_, opened, agrees) => {
    expect(storedAfter(held, opened, learnerId)).toBe(agrees);
  });
});

import { expect } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/database.ts';
import {
  assertComplete,
  eventNames,
  LEARNER_REPLIES,
  type StreamedTurn,
  streamTurn,
} from '../session-client.ts';

// What every fault must leave behind: the learner's words stored, nothing half-said marked complete, the
// turns before it untouched, and a session that takes the next turn.

export type TurnJson = {
  id: string;
  seq: number;
  role: 'learner' | 'persona';
  content: string;
  status: string;
  /** A scored learner turn: the mood its verdict moved the persona to. */
  mood?: Mood;
};
type Mood = { trust: number; tension: number; label: string };
export type SessionJson = { id: string; status: string; mood: Mood; turns: TurnJson[] };

export async function getSession(url: string, id: string): Promise<SessionJson> {
  const res = await fetch(`${url}/v1/sessions/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SessionJson;
}

export function errorEvent(turn: StreamedTurn) {
  const last = turn.events.at(-1);
  expect(last?.event, JSON.stringify(turn.events)).toBe('error');
  return last!.data as { code: string; message: string };
}

/** The failed turn's learner words are stored, and no persona turn after them is marked complete. */
export function expectLearnerKept(view: SessionJson, content: string) {
  const learner = view.turns.findLast((turn) => turn.role === 'learner');
  expect(learner).toMatchObject({ content, status: 'complete' });
  const after = view.turns.filter((turn) => turn.seq > learner!.seq);
  for (const turn of after) expect(turn).toMatchObject({ role: 'persona', status: 'interrupted' });
  return { learner: learner!, after };
}

/** The next turn works, and everything stored before it is as it was. */
export async function expectUsable(url: string, id: string, before: SessionJson) {
  const next = await streamTurn(url, id, LEARNER_REPLIES[2]!);
  assertComplete(next);
  expect(eventNames(next)).not.toContain('error');
  const after = await getSession(url, id);
  expect(after.turns.slice(0, before.turns.length)).toEqual(before.turns);
  expect(after.turns.slice(-2).map((turn) => [turn.role, turn.status])).toEqual([
    ['learner', 'complete'],
    ['persona', 'complete'],
  ]);
  return after;
}

/** Runs in the turn's transaction: before its statement, or after it and before the commit. */
type Window = (tx: Database) => Promise<void>;

/**
 * The app's database, whose next transaction (the next turn's open statement) waits in a window: before the
 * commit by default, or before its statement runs (`'statement'`).
 */
export function withCommitWindow(handle: DatabaseHandle) {
  let armed: { window: Window; at: 'statement' | 'commit' } | null = null;
  let ranAt = Number.NaN;
  let committedAt = Number.NaN;
  const db = new Proxy(handle.db, {
    get(target, property, receiver) {
      if (property !== 'transaction' || !armed) return Reflect.get(target, property, receiver);
      const { window, at } = armed;
      armed = null;
      return async (run: (tx: Database) => Promise<unknown>) => {
        const result = await target.transaction(async (tx) => {
          if (at === 'statement') await window(tx);
          const ran = await run(tx);
          ranAt = Date.now();
          if (at === 'commit') await window(tx);
          return ran;
        });
        committedAt = Date.now();
        return result;
      };
    },
  }) as Database;
  return {
    handle: { ...handle, db },
    /** The next transaction waits in `next`, before its commit or before its statement. */
    arm: (next: Window, at: 'statement' | 'commit' = 'commit') => {
      armed = { window: next, at };
    },
    /** When the armed transaction's statement had run. */
    ranAt: () => ranAt,
    committedAt: () => committedAt,
  };
}

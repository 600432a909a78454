import { expect } from 'vitest';
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

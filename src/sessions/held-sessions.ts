import type { SessionRow, TurnRow } from '../db/schema/index.ts';
import type { Announce } from './events.ts';
import type { TenantSession } from './store.ts';
import { pathTaken } from './tree.ts';

// The sessions this process ran a turn of lately, held in memory so that a reply which simply goes on can be read
// and the persona asked before the statement that opens its turn has run (turn.ts). Only what the rubric and the
// persona read is held: the session row (mood, dialogue state, mode, scenario version) and the path taken.
//
// What is held may be stale: another process on the same PostgreSQL database may have taken a turn of the
// session, ended it or erased it since. So there the persona is asked from it only once the session is seen
// still active (an erased session's words never reach the model); on the embedded database, which one process
// owns, every erasure goes through this process and forgets the session (`forgettingErased`). And nothing of the turn is shown before the
// statement that opens it says the reply was stored right after the newest turn held (`storedAfter`): that
// statement reads none of the session's turns back. A turn whose reply went elsewhere aborts what it started
// and goes on from the session's rows, as a turn of a session not held does.

/** At most this many sessions are held; past it the one used least recently goes. */
export const HELD_SESSIONS = 2000;

/** What the rubric and the persona read of a session before its next reply. */
export type HeldSession = {
  session: TenantSession;
  /** The path taken, oldest first; without verdicts, which neither reads. */
  path: TurnRow[];
  /** The newest seq of the whole tree: the next reply takes the one after it. */
  lastSeq: number;
};

/** The session as a statement read it: the session row and all its turns. */
export function heldFrom(session: TenantSession, turns: TurnRow[]): HeldSession {
  return {
    session,
    path: pathTaken(turns).map(bare),
    lastSeq: turns.reduce((max, turn) => Math.max(max, turn.seq), 0),
  };
}

/**
 * The session once a turn that went on from its newest turn has been answered: `path` the path to the learner
 * turn, `persona` the stored answer, the mood the verdict moved and the dialogue state the answer left (the
 * finish statement's rules: undefined leaves it as it was).
 */
export function heldAfter(
  session: TenantSession,
  path: TurnRow[],
  persona: TurnRow,
  mood: Pick<SessionRow, 'trust' | 'tension' | 'moodLabel'> | null,
  dialogue: unknown,
): HeldSession {
  return {
    session: {
      ...session,
      ...(mood ? { trust: mood.trust, tension: mood.tension, moodLabel: mood.moodLabel } : {}),
      dialogue: dialogue === undefined ? session.dialogue : (dialogue ?? null),
    },
    path: [...path.map(bare), bare(persona)],
    lastSeq: persona.seq,
  };
}

/** The learner turn the opening statement stores for a reply that goes on from the newest turn held. */
export function replyAfter(
  held: HeldSession,
  reply: { id: string; content: string; idempotencyKey: string | null; at: Date },
): TurnRow {
  return {
    id: reply.id,
    sessionId: held.session.id,
    seq: held.lastSeq + 1,
    parentSeq: held.lastSeq,
    role: 'learner',
    content: reply.content,
    status: 'complete',
    source: 'learner',
    idempotencyKey: reply.idempotencyKey,
    promptTokens: null,
    completionTokens: null,
    createdAt: reply.at,
    completedAt: reply.at,
    dialogue: null,
  };
}

/**
 * True when the statement that opened the turn stored the reply under the id chosen for it (so not a retry
 * already stored, nor a reply past the limit) as the turn after the newest one held: no writer added a turn
 * since. The session's mood and dialogue state move only with a turn added, so what was held still holds.
 */
export function storedAfter(
  held: HeldSession,
  stored: { id: string; seq: number; parentSeq: number | null } | null,
  learnerId: string,
): boolean {
  return stored?.id === learnerId && stored.seq === held.lastSeq + 1 && stored.parentSeq === held.lastSeq;
}

/**
 * The sessions held, the least recently used first out. A turn takes its session's entry out while it runs and
 * puts back what it leaves once answered, so a second turn of the same session meanwhile finds none, and a turn
 * that fails leaves none behind.
 */
export function createHeldSessions(max = HELD_SESSIONS) {
  const held = new Map<string, HeldSession>();
  /** Sessions another writer moves: held no more, whatever their turns here leave. */
  const elsewhere = new Set<string>();
  return {
    /** The session's entry, taken out; none when not held, or held for another tenant (left as it is). */
    take(tenantId: string, id: string): HeldSession | undefined {
      const one = held.get(id);
      if (one?.session.tenantId !== tenantId) return undefined;
      held.delete(id);
      return one;
    },
    /** Holds the session as it now is, while it is active. */
    keep(state: HeldSession): void {
      const id = state.session.id;
      held.delete(id);
      if (state.session.status !== 'active' || elsewhere.has(id)) return;
      held.set(id, state);
      if (held.size > max) held.delete(held.keys().next().value!);
    },
    forget(id: string): void {
      held.delete(id);
    },
    /**
     * What was held of the session was not what its rows said, or another turn held it: another writer (most
     * likely another process on the same database, its turns going to either) moves it. It is not held again,
     * so such a session costs each process one early model request thrown away, not one at every turn.
     */
    movedElsewhere(id: string): void {
      held.delete(id);
      elsewhere.add(id);
      if (elsewhere.size > max) elsewhere.delete(elsewhere.values().next().value!);
    },
    get size() {
      return held.size;
    },
  };
}

export type HeldSessions = ReturnType<typeof createHeldSessions>;

/**
 * `announce`, forgetting first each session it tells was erased: an eraser's announcements go through this, so
 * nothing of an erased session is held for a next reply, nor reaches the model again.
 */
export function forgettingErased(held: HeldSessions, announce: Announce): Announce {
  return async (event) => {
    if (event.type === 'session.erased') held.forget(event.sessionId);
    await announce(event);
  };
}

/** A turn row without what a listing adds to it (verdict, hint, alternatives): what the path needs, no more. */
function bare(turn: TurnRow & { score?: unknown; hint?: unknown; counterfactuals?: unknown }): TurnRow {
  const { score, hint, counterfactuals, ...row } = turn;
  return row;
}

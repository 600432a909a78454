import type { SQL, WithSubquery } from 'drizzle-orm';
import type { PrincipleId } from '../rubric/ids.ts';
import type { SessionMode } from '../vocabulary.ts';

// What the rehearsal announces when something happened to a session, for whoever listens (webhooks, the LRS).
// An event is announced once the change it tells of is stored. Scores follow the API's rule: an assessment
// shows none until it has ended.

export type RehearsalEvent =
  | {
      type: 'session.started';
      tenantId: string;
      sessionId: string;
      data: {
        sessionId: string;
        scenarioId: string;
        language: 'nl' | 'en';
        mode: SessionMode;
        learnerId: string | null;
      };
    }
  | {
      type: 'turn.scored';
      tenantId: string;
      sessionId: string;
      data: {
        sessionId: string;
        turnId: string;
        seq: number;
        /** 0–100; null in an assessment that has not ended. */
        overall: number | null;
        principles: { id: PrincipleId; score: number | null }[];
      };
    }
  | {
      type: 'session.ended';
      tenantId: string;
      sessionId: string;
      data: {
        sessionId: string;
        scenarioId: string;
        learnerId: string | null;
        /** `abandoned`: ended without a single reply, so without a score. */
        outcome: 'completed' | 'abandoned';
        overall: number | null;
        principles: { id: PrincipleId; mean: number | null }[];
      };
    }
  | { type: 'session.erased'; tenantId: string; sessionId: string; data: { sessionId: string } };

export type RehearsalEventType = RehearsalEvent['type'];

export const EVENT_TYPES = [
  'session.started',
  'turn.scored',
  'session.ended',
  'session.erased',
] as const satisfies readonly RehearsalEventType[];

/**
 * Never throws: a listener's failure is its own to log; the change it announces is stored already. With
 * `queueing`, a listener keeps its queue in the database, and the statement that stores a change may queue the
 * events telling of it itself.
 */
export type Announce = ((event: RehearsalEvent) => Promise<void>) & { queueing?: Queueing };

/**
 * A listener that keeps its queue in the database (the webhooks): the statement that stores a change queues the
 * events telling of it, so they are queued with the change or not at all; the other listeners hear of them once
 * that statement has run (`told`).
 */
export type Queueing = {
  /**
   * A data-modifying WITH query that queues the events in `deliveries`, a parameter holding their JSON
   * (`deliveriesOf`), for the statement that stores their change: a statement built once takes it as a
   * placeholder.
   */
  queue(deliveries: SQL): WithSubquery;
  /** The events as the queueing reads them, one JSON text: the value of its parameter. */
  deliveriesOf(events: RehearsalEvent[], now: Date): string;
  /** Tells the listeners that keep no queue in the database. Never throws. */
  others: Announce;
};

/**
 * Tells of a change stored by a statement of a store made with `announce.queueing`, once it has run: that
 * statement queued the event for the listeners that keep a queue, so only the others are told here.
 */
export const told = (announce: Announce, event: RehearsalEvent) =>
  (announce.queueing?.others ?? announce)(event);

import { createRehearseClient, RehearseApiError } from '../src/client/index.ts';
import type { SseEvent } from './sse.ts';

// Sessions over real HTTP through the typed client, as an LMS or the UI uses them: for the load and fault
// tests and the benchmark.

export const LOAD_SCENARIO_ID = 'saying-no-extra-project';

/** An in-character persona line: the role-player's character check passes it, so one request per turn. */
export const PERSONA_REPLY =
  'I hear you, and honestly it stings a bit. I had been looking forward to this for weeks, you know. ' +
  'So what happens to the work I already started on it?';

export const LEARNER_REPLIES = [
  'I can hear how disappointed you are, and that makes sense. I have to say no to the extra project: the team is full until March. What would help you most right now?',
  "I'm sorry I didn't tell you sooner; that was my mistake. Shall we sit down tomorrow at 10 and agree on what you keep and what moves?",
  'Thank you for the work you already did on it. I want to understand what matters most to you here: what do you need from me?',
];

export async function createSession(url: string, scenarioId = LOAD_SCENARIO_ID): Promise<string> {
  return (await createRehearseClient(url).createSession({ scenarioId })).id;
}

export async function endSession(url: string, id: string): Promise<void> {
  await createRehearseClient(url).endSession(id);
}

export type StreamedTurn = {
  status: number;
  /** From sending the request to the first `delta` event (NaN when none came). */
  firstTokenMs: number;
  totalMs: number;
  /** Every event but the deltas, in order; the deltas' text joined in `text`. */
  events: SseEvent[];
  text: string;
};

/**
 * Streams one turn to its end; `onEvent` sees every event as it arrives (e.g. to abort after the first delta).
 * A refusal comes back as its status with the error body as an `http-error` event; a stream that breaks off
 * throws.
 */
export async function streamTurn(
  url: string,
  sessionId: string,
  content: string,
  options: {
    apiKey?: string;
    idempotencyKey?: string;
    signal?: AbortSignal;
    onEvent?: (event: SseEvent) => void;
  } = {},
): Promise<StreamedTurn> {
  const { apiKey, onEvent, ...turnOptions } = options;
  const client = createRehearseClient(url, apiKey ? { apiKey } : {});
  const started = performance.now();
  const turn: StreamedTurn = { status: 200, firstTokenMs: Number.NaN, totalMs: 0, events: [], text: '' };
  try {
    for await (const { type, data } of client.streamTurn(sessionId, content, turnOptions)) {
      onEvent?.({ event: type, data });
      if (type === 'delta') {
        if (Number.isNaN(turn.firstTokenMs)) turn.firstTokenMs = performance.now() - started;
        turn.text += data.text;
      } else {
        turn.events.push({ event: type, data });
      }
    }
  } catch (error) {
    if (!(error instanceof RehearseApiError) || error.status === 0) throw error;
    turn.status = error.status;
    const { code, message, requestId, details } = error;
    turn.events.push({ event: 'http-error', data: { error: { code, message, requestId, details } } });
  }
  turn.totalMs = performance.now() - started;
  return turn;
}

export const eventNames = (turn: StreamedTurn) => turn.events.map((event) => event.event);

export function assertComplete(turn: StreamedTurn) {
  const names = eventNames(turn);
  if (turn.status !== 200 || names.at(-1) !== 'done' || !names.includes('persona')) {
    throw new Error(`The turn did not complete (${turn.status}): ${JSON.stringify(turn.events)}`);
  }
}

import { readSse, type SseEvent } from './sse.ts';

// A client of the sessions API over real HTTP, as an LMS or the UI would use it: for the load and fault
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
  const res = await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId }),
  });
  if (res.status !== 201) throw new Error(`POST /v1/sessions answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export async function endSession(url: string, id: string): Promise<void> {
  const res = await fetch(`${url}/v1/sessions/${id}/end`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`POST /end answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
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

/** Streams one turn to its end; `onEvent` sees every event as it arrives (e.g. to abort after the first delta). */
export async function streamTurn(
  url: string,
  sessionId: string,
  content: string,
  options: {
    signal?: AbortSignal;
    headers?: Record<string, string>;
    onEvent?: (event: SseEvent) => void;
  } = {},
): Promise<StreamedTurn> {
  const started = performance.now();
  const res = await fetch(`${url}/v1/sessions/${sessionId}/turns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...options.headers },
    body: JSON.stringify({ content }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const turn: StreamedTurn = {
    status: res.status,
    firstTokenMs: Number.NaN,
    totalMs: 0,
    events: [],
    text: '',
  };
  if (res.status !== 200) {
    turn.events.push({ event: 'http-error', data: await res.json().catch(() => null) });
    turn.totalMs = performance.now() - started;
    return turn;
  }
  for await (const event of readSse(res)) {
    options.onEvent?.(event);
    if (event.event === 'delta') {
      if (Number.isNaN(turn.firstTokenMs)) turn.firstTokenMs = performance.now() - started;
      turn.text += (event.data as { text: string }).text;
    } else {
      turn.events.push(event);
    }
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

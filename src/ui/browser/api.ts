// The HTTP API as the UI calls it. Every failure becomes an ApiError with a code the views translate
// into a friendly sentence; the raw server message is kept for the console, not shown.

import { readSse } from '../../client/sse.ts';
import type { SessionMode, SessionStatus } from '../../vocabulary.ts';
import { authHeaders } from './embed.ts';

import type {
  Mood,
  Principles,
  Progress,
  Report,
  RubricResult,
  ScenarioDetail,
  ScenarioSummary,
  Session,
  Turn,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...authHeaders(),
      },
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(
      response.status,
      body.error?.code ?? 'http_error',
      body.error?.message ?? response.statusText,
    );
  } catch {
    return new ApiError(response.status, 'http_error', response.statusText);
  }
}

const post = <T>(path: string, body: unknown) =>
  request<T>(path, { method: 'POST', body: JSON.stringify(body) });

export const api = {
  scenarios: (language: string) =>
    request<{ scenarios: ScenarioSummary[] }>(`/v1/scenarios?language=${encodeURIComponent(language)}`),
  scenario: (id: string) => request<ScenarioDetail>(`/v1/scenarios/${encodeURIComponent(id)}`),
  principles: () => request<Principles>('/v1/principles'),
  startSession: (body: { scenarioId: string; mode: SessionMode; learnerId: string }) =>
    post<Session>('/v1/sessions', body),
  session: (id: string) => request<Session>(`/v1/sessions/${encodeURIComponent(id)}`),
  endSession: (id: string) => post<Report>(`/v1/sessions/${encodeURIComponent(id)}/end`, {}),
  report: (id: string) => request<Report>(`/v1/sessions/${encodeURIComponent(id)}/report`),
  progress: (learnerId: string) =>
    request<Progress>(`/v1/learners/${encodeURIComponent(learnerId)}/progress`),
};

/** `feedback` comes after `learner`, before `persona`: first without a judge, among the `delta`s with one. */
export type TurnHandlers = {
  learner(turn: Turn): void;
  feedback(result: RubricResult): void;
  mood(mood: Mood): void;
  delta(text: string): void;
  persona(turn: Turn): void;
  done(result: { sessionStatus: SessionStatus }): void;
};

/**
 * Sends a reply and streams the answer. Resolves after `done`; rejects with an ApiError on an HTTP
 * error, an `error` event, or a stream that ends without `done` (a lost connection).
 */
export async function streamTurn(
  sessionId: string,
  content: string,
  idempotencyKey: string,
  handlers: TurnHandlers,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/v1/sessions/${encodeURIComponent(sessionId)}/turns`, {
      method: 'POST',
      // The same key on a re-send: the server does not store the reply twice, it asks the persona again.
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
        ...authHeaders(),
      },
      body: JSON.stringify({ content }),
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok || !response.body) throw await toApiError(response);

  let finished = false;
  let failure: ApiError | null = null;
  try {
    for await (const { event, data } of readSse(response.body)) {
      const payload = JSON.parse(data) as never;
      switch (event) {
        case 'learner':
          handlers.learner(payload);
          break;
        case 'feedback':
          handlers.feedback(payload);
          break;
        case 'mood':
          handlers.mood(payload);
          break;
        case 'delta':
          handlers.delta((payload as { text: string }).text);
          break;
        case 'persona':
          handlers.persona(payload);
          break;
        case 'done':
          finished = true;
          handlers.done(payload);
          break;
        case 'error': {
          const { code, message } = payload as { code?: string; message?: string };
          failure = new ApiError(502, code ?? 'upstream_error', message ?? 'The stream failed.');
          break;
        }
      }
      if (finished || failure) break;
    }
  } catch (error) {
    if (!finished) throw new ApiError(0, 'network', error instanceof Error ? error.message : 'stream broke');
  }
  if (failure) throw failure;
  if (!finished) throw new ApiError(0, 'network', 'The stream ended before the answer was complete.');
}

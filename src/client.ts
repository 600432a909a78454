// A typed client for consumers of the Rehearse API. The types come from the route definitions themselves
// (type-only imports: nothing of the server is loaded at run time), so the client follows the contract.
import type { z } from '@hono/zod-openapi';
import type { getScenario, listScenarios } from './routes/scenarios/scenarios.routes.ts';
import type {
  createSession,
  endSession,
  getSession,
  learnerProgress,
  takeTurn,
} from './routes/sessions/sessions.routes.ts';
import type { getXapi } from './routes/xapi/xapi.routes.ts';
import { createSseParser } from './ui/client/sse.ts';

type Json<Route, Status extends number = 200> = Route extends {
  responses: { [S in Status]: { content: { 'application/json': { schema: infer Schema } } } };
}
  ? Schema extends z.ZodType
    ? z.output<Schema>
    : never
  : never;
type Body<Route> = Route extends {
  request: { body: { content: { 'application/json': { schema: infer Schema } } } };
}
  ? Schema extends z.ZodType
    ? z.input<Schema>
    : never
  : never;

export type ScenarioList = Json<typeof listScenarios>;
export type ScenarioDetail = Json<typeof getScenario>;
export type CreateSessionInput = Body<typeof createSession>;
export type Session = Json<typeof getSession>;
export type TurnAnswer = Json<typeof takeTurn>;
export type Report = Json<typeof endSession>;
export type Progress = Json<typeof learnerProgress>;
export type XapiStatements = Json<typeof getXapi>;
type Turn = TurnAnswer['learner'];

/** The server-sent events of a streamed turn, in order: learner, feedback (practice), mood, delta…, persona, done. */
export type TurnEvent =
  | { type: 'learner'; data: Turn }
  | { type: 'feedback'; data: NonNullable<TurnAnswer['feedback']> }
  | { type: 'mood'; data: TurnAnswer['mood'] }
  | { type: 'delta'; data: { text: string } }
  | { type: 'persona'; data: Turn }
  | { type: 'done'; data: { sessionStatus: 'active' | 'ended' } }
  | { type: 'error'; data: { code: string; message: string } };

/** Any error answer of the API: `{ error: { code, message, details?, requestId } }` with its status. */
export class RehearseApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RehearseApiError';
  }
}

export type RehearseClientOptions = {
  /** An API key (`rh_…`); leave out for a server on loopback with AUTH=none. */
  apiKey?: string;
  fetch?: typeof fetch;
};

export function createRehearseClient(baseUrl: string, options: RehearseClientOptions = {}) {
  const base = baseUrl.replace(/\/+$/, '');
  const send = options.fetch ?? fetch;
  const path = (template: string, ...values: string[]) =>
    template.replace(/\{\}/g, () => encodeURIComponent(values.shift() ?? ''));

  async function request(
    method: string,
    url: string,
    init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal | undefined } = {},
  ): Promise<Response> {
    const res = await send(`${base}${url}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.signal ? { signal: init.signal } : {}),
    });
    if (!res.ok) throw await toError(res);
    return res;
  }
  const json = async <T>(method: string, url: string, body?: unknown): Promise<T> =>
    (await request(method, url, { body })).json() as Promise<T>;

  return {
    listScenarios: (query: { language?: 'nl' | 'en'; category?: string; difficulty?: string } = {}) => {
      const search = new URLSearchParams(
        Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
      ).toString();
      return json<ScenarioList>('GET', `/v1/scenarios${search ? `?${search}` : ''}`);
    },
    getScenario: (id: string) => json<ScenarioDetail>('GET', path('/v1/scenarios/{}', id)),
    createSession: (input: CreateSessionInput) => json<Session>('POST', '/v1/sessions', input),
    getSession: (id: string) => json<Session>('GET', path('/v1/sessions/{}', id)),
    /** One turn as one JSON answer (no streaming). */
    takeTurn: async (id: string, content: string, turn: { idempotencyKey?: string } = {}) =>
      (
        await request('POST', path('/v1/sessions/{}/turns', id), {
          body: { content },
          headers: turn.idempotencyKey ? { 'idempotency-key': turn.idempotencyKey } : {},
        })
      ).json() as Promise<TurnAnswer>,
    /**
     * One turn, streamed: yields the events as they arrive. A refusal before the stream starts (unknown
     * session, turn limit, …) throws RehearseApiError; a failure during it arrives as an `error` event.
     */
    streamTurn: (
      id: string,
      content: string,
      turn: { idempotencyKey?: string; signal?: AbortSignal } = {},
    ): AsyncIterable<TurnEvent> => ({
      async *[Symbol.asyncIterator]() {
        const res = await request('POST', path('/v1/sessions/{}/turns', id), {
          body: { content },
          headers: {
            accept: 'text/event-stream',
            ...(turn.idempotencyKey ? { 'idempotency-key': turn.idempotencyKey } : {}),
          },
          signal: turn.signal,
        });
        const queue: TurnEvent[] = [];
        const parser = createSseParser(({ event, data }) => {
          queue.push({ type: event, data: JSON.parse(data) } as TurnEvent);
        });
        const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            parser.push(value);
            while (queue.length > 0) yield queue.shift()!;
          }
          parser.end();
          while (queue.length > 0) yield queue.shift()!;
        } finally {
          await reader.cancel().catch(() => {});
        }
      },
    }),
    endSession: (id: string) => json<Report>('POST', path('/v1/sessions/{}/end', id)),
    getReport: (id: string) => json<Report>('GET', path('/v1/sessions/{}/report', id)),
    getProgress: (learnerId: string) => json<Progress>('GET', path('/v1/learners/{}/progress', learnerId)),
    getXapi: (id: string) => json<XapiStatements>('GET', path('/v1/sessions/{}/xapi', id)),
    deleteSession: async (id: string) => {
      await request('DELETE', path('/v1/sessions/{}', id));
    },
    deleteLearner: async (learnerId: string) => {
      await request('DELETE', path('/v1/learners/{}', learnerId));
    },
  };
}

export type RehearseClient = ReturnType<typeof createRehearseClient>;

async function toError(res: Response): Promise<RehearseApiError> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; requestId?: string; details?: unknown };
  } | null;
  const error = body?.error;
  return new RehearseApiError(
    res.status,
    error?.code ?? 'http_error',
    error?.message ?? `HTTP ${res.status}`,
    error?.requestId ?? null,
    error?.details,
  );
}

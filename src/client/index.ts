// The Rehearse API client: typed from the OpenAPI document (`api-types.ts`, generated from the route
// definitions), with no dependencies, for Node 18+ and browsers. Built and packed as its own package.
import type { components, operations, paths } from './api-types.ts';
import { readSse } from './sse.ts';

export { verifyWebhookSignature, type WebhookHeaders } from './webhooks.ts';
export type { components, operations, paths };

type Schemas = components['schemas'];
export type ScenarioList = Schemas['ScenarioList'];
export type ScenarioSummary = Schemas['ScenarioSummary'];
export type ScenarioDetail = Schemas['Scenario'];
export type Principles = Schemas['Principles'];
export type CreateSessionInput = Schemas['CreateSession'];
export type Session = Schemas['Session'];
export type Turn = Schemas['Turn'];
export type Mood = Schemas['Mood'];
export type RubricResult = Schemas['RubricResult'];
export type TurnAnswer = Schemas['TurnAnswer'];
export type Hint = Schemas['Hint'];
export type PathTurn = Schemas['PathTurn'];
export type Attempt = Schemas['Attempt'];
export type Comparison = Schemas['Comparison'];
export type Counterfactual = Schemas['Counterfactual'];
export type CounterfactualComparison = Schemas['CounterfactualComparison'];
export type WhatIfInput = Schemas['WhatIfInput'];
export type Report = Schemas['Report'];
export type Progress = Schemas['Progress'];
export type ProgressReport = Schemas['ProgressReport'];
export type XapiStatements = Schemas['XapiStatements'];
export type XapiActor = Schemas['XapiActor'];
export type LearnerActor = Schemas['LearnerActor'];
export type Webhook = Schemas['Webhook'];
export type CreatedWebhook = Schemas['CreatedWebhook'];
export type WebhookList = Schemas['WebhookList'];
export type WebhookDeliveryList = Schemas['WebhookDeliveryList'];
export type ValidScenario = Schemas['ValidScenario'];
export type ScoreRequest = Schemas['ScoreRequest'];
export type StudioFile = Schemas['StudioFile'];
export type StudioFileList = Schemas['StudioFileList'];
export type StudioCheck = Schemas['StudioCheck'];
export type StudioSaved = Schemas['StudioSaved'];
export type StudioTemplateRequest = Schemas['StudioTemplateRequest'];
export type StudioTemplate = Schemas['StudioTemplate'];
export type StudioPreview = Schemas['StudioPreview'];
export type StudioPreviewTurn = Schemas['StudioPreviewTurn'];
export type ScenarioFigures = Schemas['ScenarioFigures'];
export type ScenarioAnalytics =
  operations['getScenarioAnalytics']['responses'][200]['content']['application/json'];
export type PrincipleTrends =
  operations['getPrincipleTrends']['responses'][200]['content']['application/json'];
export type PrincipleTrend = PrincipleTrends['principles'][number];
/** How many weeks back the figures reach (1–104; 12 when left out). */
export type AnalyticsQuery = { weeks?: number };
export type ScenarioAgreement = Schemas['ScenarioAgreement'];
export type ErrorCode = Schemas['Error']['error']['code'];
export type WebhookEventType = Webhook['events'][number];

/**
 * The server-sent events of a streamed turn, in order: learner, feedback (practice), mood, delta…, persona,
 * done. With an LLM judge, feedback comes whenever the judge answers: after mood, before persona.
 */
export type TurnEvent = Schemas['TurnStreamEvent'] extends infer Event
  ? Event extends { event: infer Type; data: infer Data }
    ? { type: Type; data: Data }
    : never
  : never;

/**
 * Any error answer of the API: `{ error: { code, message, details?, requestId } }` with its status; or, with
 * status 0 and code `network`, a server that could not be reached or a stream that broke off.
 */
export class RehearseApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'http_error' | 'network',
    message: string,
    readonly requestId: string | null,
    readonly details?: Schemas['ErrorDetails'],
  ) {
    super(message);
    this.name = 'RehearseApiError';
  }
}

export type RehearseClientOptions = {
  /** An API key (`rh_…`); leave out for a server on loopback with AUTH=none, or a page it serves. */
  apiKey?: string;
  fetch?: typeof fetch;
};

/** One page of a list: pass `nextCursor` back as `cursor` for the next. */
export type PageQuery = { limit?: number; cursor?: string };

/** `baseUrl` is the server's address; `''` for the server that served the page. */
export function createRehearseClient(baseUrl: string, options: RehearseClientOptions = {}) {
  const base = baseUrl.replace(/\/+$/, '');
  const send = options.fetch ?? fetch;
  const path = (template: string, ...values: string[]) =>
    template.replace(/\{\}/g, () => encodeURIComponent(values.shift() ?? ''));
  const withQuery = (url: string, query: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams(
      Object.entries(query).flatMap(([name, value]) =>
        value === undefined || value === '' ? [] : [[name, String(value)]],
      ),
    ).toString();
    return search ? `${url}?${search}` : url;
  };

  async function request(
    method: string,
    url: string,
    init: {
      body?: unknown;
      yaml?: string;
      headers?: Record<string, string>;
      signal?: AbortSignal | undefined;
    } = {},
  ): Promise<Response> {
    const res = await send(`${base}${url}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.yaml === undefined ? {} : { 'content-type': 'application/yaml' }),
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.yaml === undefined ? {} : { body: init.yaml }),
      ...(init.signal ? { signal: init.signal } : {}),
    }).catch((error: unknown) => {
      throw networkError(error, init.signal);
    });
    if (!res.ok) throw await toError(res);
    return res;
  }
  /** A new reply, or one that takes the place of reply `replaces`. */
  const turnPath = (id: string, replaces: string | undefined) =>
    replaces ? path('/v1/sessions/{}/turns/{}/attempts', id, replaces) : path('/v1/sessions/{}/turns', id);
  const json = async <T>(method: string, url: string, body?: unknown): Promise<T> =>
    (await request(method, url, { body })).json() as Promise<T>;
  const none = async (method: string, url: string): Promise<void> => {
    await (await request(method, url)).body?.cancel();
  };
  /** `en/foo.yaml` → `/v1/studio/files/en/foo.yaml`, each part escaped. */
  const studioFile = (file: string) =>
    `/v1/studio/files/${file.split('/').map(encodeURIComponent).join('/')}`;

  return {
    listScenarios: (
      query: { language?: 'nl' | 'en'; category?: string; difficulty?: string } & PageQuery = {},
    ) => json<ScenarioList>('GET', withQuery('/v1/scenarios', query)),
    getScenario: (id: string) => json<ScenarioDetail>('GET', path('/v1/scenarios/{}', id)),
    /** Checks a scenario file's YAML text; an invalid one throws 422 `invalid_scenario` with every problem. */
    validateScenario: async (yaml: string) =>
      (await request('POST', '/v1/scenarios/validate', { yaml })).json() as Promise<ValidScenario>,
    /** Scores one reply with the rubric, outside any session. */
    scoreReply: (input: ScoreRequest) => json<RubricResult>('POST', '/v1/rubric/score', input),
    /** The method: its principles and the conversational moves the rubric recognises, in both languages. */
    listPrinciples: () => json<Principles>('GET', '/v1/principles'),
    createSession: (input: CreateSessionInput) => json<Session>('POST', '/v1/sessions', input),
    getSession: (id: string) => json<Session>('GET', path('/v1/sessions/{}', id)),
    /**
     * One turn as one JSON answer (no streaming). With `replaces` (a learner turn of the conversation as it
     * stands, practice mode) the reply takes that one's place: it is taken back, kept as an earlier attempt,
     * and the persona answers the new one from the state before it.
     */
    takeTurn: async (
      id: string,
      content: string,
      turn: { idempotencyKey?: string; replaces?: string } = {},
    ) =>
      (
        await request('POST', turnPath(id, turn.replaces), {
          body: { content },
          headers: turn.idempotencyKey ? { 'idempotency-key': turn.idempotencyKey } : {},
        })
      ).json() as Promise<TurnAnswer>,
    /**
     * One turn, streamed: yields the events as they arrive. A refusal before the stream starts (unknown
     * session, turn limit, …) throws RehearseApiError; a failure during it arrives as an `error` event; a
     * stream that breaks off before `done` or `error` throws RehearseApiError `network`. Send a reply again
     * with the same `idempotencyKey`: the server does not store it twice.
     */
    streamTurn: (
      id: string,
      content: string,
      turn: { idempotencyKey?: string; signal?: AbortSignal; replaces?: string } = {},
    ): AsyncIterable<TurnEvent> => ({
      async *[Symbol.asyncIterator]() {
        const res = await request('POST', turnPath(id, turn.replaces), {
          body: { content },
          headers: {
            accept: 'text/event-stream',
            ...(turn.idempotencyKey ? { 'idempotency-key': turn.idempotencyKey } : {}),
          },
          signal: turn.signal,
        });
        let last: TurnEvent['type'] | null = null;
        try {
          for await (const { event, data } of readSse(res.body!)) {
            last = event as TurnEvent['type'];
            yield { type: event, data: JSON.parse(data) } as TurnEvent;
          }
        } catch (error) {
          throw networkError(error, turn.signal);
        }
        if (last !== 'done' && last !== 'error') {
          throw new RehearseApiError(0, 'network', 'The stream ended before the turn was complete.', null);
        }
      },
    }),
    /**
     * "What could I say?": a hint before the next reply (practice mode only). Asked again before replying, the
     * same hint; the reply it came before carries it as `hint`. With `replaces` (a reply being taken back), the
     * hint is for the point that reply followed.
     */
    askHint: (id: string, at: { replaces?: string } = {}) =>
      json<Hint>('POST', withQuery(path('/v1/sessions/{}/hints', id), { replaces: at.replaces })),
    /**
     * "What if I had said…": plays an alternative at learner turn `turnId` (practice mode) against the persona
     * from the same point, without changing the conversation: the rubric's suggested phrasing, a golden
     * example, or the learner's own words. Kept beside the turn; sent again with the same `idempotencyKey`,
     * the same alternative comes back without asking the persona again.
     */
    whatIf: async (
      id: string,
      turnId: string,
      input: WhatIfInput,
      options: { idempotencyKey?: string } = {},
    ) =>
      (
        await request('POST', path('/v1/sessions/{}/turns/{}/counterfactuals', id, turnId), {
          body: input,
          headers: options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {},
        })
      ).json() as Promise<Counterfactual>,
    endSession: (id: string) => json<Report>('POST', path('/v1/sessions/{}/end', id)),
    getReport: (id: string) => json<Report>('GET', path('/v1/sessions/{}/report', id)),
    getLearnerProgress: (learnerId: string, page: PageQuery = {}) =>
      json<Progress>('GET', withQuery(path('/v1/learners/{}/progress', learnerId), page)),
    getSessionXapi: (id: string) => json<XapiStatements>('GET', path('/v1/sessions/{}/xapi', id)),
    getLearnerActor: (learnerId: string) =>
      json<LearnerActor>('GET', path('/v1/learners/{}/actor', learnerId)),
    /** Names the learner in every xAPI statement as your own system knows them. */
    setLearnerActor: (learnerId: string, actor: XapiActor) =>
      json<LearnerActor>('PUT', path('/v1/learners/{}/actor', learnerId), actor),
    deleteLearnerActor: (learnerId: string) => none('DELETE', path('/v1/learners/{}/actor', learnerId)),
    /** Registers an HTTPS endpoint for events; the answer's `secret` is shown this once. */
    createWebhook: (input: Schemas['CreateWebhook']) => json<CreatedWebhook>('POST', '/v1/webhooks', input),
    listWebhooks: (page: PageQuery = {}) => json<WebhookList>('GET', withQuery('/v1/webhooks', page)),
    getWebhook: (id: string) => json<Webhook>('GET', path('/v1/webhooks/{}', id)),
    deleteWebhook: (id: string) => none('DELETE', path('/v1/webhooks/{}', id)),
    listWebhookDeliveries: (id: string, page: PageQuery = {}) =>
      json<WebhookDeliveryList>('GET', withQuery(path('/v1/webhooks/{}/deliveries', id), page)),
    deleteSession: (id: string) => none('DELETE', path('/v1/sessions/{}', id)),
    deleteLearner: (learnerId: string) => none('DELETE', path('/v1/learners/{}', learnerId)),

    // The scenario studio (scope `author`): the files of the server's scenario folder, checked, saved, played.
    listStudioFiles: () => json<StudioFileList>('GET', '/v1/studio/files'),
    /** `file` is `<language>/<name>.yaml`; the answer's `version` is what a save names as `baseVersion`. */
    getStudioFile: (file: string) => json<StudioFile>('GET', studioFile(file)),
    /** The same check as `scenarios:check --strict`, golden examples scored; `file` names where it would be saved. */
    checkScenarioText: (text: string, file?: string) =>
      json<StudioCheck>('POST', '/v1/studio/check', file ? { text, file } : { text }),
    /**
     * Saves a file that passes the strict check. `baseVersion` is the version it was opened at (null for a new
     * file): changed on disk since, it throws 409 `file_changed` with both versions.
     */
    saveStudioFile: (file: string, text: string, baseVersion: string | null) =>
      json<StudioSaved>('PUT', studioFile(file), { text, baseVersion }),
    /** A new file's text from a category template, or a translation started from the other language's file. */
    createStudioTemplate: (input: StudioTemplateRequest) =>
      json<StudioTemplate>('POST', '/v1/studio/templates', input),
    /** The scenario format as a JSON Schema, for completion in an editor. */
    getScenarioSchema: () => json<Record<string, unknown>>('GET', '/v1/studio/schema'),
    /** Plays unsaved text: a preview that is never stored and never in the library. */
    startPreview: (text: string) => json<StudioPreview>('POST', '/v1/studio/previews', { text }),
    previewTurn: (previewId: string, reply: string) =>
      json<StudioPreviewTurn>('POST', path('/v1/studio/previews/{}/turns', previewId), { reply }),

    // Analytics (a key with the `analytics` scope): the calling consumer's own figures; a figure over fewer than
    // `minLearners` learners is null, a week with too few left out.
    getScenarioAnalytics: (query: AnalyticsQuery = {}) =>
      json<ScenarioAnalytics>('GET', withQuery('/v1/analytics/scenarios', query)),
    getPrincipleTrends: (query: AnalyticsQuery = {}) =>
      json<PrincipleTrends>('GET', withQuery('/v1/analytics/principles', query)),
    /** The same figures as a CSV file's text (`scenarios` or the `principles`' weeks), for a spreadsheet. */
    getAnalyticsCsv: async (table: 'scenarios' | 'principles', query: AnalyticsQuery = {}) =>
      (
        await request('GET', withQuery(`/v1/analytics/${table}`, { ...query, format: 'csv' }), {
          headers: { accept: 'text/csv' },
        })
      ).text(),

    /**
     * How far to trust a scenario's scores (`analytics` or `author` scope): the golden examples against their
     * authors' ratings, and the judge against the heuristic per principle over your own consumer's replies.
     */
    getAgreement: (scenarioId: string) =>
      json<ScenarioAgreement>('GET', withQuery('/v1/analytics/agreement', { scenarioId })),
  };
}

export type RehearseClient = ReturnType<typeof createRehearseClient>;

async function toError(res: Response): Promise<RehearseApiError> {
  const body = (await res.json().catch(() => null)) as Partial<Schemas['Error']> | null;
  const error = body?.error;
  return new RehearseApiError(
    res.status,
    error?.code ?? 'http_error',
    error?.message ?? `HTTP ${res.status}`,
    error?.requestId ?? null,
    error?.details,
  );
}

/** A fetch or a stream that failed under way; an abort the caller asked for stays what it is. */
function networkError(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return error;
  return new RehearseApiError(0, 'network', error instanceof Error ? error.message : String(error), null);
}

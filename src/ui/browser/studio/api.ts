// The studio's calls to its server (the routes under /v1/studio), with the page's API key when it has one.
// Errors arrive as the API client's RehearseApiError, so 403, 409 and 422 read the same everywhere.
import { RehearseApiError } from '../../../client/index.ts';
import type { Problem } from './diagnostics.ts';
import type { JsonSchema } from './schema-complete.ts';

export type StudioFile = {
  file: string;
  id: string;
  language: string;
  status: 'draft' | 'published' | null;
  title: string | null;
  version: string;
};

export type ExampleCheck = {
  index: number;
  line: number;
  expected: string;
  got: string;
  score: number;
  inBand: boolean;
  principles: Record<string, number>;
  moves: string[];
  /** The must-do acts (acts.core) the reply does, and those it misses, by label. */
  actsMet: string[];
  actsMissed: string[];
  /** The must-not acts the reply does. */
  mustNotDone: string[];
};

export type CheckAnswer = { valid: boolean; problems: Problem[]; examples: ExampleCheck[] };

export type Preview = {
  previewId: string;
  title: string;
  persona: { name: string; role: string };
  opening: string[];
  language: string;
};

export type PreviewTurn = {
  persona: { text: string };
  mood: { value: number; label?: string };
  feedback: { overall?: number; criteria?: { id: string; score: number | null }[] } | null;
  ended: boolean;
};

export type TemplateRequest =
  | { kind: 'new'; category: string; language: string; id: string; title?: string }
  | { kind: 'translation'; from: string; language: string; id: string };

/** `en/foo.yaml` → `/v1/studio/files/en/foo.yaml`, each part escaped. */
const filePath = (file: string) => `/v1/studio/files/${file.split('/').map(encodeURIComponent).join('/')}`;

export function createStudioApi(apiKey: string | null, send: typeof fetch = fetch) {
  async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
    const res = await send(url, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).catch((error: unknown) => {
      throw new RehearseApiError(0, 'network', error instanceof Error ? error.message : String(error), null);
    });
    const answer = (await res.json().catch(() => null)) as
      | (T & { error?: undefined })
      | { error?: { code?: string; message?: string; requestId?: string; details?: unknown } }
      | null;
    if (!res.ok) {
      const error = answer?.error;
      throw new RehearseApiError(
        res.status,
        (error?.code ?? 'http_error') as RehearseApiError['code'],
        error?.message ?? `HTTP ${res.status}`,
        error?.requestId ?? null,
        error?.details as RehearseApiError['details'],
      );
    }
    return answer as T;
  }

  return {
    schema: () => call<JsonSchema>('GET', '/v1/studio/schema'),
    files: () => call<{ files: StudioFile[] }>('GET', '/v1/studio/files'),
    open: (file: string) => call<{ file: string; text: string; version: string }>('GET', filePath(file)),
    check: (text: string, file: string | null) =>
      call<CheckAnswer>('POST', '/v1/studio/check', file ? { text, file } : { text }),
    save: (file: string, text: string, baseVersion: string | null) =>
      call<{ file: string; version: string }>('PUT', filePath(file), { text, baseVersion }),
    template: (request: TemplateRequest) =>
      call<{ file: string; text: string }>('POST', '/v1/studio/templates', request),
    preview: (text: string) => call<Preview>('POST', '/v1/studio/previews', { text }),
    turn: (previewId: string, reply: string) =>
      call<PreviewTurn>('POST', `/v1/studio/previews/${encodeURIComponent(previewId)}/turns`, { reply }),
  };
}

export type StudioApi = ReturnType<typeof createStudioApi>;

/** The problems a 422 `scenario_invalid` carries, when it does. */
export function problemsOf(error: unknown): Problem[] {
  const details = error instanceof RehearseApiError ? (error.details as unknown) : null;
  const problems = (details as { problems?: unknown } | null)?.problems;
  return Array.isArray(problems) ? (problems as Problem[]) : [];
}

/** Both sides of a 409 `file_changed`. */
export function conflictOf(
  error: unknown,
): { theirs: { text: string; version: string } | null; yours: { text: string } } | null {
  if (!(error instanceof RehearseApiError) || error.code !== ('file_changed' as RehearseApiError['code']))
    return null;
  const details = error.details as unknown as {
    theirs?: { text: string; version: string } | null;
    yours?: { text: string };
  };
  return details && 'theirs' in details && details.yours
    ? { theirs: details.theirs ?? null, yours: details.yours }
    : null;
}

// The studio's calls to its server (the routes under /v1/studio), with the page's API key when it has one.
// Errors arrive as the API client's RehearseApiError, so 403, 409 and 422 read the same everywhere.
import { type components, RehearseApiError } from '../../../client/index.ts';
import type { Problem } from './diagnostics.ts';
import type { JsonSchema } from './schema-complete.ts';

type Schemas = components['schemas'];
export type StudioFile = Schemas['StudioFileList']['files'][number];
export type ExampleCheck = Schemas['StudioExample'];
export type CheckAnswer = Schemas['StudioCheck'];

export type Preview = Schemas['StudioPreview'];
export type PreviewTurn = Schemas['StudioPreviewTurn'];
export type TemplateRequest = Schemas['StudioTemplateRequest'];

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
    open: (file: string) => call<Schemas['StudioFile']>('GET', filePath(file)),
    check: (text: string, file: string | null) =>
      call<CheckAnswer>('POST', '/v1/studio/check', file ? { text, file } : { text }),
    save: (file: string, text: string, baseVersion: string | null) =>
      call<Schemas['StudioSaved']>('PUT', filePath(file), {
        text,
        baseVersion,
      } satisfies Schemas['StudioSaveRequest']),
    template: (request: TemplateRequest) =>
      call<Schemas['StudioTemplate']>('POST', '/v1/studio/templates', request),
    preview: (text: string) =>
      call<Preview>('POST', '/v1/studio/previews', { text } satisfies Schemas['StudioPreviewRequest']),
    turn: (previewId: string, reply: string) =>
      call<PreviewTurn>('POST', `/v1/studio/previews/${encodeURIComponent(previewId)}/turns`, {
        reply,
      } satisfies Schemas['StudioPreviewReply']),
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

// The studio's answers as the typed API client gives them, and what its errors carry: 422's problems and
// 409's two versions. Errors arrive as RehearseApiError, so 403, 409 and 422 read the same everywhere.
import { type components, RehearseApiError, type RehearseClient } from '../../../client/index.ts';
import type { Problem } from './diagnostics.ts';

type Schemas = components['schemas'];
export type StudioFile = Schemas['StudioFileList']['files'][number];
export type ExampleCheck = Schemas['StudioExample'];
export type CheckAnswer = Schemas['StudioCheck'];

export type Preview = Schemas['StudioPreview'];
export type PreviewTurn = Schemas['StudioPreviewTurn'];
export type TemplateRequest = Schemas['StudioTemplateRequest'];

/** The studio talks to its server through the typed API client, like the chat. */
export type StudioApi = RehearseClient;

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

import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { TurnRow } from './db/schema/index.ts';
import { redactKeys } from './redact.ts';
import type { ScenarioError } from './scenarios/errors.ts';

// One error type for the whole API; every 4xx/5xx leaves as { error: { code, message, details?, requestId } }.

const STATUS_BY_CODE = {
  invalid_json: 400,
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  turn_in_progress: 409,
  turn_superseded: 409,
  session_ended: 409,
  session_erased: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  invalid_scenario: 422,
  idempotency_key_reused: 422,
  reply_too_long: 422,
  turn_limit_reached: 422,
  rate_limited: 429,
  token_budget_exceeded: 429,
  internal: 500,
  upstream_error: 502,
  upstream_rate_limited: 502,
  upstream_interrupted: 502,
  llm_not_configured: 503,
  not_configured: 503,
  database_unavailable: 503,
  not_ready: 503,
  upstream_timeout: 504,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof STATUS_BY_CODE;
export const ERROR_CODES = Object.keys(STATUS_BY_CODE) as [ErrorCode, ...ErrorCode[]];

export function codeToStatus(code: ErrorCode): ContentfulStatusCode {
  return STATUS_BY_CODE[code];
}

/** A learner's turn as the API shows it: stored whatever became of the persona's answer. */
type StoredTurn = Pick<TurnRow, 'id' | 'seq' | 'role' | 'content' | 'status'> & { createdAt: string };

/** What `details` may hold: each shape is documented in the OpenAPI document (ErrorDetails). */
export type ErrorDetails =
  | { issues: { path: string; message: string }[] }
  | { path: string; length?: number }
  | { learner: StoredTurn | null }
  | { database: unknown; scenarios: unknown }
  | { budget: number; used: number }
  | { errors: ScenarioError[] };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
    readonly headers?: Record<string, string>,
  ) {
    // Messages echo what callers sent (paths, ids): a key pasted there is never sent back or logged.
    super(redactKeys(message));
    this.name = 'AppError';
  }

  get status(): ContentfulStatusCode {
    return codeToStatus(this.code);
  }
}

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown; requestId: string } };

export function errorBody(error: AppError, requestId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
      requestId,
    },
  };
}

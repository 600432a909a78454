import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { TurnRow } from './db/schema/index.ts';
import { redactKeys } from './redact.ts';
import { RolePlayError, type RolePlayErrorCode } from './roleplay/types.ts';
import { JudgeUnavailableError } from './rubric/index.ts';
import type { Finding, ScenarioError } from './scenarios/errors.ts';

// One error type for the whole API; every 4xx/5xx leaves as { error: { code, message, details?, requestId } }.
// The code decides the status (STATUS_BY_CODE); whatever else was thrown is given its code by `toAppError`.

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
  hints_not_offered: 409,
  attempts_not_offered: 409,
  counterfactuals_not_offered: 409,
  file_exists: 409,
  file_changed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  invalid_scenario: 422,
  scenario_invalid: 422,
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
  | { errors: ScenarioError[] }
  | { problems: Pick<Finding, 'severity' | 'message' | 'line' | 'column' | 'path'>[] }
  | { theirs: { text: string; version: string } | null; yours: { text: string } };

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

/** Whatever was thrown, as the one error type: known failures keep their meaning, the rest is "internal". */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400 && /JSON/i.test(error.message)) {
      return new AppError('invalid_json', 'The request body is not valid JSON.');
    }
    if (error.status === 415) return new AppError('unsupported_media_type', error.message);
    if (error.status < 500)
      return new AppError('invalid_request', error.message || 'The request is not valid.');
  }
  if (error instanceof RolePlayError) {
    const { code, message } = UPSTREAM_FAILURES[error.code];
    return new AppError(code, message);
  }
  if (error instanceof JudgeUnavailableError) {
    return new AppError(
      'llm_not_configured',
      'No judge model is configured (JUDGE_MODEL); use engine "heuristic".',
    );
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      'database_unavailable',
      'The database is not available right now. Please try again shortly.',
    );
  }
  return new AppError('internal', 'Something went wrong on our side.');
}

/** How the persona's model failed, as the learner is told: the reply is stored, so sending it again is safe. */
const UPSTREAM_FAILURES: Record<RolePlayErrorCode, { code: ErrorCode; message: string }> = {
  upstream_error: {
    code: 'upstream_error',
    message: 'The persona could not answer. Your reply is saved; please send it again.',
  },
  upstream_rate_limited: {
    code: 'upstream_rate_limited',
    message: 'The language model is busy. Your reply is saved; please try again in a moment.',
  },
  upstream_timeout: {
    code: 'upstream_timeout',
    message: 'The persona took too long to answer. Your reply is saved; please try again.',
  },
  upstream_interrupted: {
    code: 'upstream_interrupted',
    message: 'The answer broke off. Your reply is saved; please try again.',
  },
  aborted: { code: 'upstream_interrupted', message: 'The request was cancelled. Your reply is saved.' },
};

// Both drivers' codes for a lost connection (Node's socket errors, postgres.js's own, PostgreSQL's SQLSTATE
// classes 57P and 08) and PGlite's message: read from the error and its causes, without loading a driver.
const LOST_DATABASE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);
const LOST_DATABASE_MESSAGE =
  /PGlite is closed|Connection terminated|database system is (shutting down|starting up)/i;

/** True for errors that mean "the database is not there right now" rather than a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const { code, message } = cause as { code?: string; message?: string };
    if (code && LOST_DATABASE_CODES.has(code)) return true;
    if (message && LOST_DATABASE_MESSAGE.test(message)) return true;
  }
  return false;
}

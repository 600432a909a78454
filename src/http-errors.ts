import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable } from './db/client.ts';
import { AppError } from './errors.ts';

/** Whatever was thrown, as the one error type: known failures keep their meaning, the rest is "internal". */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400 && /JSON/i.test(error.message)) {
      return new AppError('invalid_json', 'The request body is not valid JSON.');
    }
    if (error.status === 413) return new AppError('payload_too_large', 'The request body is too large.');
    if (error.status === 415) return new AppError('unsupported_media_type', error.message);
    if (error.status < 500)
      return new AppError('invalid_request', error.message || 'The request is not valid.');
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError(
      'database_unavailable',
      'The database is not available right now. Please try again shortly.',
    );
  }
  return new AppError('internal', 'Something went wrong on our side.');
}

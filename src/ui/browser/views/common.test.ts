import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { errorMessageKey } from './common.ts';

describe('errorMessageKey', () => {
  it.each([
    [new ApiError(0, 'network', 'offline'), 'errorNetwork'],
    [new ApiError(502, 'upstream_error', 'x'), 'errorUpstream'],
    [new ApiError(504, 'upstream_timeout', 'x'), 'errorUpstream'],
    [new ApiError(502, 'upstream_rate_limited', 'x'), 'errorUpstream'],
    [new ApiError(429, 'rate_limited', 'x'), 'errorRateLimited'],
    [new ApiError(422, 'turn_limit_reached', 'x'), 'errorTurnLimit'],
    [new ApiError(422, 'reply_too_long', 'x'), 'errorTooLong'],
    [new ApiError(503, 'llm_not_configured', 'x'), 'errorUpstream'],
    [new ApiError(409, 'turn_in_progress', 'x'), 'errorBusy'],
    [new ApiError(409, 'session_ended', 'x'), 'errorEnded'],
    [new ApiError(404, 'not_found', 'x'), 'errorNotFound'],
    [new ApiError(400, 'invalid_request', 'x'), 'errorGeneric'],
    [new Error('boom'), 'errorGeneric'],
  ])('%s → %s', (error, key) => {
    expect(errorMessageKey(error)).toBe(key);
  });
});

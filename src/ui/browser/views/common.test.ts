import { describe, expect, it } from 'vitest';
import { RehearseApiError } from '../../../client/index.ts';
import { errorMessageKey } from './common.ts';

describe('errorMessageKey', () => {
  it.each([
    [new RehearseApiError(0, 'network', 'offline', null), 'errorNetwork'],
    [new RehearseApiError(502, 'upstream_error', 'x', null), 'errorUpstream'],
    [new RehearseApiError(504, 'upstream_timeout', 'x', null), 'errorUpstream'],
    [new RehearseApiError(502, 'upstream_rate_limited', 'x', null), 'errorUpstream'],
    [new RehearseApiError(429, 'rate_limited', 'x', null), 'errorRateLimited'],
    [new RehearseApiError(422, 'turn_limit_reached', 'x', null), 'errorTurnLimit'],
    [new RehearseApiError(422, 'reply_too_long', 'x', null), 'errorTooLong'],
    [new RehearseApiError(503, 'llm_not_configured', 'x', null), 'errorUpstream'],
    [new RehearseApiError(409, 'turn_in_progress', 'x', null), 'errorBusy'],
    [new RehearseApiError(409, 'session_ended', 'x', null), 'errorEnded'],
    [new RehearseApiError(404, 'not_found', 'x', null), 'errorNotFound'],
    [new RehearseApiError(400, 'invalid_request', 'x', null), 'errorGeneric'],
    [new Error('boom'), 'errorGeneric'],
  ])('%s → %s', (error, key) => {
    expect(errorMessageKey(error)).toBe(key);
  });
});

import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { AppError, isDatabaseUnavailable, toAppError } from './errors.ts';
import { RolePlayError } from './roleplay/types.ts';
import { JudgeUnavailableError } from './rubric/index.ts';

describe('toAppError', () => {
  it.each([
    [new AppError('not_found', 'No session.'), 'not_found', 404],
    [new HTTPException(400, { message: 'Malformed JSON in request body' }), 'invalid_json', 400],
    [new HTTPException(415, { message: 'Unsupported' }), 'unsupported_media_type', 415],
    [new RolePlayError('upstream_timeout', 'slow'), 'upstream_timeout', 504],
    [new RolePlayError('upstream_rate_limited', '429'), 'upstream_rate_limited', 502],
    [new RolePlayError('aborted', 'gone'), 'upstream_interrupted', 502],
    [new JudgeUnavailableError(), 'llm_not_configured', 503],
    [Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), 'database_unavailable', 503],
    [new Error('boom'), 'internal', 500],
  ])('%s → %s (%i)', (error, code, status) => {
    const mapped = toAppError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.status).toBe(status);
  });

  it('tells the learner a failed persona kept the reply', () => {
    expect(toAppError(new RolePlayError('upstream_error', 'x')).message).toMatch(/reply is saved/);
  });
});

describe('isDatabaseUnavailable', () => {
  it('reads the codes and messages of both drivers, through causes', () => {
    expect(isDatabaseUnavailable(new Error('query failed', { cause: { code: '57P01' } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('PGlite is closed'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'CONNECTION_ENDED' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('syntax error'))).toBe(false);
  });
});

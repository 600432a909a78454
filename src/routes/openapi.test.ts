import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.ts';

describe('/openapi.json', () => {
  it.each([['none'], ['api-key']])('validates against the OpenAPI 3.1 schema (AUTH=%s)', async (auth) => {
    const { app } = await createTestApp({ env: { AUTH: auth } });
    const document = await (await app.request('/openapi.json')).json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is checked by a validator that does reject a broken document', async () => {
    const { app } = await createTestApp();
    const { info: _info, ...broken } = await (await app.request('/openapi.json')).json();
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });
});

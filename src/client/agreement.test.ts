import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';
import { createKeyStore } from '../auth/key-store.ts';
import { createRehearseClient, RehearseApiError } from './index.ts';

describe('the typed client: a scenario agreement', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let keys: ReturnType<typeof createKeyStore>;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH: 'api-key' } });
    keys = createKeyStore(server.deps.db.db);
  });
  afterAll(() => server.close());

  it('reads the golden examples and the judge agreement with an author key, and is refused with a learner key', async () => {
    const author = createRehearseClient(server.url, {
      apiKey: (await keys.create({ name: 'author', scopes: ['author'] })).key,
    });
    const agreement = await author.getAgreement('nee-zeggen-extra-project');
    expect(agreement.scenarioId).toBe('nee-zeggen-extra-project');
    expect(agreement.golden?.file).toBe('nl/nee-zeggen-extra-project.yaml');
    expect(agreement.golden?.inBand).toBeLessThanOrEqual(agreement.golden?.examples ?? 0);
    expect(agreement.judge.principles.map((p) => p.reason)).toEqual(Array(5).fill('no-judge'));

    const learner = createRehearseClient(server.url, {
      apiKey: (await keys.create({ name: 'learner', scopes: ['learner'] })).key,
    });
    const refused = await learner.getAgreement('nee-zeggen-extra-project').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RehearseApiError);
    expect(refused).toMatchObject({ status: 403, code: 'forbidden' });
    await expect(author.getAgreement('no-such-scenario')).rejects.toMatchObject({ status: 404 });
  });
});

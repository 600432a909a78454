import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';
import { createKeyStore } from '../auth/key-store.ts';
import { createRehearseClient, RehearseApiError, type TurnEvent } from './index.ts';

const REPLY =
  'I hear you, and I understand this is frustrating. What would help you most? Shall we meet tomorrow at ten?';

describe('the typed client against a real server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let apiKey: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH: 'api-key', PUBLIC_URL: 'https://coach.example.org' } });
    apiKey = (await createKeyStore(server.deps.db.db).create({ name: 'client test' })).key;
  });
  afterAll(() => server.close());

  it('creates a session, streams a turn, ends it and reads the report and records', async () => {
    const client = createRehearseClient(server.url, { apiKey });
    const { scenarios } = await client.listScenarios({ language: 'en' });
    const learnerId = `learner-${crypto.randomUUID()}`;
    const session = await client.createSession({ scenarioId: scenarios[0]!.id, learnerId });
    expect(session).toMatchObject({ status: 'active', learnerId });

    const events: TurnEvent[] = [];
    for await (const event of client.streamTurn(session.id, REPLY)) events.push(event);
    const types = events.map((event) => event.type).filter((type) => type !== 'delta');
    expect(types).toEqual(['learner', 'feedback', 'mood', 'persona', 'done']);
    const persona = events.find((event) => event.type === 'persona');
    expect(persona?.type === 'persona' && persona.data.content.length).toBeGreaterThan(0);

    const answer = await client.takeTurn(session.id, REPLY, { idempotencyKey: crypto.randomUUID() });
    expect(answer.learner.content).toBe(REPLY);

    const report = await client.endSession(session.id);
    expect(report.sessionId).toBe(session.id);
    expect((await client.getReport(session.id)).overall).toBe(report.overall);
    expect((await client.getLearnerProgress(learnerId)).reports).toHaveLength(1);
    expect((await client.getSessionXapi(session.id)).statements.at(-1)?.verb.id).toMatch(/completed$/);
    await client.deleteLearner(learnerId);
    await expect(client.getSession(session.id)).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('throws the API error with its status, code and request id', async () => {
    const anonymous = createRehearseClient(`${server.url}/`);
    const error = await anonymous.listScenarios().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RehearseApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', requestId: expect.any(String) });

    const client = createRehearseClient(server.url, { apiKey });
    const refused = client.streamTurn(crypto.randomUUID(), REPLY)[Symbol.asyncIterator]().next();
    await expect(refused).rejects.toMatchObject({ status: 404 });
  });
});

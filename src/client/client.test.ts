import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';
import { seedAnalytics } from '../analytics/seed.ts';
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
    const hint = await client.askHint(session.id);
    expect(hint).toMatchObject({ turnSeq: 2, language: 'en', source: 'offline' });
    expect(await client.askHint(session.id)).toEqual(hint);

    const events: TurnEvent[] = [];
    for await (const event of client.streamTurn(session.id, REPLY)) events.push(event);
    const types = events.map((event) => event.type).filter((type) => type !== 'delta');
    expect(types).toEqual(['learner', 'feedback', 'mood', 'persona', 'done']);
    const persona = events.find((event) => event.type === 'persona');
    expect(persona?.type === 'persona' && persona.data.content.length).toBeGreaterThan(0);

    const answer = await client.takeTurn(session.id, REPLY, { idempotencyKey: crypto.randomUUID() });
    expect(answer.learner.content).toBe(REPLY);

    // Taken back and tried again: the conversation goes on from the new reply, the old one is an attempt.
    const again = `${REPLY} Thank you for coming to me first.`;
    const retried = await client.takeTurn(session.id, again, { replaces: answer.learner.id });
    expect(retried.learner.content).toBe(again);
    const tried = (await client.getSession(session.id)).turns.find((turn) => turn.id === retried.learner.id);
    expect(tried?.attempts?.map((attempt) => attempt.id)).toEqual([answer.learner.id]);

    // What if I had said…: played beside the reply, the conversation unchanged.
    const key = crypto.randomUUID();
    const whatIf = await client.whatIf(
      session.id,
      retried.learner.id,
      { source: 'golden' },
      { idempotencyKey: key },
    );
    expect(whatIf).toMatchObject({ turnId: retried.learner.id, seq: retried.learner.seq, source: 'golden' });
    expect(
      await client.whatIf(session.id, retried.learner.id, { source: 'golden' }, { idempotencyKey: key }),
    ).toEqual(whatIf);
    const played = (await client.getSession(session.id)).turns.find((turn) => turn.id === retried.learner.id);
    expect(played?.counterfactuals?.map((one) => one.id)).toEqual([whatIf.id]);

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

describe("the typed client's analytics", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH: 'api-key' } });
  });
  afterAll(() => server.close());

  it("reads a consumer's figures, its weekly trend and both as CSV; a key without the scope is refused", async () => {
    const keys = createKeyStore(server.deps.db.db);
    // A consumer of its own: the figures are its sessions only, whatever else the database holds.
    const bi = await keys.create({ name: 'BI', scopes: ['analytics'] });
    await seedAnalytics(server.deps.db.db, {
      tenantId: bi.tenantId,
      sessions: 400,
      learners: 12,
      scenarioIds: ['saying-no-extra-project'],
      now: new Date(),
    });
    const client = createRehearseClient(server.url, { apiKey: bi.key });

    // 26 weeks: every session counted is newer than any cutoff another test's retention erases by.
    const figures = await client.getScenarioAnalytics({ weeks: 26 });
    expect(figures.minLearners).toBe(5);
    expect(figures.scenarios.map((s) => s.scenarioId)).toEqual(['saying-no-extra-project']);
    const [scenario] = figures.scenarios;
    expect(scenario).toMatchObject({
      title: 'Saying no to an extra client project',
      language: 'en',
      shown: true,
      learners: 12,
    });
    expect(scenario!.meanScores?.courage).toEqual(expect.any(Number));
    const fewer = await client.getScenarioAnalytics({ weeks: 4 });
    expect(fewer.scenarios[0]!.sessionsStarted!).toBeLessThan(scenario!.sessionsStarted!);

    const trends = await client.getPrincipleTrends({ weeks: 26 });
    const courage = trends.principles.find((p) => p.principle === 'courage');
    expect(courage?.weeks.length).toBeGreaterThan(1);

    const csv = await client.getAnalyticsCsv('scenarios', { weeks: 26 });
    const [header, row] = csv.split('\r\n');
    expect(header).toMatch(/^scenarioId,title,language,learners,sessionsStarted,/);
    expect(row).toMatch(
      new RegExp(`^saying-no-extra-project,${scenario!.title},en,12,${scenario!.sessionsStarted},`),
    );
    const weekly = (await client.getAnalyticsCsv('principles', { weeks: 26 })).trim().split('\r\n');
    expect(weekly[0]).toBe('principle,week,learners,mean');
    expect(weekly.length - 1).toBe(trends.principles.flatMap((p) => p.weeks).length);

    const learner = createRehearseClient(server.url, { apiKey: (await keys.create({ name: 'LMS' })).key });
    for (const call of [
      () => learner.getScenarioAnalytics(),
      () => learner.getPrincipleTrends(),
      () => learner.getAnalyticsCsv('scenarios'),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RehearseApiError);
      expect(error).toMatchObject({
        status: 403,
        code: 'forbidden',
        message: expect.stringMatching(/`analytics`/),
      });
    }
  });
});

describe('the typed client when the connection fails', () => {
  const stream = (text: string) =>
    new Response(text, { status: 200, headers: { 'content-type': 'text/event-stream' } });

  it('throws a network error, status 0, when the server cannot be reached', async () => {
    const client = createRehearseClient('http://rehearse.invalid', {
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(client.getSession(crypto.randomUUID())).rejects.toMatchObject({
      status: 0,
      code: 'network',
      message: 'fetch failed',
    });
  });

  it('throws a network error when a streamed turn ends before done or error', async () => {
    const learner = 'event: learner\ndata: {"id":"t1"}\n\n';
    const cut = createRehearseClient('', { fetch: async () => stream(learner) });
    const types: string[] = [];
    const reading = (async () => {
      for await (const event of cut.streamTurn(crypto.randomUUID(), REPLY)) types.push(event.type);
    })();
    await expect(reading).rejects.toBeInstanceOf(RehearseApiError);
    await expect(reading).rejects.toMatchObject({ status: 0, code: 'network' });
    expect(types).toEqual(['learner']);

    const failed = `${learner}event: error\ndata: {"code":"upstream_error","message":"x"}\n\n`;
    const whole = createRehearseClient('', { fetch: async () => stream(failed) });
    const events: TurnEvent[] = [];
    for await (const event of whole.streamTurn(crypto.randomUUID(), REPLY)) events.push(event);
    expect(events.map((event) => event.type)).toEqual(['learner', 'error']);
  });

  it('lets an abort the caller asked for through as it is', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = createRehearseClient('', {
      fetch: async (_url, init) => {
        init?.signal?.throwIfAborted();
        return stream('');
      },
    });
    const reading = client.streamTurn(crypto.randomUUID(), REPLY, { signal: controller.signal });
    await expect(reading[Symbol.asyncIterator]().next()).rejects.toMatchObject({ name: 'AbortError' });
  });
});

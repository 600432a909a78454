import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/db.ts';
import { createTestApp } from '../../test/harness.ts';

// Every list pages the same way (`limit`, `cursor`, `nextCursor`), and a query parameter a route does not
// know is refused by name, as an unknown body field is.

const ADMIN_TOKEN = 'an-admin-token-for-tests-0123456789';
const REPLY =
  "I can hear how frustrated you are, and that makes sense. I can't take it on, but shall we look at who can, tomorrow at ten?";
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        responses: Record<
          string,
          {
            content?: Record<
              string,
              { schema: { $ref?: string; properties?: Record<string, { type?: string | string[] }> } }
            >;
          }
        >;
      }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, { type?: string | string[] }> }> };
};

/** Answers with arrays that are no collection to page through, and why. */
const NOT_LISTS: Record<string, string> = {
  '/v1/principles': 'the rubric itself, five principles and their moves, always whole',
  '/v1/sessions/{id}/report': 'one report',
  '/v1/sessions/{id}/xapi': "one session's statements, bounded by its turns",
  '/readyz': 'the readiness checks',
  '/v1/analytics/scenarios': "aggregates, one row per scenario of the consumer's library",
  '/v1/analytics/principles': 'aggregates, five principles with at most 104 weeks each',
  '/v1/studio/files': "the scenario folder's files, whole: the editor's file list, bounded by the folder",
};

describe('lists and query parameters', () => {
  it('every list route takes limit and cursor and answers with nextCursor', async () => {
    const { app } = await createTestApp({ env: { ADMIN_TOKEN, PUBLIC_URL: 'https://coach.example.org' } });
    const doc = (await (await app.request('/openapi.json')).json()) as Doc;
    const lists: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      const get = item.get;
      if (!get) continue;
      let schema = get.responses['200']?.content?.['application/json']?.schema;
      if (schema?.$ref) schema = doc.components.schemas[schema.$ref.split('/').at(-1)!];
      const arrays = Object.entries(schema?.properties ?? {}).filter(([, prop]) => {
        const resolved = prop as { type?: string; deprecated?: boolean };
        return resolved.type === 'array' && !resolved.deprecated;
      });
      // A resource (its path ends in its id) or a whole document is not a list.
      if (path.endsWith('}') || path in NOT_LISTS || arrays.length === 0) continue;
      lists.push(path);
      const params = (get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect(params, path).toEqual(expect.arrayContaining(['limit', 'cursor']));
      expect(Object.keys(schema?.properties ?? {}), path).toContain('nextCursor');
    }
    expect(lists).toEqual(
      expect.arrayContaining([
        '/v1/scenarios',
        '/v1/learners/{learnerId}/progress',
        '/v1/admin/keys',
        '/v1/webhooks',
        '/v1/webhooks/{id}/deliveries',
      ]),
    );
  });

  it('pages through the scenario library without repeats or gaps, and refuses a bad page', async () => {
    const { app, deps } = await createTestApp();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await app.request(`/v1/scenarios?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = await res.json();
      expect(page.scenarios.length).toBeLessThanOrEqual(5);
      seen.push(...page.scenarios.map((s: { id: string }) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(
      deps.scenarios
        .list()
        .map((s) => s.id)
        .sort(),
    );
    const filtered = await (await app.request('/v1/scenarios?language=nl&limit=100')).json();
    expect(filtered.nextCursor).toBeNull();
    expect(filtered.scenarios.every((s: { language: string }) => s.language === 'nl')).toBe(true);

    for (const [query, path] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['cursor=WyJ4Il0x', 'cursor'],
    ]) {
      const res = await app.request(`/v1/scenarios?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.details.issues[0].path, query).toBe(path);
    }
  });

  it('refuses an unknown query parameter or body field by name, on every kind of route', async () => {
    const { app, deps } = await createTestApp();
    const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
    const session = await (await app.request('/v1/sessions', json({ scenarioId }))).json();
    for (const path of [
      `/v1/sessions/${session.id}?expand=turns`,
      '/v1/scenarios?lang=nl',
      `/v1/scenarios/${scenarioId}?expand=turns`,
      '/v1/principles?expand=turns',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      const { error } = await res.json();
      const name = new URL(path, 'http://x').searchParams.keys().next().value;
      expect(error.code).toBe('invalid_request');
      expect(error.message, path).toContain(`\`${name}\``);
      expect(error.details.issues, path).toEqual([
        { path: name, message: 'is not a query parameter of this route' },
      ]);
    }
    const res = await app.request('/v1/sessions', json({ scenarioId, mood: 'open', extra: 1 }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.details.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'mood',
      'extra',
    ]);
  });

  describe.each(databaseKinds())('on %s', (kind) => {
    it("pages a learner's progress; abandoned sessions have no score there; the old shape stays, deprecated", async () => {
      const { app, deps } = await createTestApp({ kind });
      const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
      const learnerId = `learner-${crypto.randomUUID()}`;
      const ended: string[] = [];
      for (let i = 0; i < 4; i++) {
        const session = await (await app.request('/v1/sessions', json({ scenarioId, learnerId }))).json();
        if (i !== 2) await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }));
        await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
        if (i !== 2) ended.push(session.id);
      }
      const first = await app.request(`/v1/learners/${learnerId}/progress?limit=2`);
      expect(first.headers.get('deprecation')).toMatch(/^@\d+$/);
      const page1 = await first.json();
      expect(page1.reports).toHaveLength(2);
      expect(page1.reports[0].principles).toEqual(
        expect.arrayContaining([{ id: 'connection', mean: expect.any(Number) }]),
      );
      expect(page1.sessions[0].principles).toMatchObject({ connection: expect.any(Number) });
      const page2 = await (
        await app.request(`/v1/learners/${learnerId}/progress?limit=2&cursor=${page1.nextCursor}`)
      ).json();
      expect(page2.nextCursor).toBeNull();
      expect([...page1.reports, ...page2.reports].map((r: { sessionId: string }) => r.sessionId)).toEqual(
        ended,
      );
    });

    it('names the report one way, keeps the old names for one version and says so', async () => {
      const { app, deps } = await createTestApp({ kind });
      const scenarioId = deps.scenarios.list({ language: 'en' })[0]!.id;
      const session = await (await app.request('/v1/sessions', json({ scenarioId }))).json();
      await app.request(`/v1/sessions/${session.id}/turns`, json({ content: REPLY }));
      const res = await app.request(`/v1/sessions/${session.id}/end`, { method: 'POST' });
      expect(res.headers.get('deprecation')).toMatch(/^@\d+$/);
      expect(res.headers.get('link')).toContain('rel="deprecation"');
      const report = await res.json();
      expect(report).toMatchObject({
        sessionId: session.id,
        outcome: 'completed',
        learnerTurnCount: 1,
        leaderImage: {
          strongBack: expect.any(Object),
          softFront: expect.any(Object),
          wildHeart: expect.any(Object),
        },
      });
      for (const principle of report.principles)
        expect(principle.scoredTurnCount).toBe(principle.scoredTurns);
      expect(report.turns).toBe(report.learnerTurnCount);
      expect(report.summary).toEqual(report.leaderImage);
      const again = await app.request(`/v1/sessions/${session.id}/report`);
      expect(again.headers.get('deprecation')).toMatch(/^@\d+$/);
      expect(await again.json()).toEqual(report);
    });

    it('pages the admin key list', async () => {
      const { app } = await createTestApp({ kind, env: { ADMIN_TOKEN } });
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
      for (let i = 0; i < 3; i++) {
        await app.request('/v1/admin/keys', {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ name: `k${i}` }),
        });
      }
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await (
          await app.request(`/v1/admin/keys?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: admin })
        ).json();
        expect(page.keys.length).toBeLessThanOrEqual(2);
        ids.push(...page.keys.map((key: { id: string }) => key.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(3);
    });
  });
});

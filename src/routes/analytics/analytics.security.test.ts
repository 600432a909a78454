import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { createTestApp } from '../../../test/harness.ts';
import { MIN_LEARNERS } from '../../analytics/analytics.ts';
import { seedAnalytics } from '../../analytics/seed.ts';
import { createKeyStore } from '../../auth/key-store.ts';

// The figures are one consumer's own, need the analytics scope, and never show a group small enough to
// point at a person.

describe.each(databaseKinds())('analytics on %s', (kind) => {
  async function setup() {
    const { app, deps } = await createTestApp({ kind, env: { AUTH: 'api-key' } });
    const keys = createKeyStore(deps.db.db);
    const consumer = async (
      learners: number,
      sessions: number,
      scenarioIds = ['saying-no-extra-project', 'nee-zeggen-extra-project'],
    ) => {
      const key = await keys.create({ name: 'BI', scopes: ['analytics'] });
      if (sessions > 0) {
        await seedAnalytics(deps.db.db, {
          tenantId: key.tenantId,
          sessions,
          learners,
          scenarioIds,
          now: new Date(),
        });
      }
      return key;
    };
    const get = (key: string, path: string) =>
      app.request(path, { headers: { authorization: `Bearer ${key}` } });
    return { app, deps, keys, consumer, get };
  }

  it('needs the analytics scope', async () => {
    const { keys, get } = await setup();
    const learner = await keys.create({ name: 'LMS' });
    for (const path of ['/v1/analytics/scenarios', '/v1/analytics/principles']) {
      const res = await get(learner.key, path);
      expect(res.status, path).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }
  });

  it("counts one consumer's sessions only, and shows nothing of another's", async () => {
    const { consumer, get } = await setup();
    const a = await consumer(12, 60);
    const b = await consumer(0, 0);
    const mine = await (await get(a.key, '/v1/analytics/scenarios')).json();
    expect(mine.minLearners).toBe(MIN_LEARNERS);
    // Named as the library names them: an analytics key may not read /v1/scenarios.
    expect(
      mine.scenarios
        .map((s: { scenarioId: string; title: string; language: string }) => [
          s.scenarioId,
          s.title,
          s.language,
        ])
        .sort(),
    ).toEqual([
      ['nee-zeggen-extra-project', 'Nee zeggen tegen een extra klantproject', 'nl'],
      ['saying-no-extra-project', 'Saying no to an extra client project', 'en'],
    ]);
    const started = mine.scenarios.reduce(
      (n: number, s: { sessionsStarted: number }) => n + s.sessionsStarted,
      0,
    );
    expect(started).toBe(60);
    const shown = mine.scenarios[0];
    expect(shown).toMatchObject({
      shown: true,
      sessionsFinished: expect.any(Number),
      medianTurns: expect.any(Number),
    });
    expect(shown.learners).toBeGreaterThanOrEqual(MIN_LEARNERS);
    expect(Object.values(shown.meanScores).every((v) => typeof v === 'number' && v >= 0 && v <= 4)).toBe(
      true,
    );
    expect(shown.missingActs[0]).toMatchObject({
      label: 'Say no to the deadline',
      sessions: expect.any(Number),
    });
    expect(shown.success.length).toBe(2);
    expect(shown.moodDrops.every((d: { reply: number }) => d.reply >= 2)).toBe(true);

    const theirs = await (await get(b.key, '/v1/analytics/scenarios')).json();
    expect(theirs.scenarios).toEqual([]);
    const trend = await (await get(b.key, '/v1/analytics/principles?weeks=52')).json();
    expect(trend.principles.every((p: { weeks: unknown[] }) => p.weeks.length === 0)).toBe(true);
  });

  it('shows no figure over fewer than five learners, only which scenario it is', async () => {
    const { consumer, get } = await setup();
    // A scenario since taken out of the library keeps its figures, without a title.
    const few = await consumer(MIN_LEARNERS - 1, 40, ['saying-no-extra-project', 'taken-out-of-the-library']);
    const body = await (await get(few.key, '/v1/analytics/scenarios')).json();
    expect(body.scenarios.map((s: { scenarioId: string }) => s.scenarioId)).toEqual([
      'saying-no-extra-project',
      'taken-out-of-the-library',
    ]);
    for (const scenario of body.scenarios) {
      expect(scenario.shown).toBe(false);
      const { scenarioId: _, shown: __, title: ___, language: ____, ...figures } = scenario;
      expect(Object.values(figures).every((value) => value === null)).toBe(true);
    }
    expect(body.scenarios[0]).toMatchObject({
      title: 'Saying no to an extra client project',
      language: 'en',
    });
    expect(body.scenarios[1]).toMatchObject({ title: null, language: null });
    const trend = await (await get(few.key, '/v1/analytics/principles?weeks=52')).json();
    expect(trend.principles.every((p: { weeks: unknown[] }) => p.weeks.length === 0)).toBe(true);
    const csv = (await (await get(few.key, '/v1/analytics/scenarios?format=csv')).text()).split('\r\n');
    expect(csv[0]).toMatch(/^scenarioId,title,language,learners,/);
    expect(csv[1]).toMatch(/^saying-no-extra-project,Saying no to an extra client project,en,,,,/);
    expect(csv[2]).toMatch(/^taken-out-of-the-library,,,,,,/);
  });

  it('gives the weekly trend over enough learners, and both as CSV', async () => {
    const { consumer, get } = await setup();
    const a = await consumer(8, 400);
    const trend = await (await get(a.key, '/v1/analytics/principles?weeks=52')).json();
    const weeks = trend.principles.flatMap((p: { weeks: { learners: number }[] }) => p.weeks);
    expect(weeks.length).toBeGreaterThan(0);
    expect(weeks.every((w: { learners: number }) => w.learners >= MIN_LEARNERS)).toBe(true);

    const res = await get(a.key, '/v1/analytics/principles?weeks=52&format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('principle,week,learners,mean');
    expect(lines.length - 1).toBe(weeks.length);
    const scenarios = await (await get(a.key, '/v1/analytics/scenarios?format=csv')).text();
    expect(scenarios.split('\r\n')[0]).toContain('mean:connection');
    expect((await get(a.key, '/v1/analytics/scenarios?weeks=0')).status).toBe(400);
  });
});

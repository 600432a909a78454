import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../test/db.ts';
import { storeJudgedReplies } from '../../../test/judged-replies.ts';
import { createStudioTestApp } from '../../../test/studio.ts';
import { createKeyStore } from '../../auth/key-store.ts';
import { type ApiScope, MIN_AGREEMENT_PAIRS } from '../../vocabulary.ts';

// A scenario's agreement figures: for its authors and for whoever reads the analytics, never for a learner key;
// the judge's side counts only the calling consumer's own replies. Every test makes its own consumers (random
// tenant ids) and asserts only on them: the database may hold any number of others.

const SCENARIO = 'saying-no-extra-project';

const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe.each(databaseKinds())('scenario agreement on %s', (kind) => {
  let open: Awaited<ReturnType<typeof createStudioTestApp>>[] = [];
  afterEach(async () => {
    await Promise.all(open.map((studio) => studio.close()));
    open = [];
  });

  async function setup() {
    const studio = await createStudioTestApp({ AUTH: 'api-key' }, { kind });
    open.push(studio);
    const keys = createKeyStore(studio.deps.db.db);
    const keyWith = (...scopes: ApiScope[]) => keys.create({ name: 'agreement', scopes });
    const get = async (key: string, scenarioId = SCENARIO) =>
      studio.call('GET', `/v1/analytics/agreement?scenarioId=${scenarioId}`, undefined, key);
    return { ...studio, db: studio.deps.db.db, keyWith, get };
  }

  it('refuses a learner key, naming the scopes that open it', async () => {
    const { keyWith, get } = await setup();
    const learner = await keyWith('learner');
    const res = await get(learner.key);
    expect(res.status).toBe(403);
    const { error } = await res.json();
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('`analytics` or `author`');
  });

  it.each([[['author']], [['analytics']], [['admin']]] as ApiScope[][][])(
    'answers a key with %j: the golden examples as the studio check scores them',
    async (scopes) => {
      const { keyWith, get, call } = await setup();
      const key = await keyWith(...scopes);
      const res = await get(key.key);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.scenarioId).toBe(SCENARIO);
      expect(body.golden.file).toBe(`en/${SCENARIO}.yaml`);
      // The same examples, in band or not, as the strict check in the studio reports them.
      if (scopes.includes('author') || scopes.includes('admin')) {
        const file = await (
          await call('GET', `/v1/studio/files/en/${SCENARIO}.yaml`, undefined, key.key)
        ).json();
        const check = await (
          await call('POST', '/v1/studio/check', { text: file.text, file: file.file }, key.key)
        ).json();
        expect(body.golden.examples).toBe(check.examples.length);
        expect(body.golden.inBand).toBe(check.examples.filter((e: { inBand: boolean }) => e.inBand).length);
      }
      expect(body.golden.examples).toBeGreaterThan(3);
      expect(body.golden.rating.kappa).toBeGreaterThan(0);
      const connection = body.golden.principles.find(
        (p: { principle: string }) => p.principle === 'connection',
      );
      expect(connection.n).toBeGreaterThan(0);
      expect(connection.withinOne).toBeGreaterThanOrEqual(connection.exact);
      // A consumer whose replies no judge scored.
      expect(body.judge.verdicts).toBe(0);
      expect(body.judge.principles).toHaveLength(5);
      for (const p of body.judge.principles)
        expect(p).toMatchObject({ n: 0, kappa: null, reason: 'no-judge' });
    },
  );

  it("reads the judge's agreement from one consumer's replies only", async () => {
    const { keyWith, get, db } = await setup();
    const a = await keyWith('analytics');
    const b = await keyWith('author');
    // A: agreement on connection, reversal on courage, too few on clarity, one score only on self-leadership.
    await storeJudgedReplies(
      db,
      a.tenantId,
      SCENARIO,
      times(30, (i) => ({
        connection: [i % 5, i % 5],
        courage: [i % 5, 4 - (i % 5)],
        'self-leadership': [2, i % 5],
        ...(i < 10 ? { clarity: [1, 1 + (i % 2)] } : {}),
      })),
    );
    // B: the opposite on connection, and far more of it; in another scenario too.
    await storeJudgedReplies(
      db,
      b.tenantId,
      SCENARIO,
      times(40, (i) => ({ connection: [i % 5, 4 - (i % 5)] })),
    );
    await storeJudgedReplies(
      db,
      a.tenantId,
      'nee-zeggen-extra-project',
      times(25, () => ({ connection: [0, 4] })),
    );

    const mine = await (await get(a.key)).json();
    expect(mine.judge.verdicts).toBe(30);
    const by = (body: { judge: { principles: { principle: string }[] } }, id: string) =>
      body.judge.principles.find((p) => p.principle === id);
    expect(by(mine, 'connection')).toEqual({ principle: 'connection', n: 30, kappa: 1, reason: null });
    expect(by(mine, 'courage')).toEqual({ principle: 'courage', n: 30, kappa: -1, reason: null });
    expect(by(mine, 'clarity')).toEqual({ principle: 'clarity', n: 10, kappa: null, reason: 'too-few' });
    expect(by(mine, 'self-leadership')).toEqual({
      principle: 'self-leadership',
      n: 30,
      kappa: null,
      reason: 'no-variation',
    });
    expect(by(mine, 'mentorship')).toMatchObject({ n: 0, reason: 'too-few' });
    expect(MIN_AGREEMENT_PAIRS).toBe(20);

    const theirs = await (await get(b.key)).json();
    expect(theirs.judge.verdicts).toBe(40);
    expect(by(theirs, 'connection')).toEqual({ principle: 'connection', n: 40, kappa: -1, reason: null });
    expect(by(theirs, 'courage')).toMatchObject({ n: 0, reason: 'too-few' });
    // The golden examples are the library's, the same for both.
    expect(theirs.golden).toEqual(mine.golden);
  });

  it('says 404 for a scenario not in the library, 400 for a malformed id, and null for a file that does not parse', async () => {
    const { keyWith, get, dir } = await setup();
    const { key } = await keyWith('author');
    expect((await get(key, 'no-such-scenario')).status).toBe(404);
    expect((await get(key, 'Not_An_Id')).status).toBe(400);
    await writeFile(join(dir, 'en', 'broken-one.yaml'), 'id: broken-one\ntitle: [unclosed\n');
    const broken = await get(key, 'broken-one');
    expect(broken.status).toBe(200);
    expect((await broken.json()).golden).toBeNull();
  });
});

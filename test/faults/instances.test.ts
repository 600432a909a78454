import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyStore } from '../../src/auth/key-store.ts';
import { type DatabaseHandle, openPostgres } from '../../src/db/database.ts';
import { createTokenBudget } from '../../src/sessions/token-budget.ts';
import { type FakeOpenAI, fake, startFakeOpenAI } from '../fake-openai.ts';
import { LIBRARY_DIR } from '../harness.ts';
import { type ServerProcess, startServer } from '../process.ts';
import {
  assertComplete,
  eventNames,
  LEARNER_REPLIES,
  LOAD_SCENARIO_ID,
  PERSONA_REPLY,
  type StreamedTurn,
  streamTurn,
} from '../session-client.ts';

// Three real server processes (as `npm start` runs them) behind no balancer but the test, on one PostgreSQL
// database the test creates: what one instance knows, the others know, and losing one loses nothing.
// Nothing here is timed; waits are generous, for a busy machine.

const adminUrl = process.env.TEST_DATABASE_URL;
const RATE_LIMIT = 40;
const BUDGET = 1000;
/** What the fake model reports for every answer: ten answers spend the budget. */
const USAGE = { prompt_tokens: 90, completion_tokens: 10 };
const ANSWER = fake.text(PERSONA_REPLY, { usage: USAGE });

describe.skipIf(!adminUrl)('three server processes on one PostgreSQL database', { timeout: 180_000 }, () => {
  const name = `rehearse_three_${process.pid}_${Date.now()}`;
  const admin = adminUrl ? postgres(adminUrl, { max: 1, onnotice: () => {} }) : undefined;
  const scenariosDir = mkdtempSync(join(tmpdir(), 'rehearse-instances-'));
  const servers: ServerProcess[] = [];
  let upstream: FakeOpenAI;
  let db: DatabaseHandle;

  beforeAll(async () => {
    await admin!.unsafe(`create database ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    cpSync(LIBRARY_DIR, scenariosDir, { recursive: true });
    upstream = await startFakeOpenAI({ behaviour: ANSWER });
    const env = {
      DATABASE_URL: url.toString(),
      SCENARIOS_DIR: scenariosDir,
      AUTH: 'api-key',
      OPENAI_BASE_URL: upstream.url,
      ROLEPLAY_MODEL: 'fake',
      RATE_LIMIT_PER_MIN: String(RATE_LIMIT),
      DAILY_TOKEN_BUDGET: String(BUDGET),
    };
    // Started together: they migrate the new database at the same moment, one after the other.
    await Promise.all(
      [0, 1, 2].map(async () => {
        servers.push(await startServer(env));
      }),
    );
    db = await openPostgres(url.toString(), { max: 2 });
  }, 180_000);

  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGKILL');
    await Promise.all(servers.map((server) => server.exited));
    await upstream?.close();
    await db?.close();
    await admin?.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin?.end({ timeout: 5 });
    rmSync(scenariosDir, { recursive: true, force: true });
  }, 60_000);

  /** A consumer of its own for each test, so their limits and budgets never meet. */
  async function consumer() {
    const { key, tenantId } = await createKeyStore(db.db).create({ name: `consumer ${servers.length}` });
    const headers = { authorization: `Bearer ${key}` };
    const get = (server: ServerProcess, path: string) => fetch(`${server.url}${path}`, { headers });
    const start = async (server: ServerProcess) => {
      const res = await fetch(`${server.url}/v1/sessions`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: LOAD_SCENARIO_ID }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const turn = (server: ServerProcess, id: string, content: string, onEvent?: (event: string) => void) =>
      streamTurn(server.url, id, content, {
        apiKey: key,
        ...(onEvent ? { onEvent: (event) => onEvent(event.event) } : {}),
      });
    return { tenantId, headers, get, start, turn };
  }

  it("takes a session's turns on whichever instance gets them, in order", async () => {
    const { start, turn, get } = await consumer();
    const id = await start(servers[0]!);
    const order = [0, 1, 2, 0];
    for (const [index, at] of order.entries()) {
      assertComplete(await turn(servers[at]!, id, LEARNER_REPLIES[index % LEARNER_REPLIES.length]!));
    }
    const view = (await (await get(servers[2]!, `/v1/sessions/${id}`)).json()) as {
      turns: { seq: number; role: string; status: string }[];
    };
    expect(view.turns.map((t) => t.seq)).toEqual(view.turns.map((_, index) => index + 1));
    expect(view.turns.filter((t) => t.role === 'learner')).toHaveLength(order.length);
    expect(view.turns.every((t) => t.status === 'complete')).toBe(true);
  });

  it('sends nothing of a session erased through one instance to the model from another that held it', async () => {
    const { headers, start, turn } = await consumer();
    const id = await start(servers[0]!);
    // Answered by the first instance, which now holds the conversation for the next reply.
    assertComplete(await turn(servers[0]!, id, LEARNER_REPLIES[0]!));
    const erased = await fetch(`${servers[1]!.url}/v1/sessions/${id}`, { method: 'DELETE', headers });
    expect(erased.status).toBe(204);
    const from = upstream.requests.length;
    const refused = await turn(servers[0]!, id, LEARNER_REPLIES[1]!);
    expect(refused.status).toBe(404);
    expect(upstream.requests.length).toBe(from);
  });

  it('answers two simultaneous turns on one session through two instances with one 200 and one 409', async () => {
    const { start, turn } = await consumer();
    const id = await start(servers[0]!);
    // The turn that takes the session holds it for seconds, while the other arrives.
    upstream.enqueue(fake.text(PERSONA_REPLY, { usage: USAGE, firstTokenDelayMs: 5_000 }));
    const both = await Promise.all([
      turn(servers[1]!, id, LEARNER_REPLIES[0]!),
      turn(servers[2]!, id, LEARNER_REPLIES[1]!),
    ]);
    expect(both.map((t) => t.status).sort()).toEqual([200, 409]);
    const refused = both.find((t) => t.status === 409)!;
    expect(refused.events[0]!.data).toMatchObject({ error: { code: 'turn_in_progress' } });
    assertComplete(both.find((t) => t.status === 200)!);
  });

  it("holds a consumer's rate limit in total, whichever instances its requests reach", async () => {
    const { get } = await consumer();
    // Start the burst early in a minute, so that all of it falls in one window.
    const first = await get(servers[0]!, '/v1/principles');
    const reset = Number(first.headers.get('ratelimit-reset'));
    let used = 1;
    if (reset < 30) {
      await new Promise((done) => setTimeout(done, (reset + 1) * 1000));
      used = 0;
    }
    const statuses: number[][] = [[], [], []];
    for (let i = 0; i < RATE_LIMIT + 9; i++) {
      const at = i % 3;
      statuses[at]!.push((await get(servers[at]!, '/v1/principles')).status);
    }
    const all = statuses.flat();
    expect(all.filter((status) => status === 200)).toHaveLength(RATE_LIMIT - used);
    expect(all.filter((status) => status === 429)).toHaveLength(9 + used);
    for (const at of statuses) expect(at).toContain(429);
  });

  it("holds a consumer's daily token budget in total, whichever instances its turns reach", async () => {
    const { tenantId, start, turn } = await consumer();
    const ids = [await start(servers[0]!), await start(servers[1]!), await start(servers[2]!)];
    let answered = 0;
    for (let i = 0; i < 20; i++) {
      const at = i % 3;
      const result = await turn(servers[at]!, ids[at]!, LEARNER_REPLIES[i % LEARNER_REPLIES.length]!);
      if (result.status !== 200) {
        expect(result.status).toBe(429);
        expect(result.events[0]!.data).toMatchObject({ error: { code: 'token_budget_exceeded' } });
        break;
      }
      assertComplete(result);
      answered++;
    }
    const perAnswer = USAGE.prompt_tokens + USAGE.completion_tokens;
    expect(answered).toBe(BUDGET / perAnswer);
    for (const [at, server] of servers.entries()) {
      expect((await turn(server, ids[at]!, LEARNER_REPLIES[0]!)).status).toBe(429);
    }
    const budget = createTokenBudget(db.db, { dailyBudget: BUDGET, perTurn: 0 });
    expect(await budget.usedToday(tenantId, new Date())).toBe(BUDGET);
  });

  it('serves a scenario file added to the shared folder from every instance', async () => {
    const { get } = await consumer();
    const id = 'added-while-running';
    const source = readFileSync(join(scenariosDir, 'en', `${LOAD_SCENARIO_ID}.yaml`), 'utf8');
    const text = source
      .replace(new RegExp(`^id: ${LOAD_SCENARIO_ID}$`, 'm'), `id: ${id}`)
      .replace(/^translations:.*$/m, 'translations: {}');
    writeFileSync(join(scenariosDir, 'en', `${id}.yaml`), text);
    for (const server of servers) {
      await expect
        .poll(async () => (await get(server, `/v1/scenarios/${id}`)).status, {
          timeout: 60_000,
          interval: 500,
        })
        .toBe(200);
    }
  });

  it('loses an instance to kill -9 mid-stream and keeps the session usable through the others', async () => {
    const { start, turn, get } = await consumer();
    const [victim, other, third] = servers as [ServerProcess, ServerProcess, ServerProcess];
    const id = await start(other);
    assertComplete(await turn(victim, id, LEARNER_REPLIES[0]!));
    // A long answer, so the process dies in the middle of it.
    upstream.enqueue(
      fake.text(`${PERSONA_REPLY} ${PERSONA_REPLY} ${PERSONA_REPLY}`, {
        usage: USAGE,
        interTokenDelayMs: 200,
      }),
    );
    let firstToken!: () => void;
    const streaming = new Promise<void>((resolve) => {
      firstToken = resolve;
    });
    const cut = turn(victim, id, LEARNER_REPLIES[1]!, (event) => {
      if (event === 'delta') firstToken();
    }).catch((error: Error) => error);
    await Promise.race([streaming, cut]);
    victim.child.kill('SIGKILL');
    await victim.exited;
    const broken = await cut;
    if (!(broken instanceof Error)) expect(eventNames(broken)).not.toContain('done');

    // The dead instance's hold on the session runs out; then the next turn goes through another instance.
    let next: StreamedTurn | undefined;
    await expect
      .poll(
        async () => {
          next = await turn(other, id, LEARNER_REPLIES[2]!);
          return next.status;
        },
        { timeout: 90_000, interval: 3_000 },
      )
      .toBe(200);
    assertComplete(next!);
    const view = (await (await get(third, `/v1/sessions/${id}`)).json()) as {
      turns: { seq: number; role: string; status: string; content: string }[];
    };
    const learner = view.turns.filter((t) => t.role === 'learner').map((t) => t.content);
    expect(learner).toEqual([LEARNER_REPLIES[0], LEARNER_REPLIES[1], LEARNER_REPLIES[2]]);
    expect(view.turns.at(-1)).toMatchObject({ role: 'persona', status: 'complete' });
    expect(view.turns.map((t) => t.seq)).toEqual(view.turns.map((_, index) => index + 1));
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { asc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/database.ts';
import { turns } from '../../src/db/schema/index.ts';
import { type FakeOpenAI, fake, startFakeOpenAI } from '../fake-openai.ts';
import { type ServerProcess, startServer } from '../process.ts';
import {
  assertComplete,
  createSession,
  eventNames,
  LEARNER_REPLIES,
  PERSONA_REPLY,
  type StreamedTurn,
  streamTurn,
} from '../session-client.ts';
import { expectLearnerKept, expectUsable, getSession } from './helpers.ts';

// The real server process stopped mid-answer: politely (SIGTERM) and not at all politely (kill -9),
// then started again on the same data. And two processes sharing one PostgreSQL.

const SLOW = fake.text(`${PERSONA_REPLY} ${PERSONA_REPLY}`, { firstTokenDelayMs: 10, interTokenDelayMs: 40 });

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-fault-'));
  dirs.push(dir);
  return dir;
};

let upstream: FakeOpenAI;
const running = new Set<ServerProcess>();

beforeAll(async () => {
  upstream = await startFakeOpenAI({ behaviour: fake.text(PERSONA_REPLY) });
});
afterAll(async () => {
  for (const server of running) server.child.kill('SIGTERM');
  await Promise.all([...running].map((server) => server.exited));
  await upstream?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string>) {
  const server = await startServer({ OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake', ...env });
  running.add(server);
  void server.exited.then(() => running.delete(server));
  return server;
}

/** kill -9 of the server itself, as the data dir's lock file names it. */
function killHard(dataDir: string) {
  const pid = Number(readFileSync(join(dataDir, 'rehearse.lock'), 'utf8'));
  expect(pid).toBeGreaterThan(0);
  process.kill(pid, 'SIGKILL');
}

/** Starts a slow streamed turn and resolves once its first persona token has arrived. */
function turnUntilFirstToken(url: string, id: string, content: string) {
  let firstToken!: () => void;
  const started = new Promise<void>((resolve) => {
    firstToken = resolve;
  });
  upstream.enqueue(SLOW);
  const turn: Promise<StreamedTurn | Error> = streamTurn(url, id, content, {
    onEvent: (event) => {
      if (event.event === 'delta') firstToken();
    },
  }).catch((error: Error) => error);
  return { started: Promise.race([started, turn.then(() => {})]), turn };
}

describe('the server process stopped mid-stream', () => {
  it('SIGTERM: finishes or interrupts the turn, closes the database, exits 0; the data dir reopens intact', async () => {
    const dataDir = tempDir();
    const server = await start({ DATA_DIR: dataDir });
    const id = await createSession(server.url);
    const { started, turn } = turnUntilFirstToken(server.url, id, LEARNER_REPLIES[0]!);
    await started;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    const result = await turn;

    const db = await openPglite({ dataDir });
    try {
      const rows = await db.db.select().from(turns).where(eq(turns.sessionId, id)).orderBy(asc(turns.seq));
      const learner = rows.findLast((row) => row.role === 'learner')!;
      expect(learner).toMatchObject({ content: LEARNER_REPLIES[0], status: 'complete' });
      const answers = rows.filter((row) => row.seq > learner.seq);
      expect(answers.length).toBeLessThanOrEqual(1);
      if (answers[0]) expect(['complete', 'interrupted']).toContain(answers[0].status);
      // A client told `done` has a complete, whole answer on disk.
      if (!(result instanceof Error) && result.events.at(-1)?.event === 'done') {
        expect(answers[0]).toMatchObject({
          status: 'complete',
          content: `${PERSONA_REPLY} ${PERSONA_REPLY}`,
        });
      }
    } finally {
      await db.close();
    }
  }, 180_000);

  it('kill -9: after a restart on the same data dir the learner turn is there, nothing is marked complete, the session continues', async () => {
    const dataDir = tempDir();
    const first = await start({ DATA_DIR: dataDir });
    const id = await createSession(first.url);
    assertComplete(await streamTurn(first.url, id, LEARNER_REPLIES[0]!));
    const before = await getSession(first.url, id);
    const { started, turn } = turnUntilFirstToken(first.url, id, LEARNER_REPLIES[1]!);
    await started;
    killHard(dataDir);
    await first.exited;
    // The client sees the stream break off (or fail outright), never a `done`.
    const broken = await turn;
    if (!(broken instanceof Error)) expect(eventNames(broken)).not.toContain('done');

    const again = await start({ DATA_DIR: dataDir });
    try {
      const view = await getSession(again.url, id);
      expect(view.turns.slice(0, before.turns.length)).toEqual(before.turns);
      expectLearnerKept(view, LEARNER_REPLIES[1]!);
      // The killed process held the session's turn lease; the new one must not wait for it to run out.
      await expectUsable(again.url, id, view);
    } finally {
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    }
  }, 180_000);
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('two server processes on one PostgreSQL', () => {
  const name = `rehearse_two_${process.pid}_${Date.now()}`;
  const admin = adminUrl ? postgres(adminUrl, { max: 1, onnotice: () => {} }) : undefined;

  afterAll(async () => {
    if (!admin) return;
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end({ timeout: 5 });
  });

  it('take turns on the same session, in order, and refuse a concurrent turn with 409', async () => {
    await admin!.unsafe(`create database ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    const [a, b] = await Promise.all([
      start({ DATABASE_URL: url.toString() }),
      start({ DATABASE_URL: url.toString() }),
    ]);
    try {
      const id = await createSession(a.url);
      const servers = [a, b, a, b];
      for (const [index, server] of servers.entries()) {
        assertComplete(await streamTurn(server.url, id, LEARNER_REPLIES[index % LEARNER_REPLIES.length]!));
      }
      const view = await getSession(b.url, id);
      const spoken = view.turns.filter((turn) => turn.seq > 1 || turn.role === 'learner');
      expect(spoken.map((turn) => [turn.role, turn.status])).toEqual(
        servers.flatMap(() => [
          ['learner', 'complete'],
          ['persona', 'complete'],
        ]),
      );
      expect(view.turns.map((turn) => turn.seq)).toEqual(view.turns.map((_, index) => index + 1));

      // One turn at a time, whichever server is asked.
      const { started, turn } = turnUntilFirstToken(a.url, id, LEARNER_REPLIES[0]!);
      await started;
      const refused = await streamTurn(b.url, id, LEARNER_REPLIES[1]!);
      expect(refused.status).toBe(409);
      expect(refused.events[0]!.data).toMatchObject({ error: { code: 'turn_in_progress' } });
      const finished = await turn;
      expect(finished).not.toBeInstanceOf(Error);
      assertComplete(finished as StreamedTurn);
    } finally {
      for (const server of [a, b]) server.child.kill('SIGTERM');
      expect(await a.exited).toBe(0);
      expect(await b.exited).toBe(0);
    }
  }, 240_000);
});

describe.skipIf(!adminUrl)(
  'kill -9 between the statement that stores the reply and its commit (PostgreSQL)',
  () => {
    const name = `rehearse_window_${process.pid}_${Date.now()}`;
    const admin = adminUrl ? postgres(adminUrl, { max: 1, onnotice: () => {} }) : undefined;

    afterAll(async () => {
      if (!admin) return;
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end({ timeout: 5 });
    });

    it('shows the learner nothing; after a restart the reply is stored whole or not at all, and the session continues', async () => {
      await admin!.unsafe(`create database ${name}`);
      const url = new URL(adminUrl!);
      url.pathname = `/${name}`;
      const first = await start({ DATABASE_URL: url.toString() });
      const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
      try {
        const id = await createSession(first.url);
        assertComplete(await streamTurn(first.url, id, LEARNER_REPLIES[0]!));
        const before = await getSession(first.url, id);
        // The commit of a learner turn takes seconds: the window between the statement and its commit, held open.
        await db.unsafe(`
        create function slow_commit() returns trigger language plpgsql as $$
          begin perform pg_sleep(3); return null; end $$;
        create constraint trigger slow_commit after insert on turns deferrable initially deferred
          for each row when (new.role = 'learner') execute function slow_commit();`);
        const count = upstream.requests.length;
        const turn = streamTurn(first.url, id, LEARNER_REPLIES[1]!).catch((error: Error) => error);
        // The model was asked while the reply commits: that is the window.
        while (!upstream.requests.slice(count).some((request) => request.body?.stream === true))
          await sleep(5);
        first.child.kill('SIGKILL');
        await first.exited;
        // Nothing reached the learner: not even the response's headers.
        expect(await turn).toBeInstanceOf(Error);

        // The server finishes or drops the orphaned commit on its own; whichever, nothing is half there.
        await sleep(3500);
        await db.unsafe('drop trigger slow_commit on turns; drop function slow_commit();');
        // The killed process's lease would run out in 30 s; it is let run out now instead of waited for.
        await db`update sessions set turn_locked_until = now() where id = ${id}`;
        const again = await start({ DATABASE_URL: url.toString() });
        try {
          const view = await getSession(again.url, id);
          expect(view.turns.slice(0, before.turns.length)).toEqual(before.turns);
          const added = view.turns.slice(before.turns.length);
          expect(added.map((turn) => [turn.role, turn.content, turn.status])).toEqual(
            added.length ? [['learner', LEARNER_REPLIES[1], 'complete']] : [],
          );
          await expectUsable(again.url, id, view);
        } finally {
          again.child.kill('SIGTERM');
          expect(await again.exited).toBe(0);
        }
      } finally {
        await db.end({ timeout: 5 });
      }
    }, 240_000);
  },
);

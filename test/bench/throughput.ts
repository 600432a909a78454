import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { turns } from '../../src/db/schema/index.ts';
import { createSession, LEARNER_REPLIES, streamTurn } from '../session-client.ts';
import { listen } from './coach.ts';
import { relayApp } from './relay-app.ts';
import { pool } from './stats.ts';

// Turns per second with many learners at once, against the floor of any such server on the same
// database: a bare route that parses a JSON body and stores one row per request. Beside it, the same load
// streamed through the bare relay (no database, no rubric): what streaming a persona on this stack costs.

export type ThroughputResult = {
  sessions: number;
  turnsPerSession: number;
  turnsPerSecond: number;
  errors: number;
  /** Learner and persona turns found in the database afterwards, against those expected. */
  stored: { learner: number; persona: number; expected: number };
  bareRequestsPerSecond: number;
  /** The same streamed load through the bare relay, in this process as the coach is. */
  relayTurnsPerSecond: number;
};

export async function benchThroughput(options: {
  coachUrl: string;
  db: DatabaseHandle;
  sessions: number;
  turnsPerSession: number;
  upstreamUrl: string;
  /** The coach's own model request, which the relay sends with each turn's reply in it. */
  relayRequest: ChatCompletionCreateParamsStreaming;
}): Promise<ThroughputResult> {
  const { coachUrl, db, sessions, turnsPerSession } = options;
  const { ids, turnsPerSecond, errors } = await streamLoad(coachUrl, sessions, turnsPerSession);

  // Complete turns only; the persona's opening (seq 1, when it speaks first) is not an answer.
  const counts = await db.db
    .select({ role: turns.role, count: sql<number>`count(*)::int` })
    .from(turns)
    .where(
      and(
        inArray(turns.sessionId, ids),
        eq(turns.status, 'complete'),
        or(eq(turns.role, 'learner'), gt(turns.seq, 1)),
      ),
    )
    .groupBy(turns.role);
  const countOf = (role: string) => counts.find((row) => row.role === role)?.count ?? 0;
  const expected = sessions * turnsPerSession;
  const persona = countOf('persona');

  return {
    sessions,
    turnsPerSession,
    turnsPerSecond,
    errors,
    stored: { learner: countOf('learner'), persona, expected },
    bareRequestsPerSecond: await benchBareRoute(db, sessions, turnsPerSession),
    relayTurnsPerSecond: await benchRelay(options),
  };
}

/** `sessions` learners at once, each streaming `turnsPerSession` turns one after another. */
async function streamLoad(url: string, sessions: number, turnsPerSession: number) {
  const ids = await pool(
    Array.from({ length: sessions }, (_, i) => i),
    20,
    () => createSession(url),
  );
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    ids.map(async (id) => {
      for (let turn = 0; turn < turnsPerSession; turn++) {
        try {
          const result = await streamTurn(url, id, LEARNER_REPLIES[turn % LEARNER_REPLIES.length]!);
          if (result.events.at(-1)?.event !== 'done') errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const turnsPerSecond = (sessions * turnsPerSession) / ((performance.now() - started) / 1000);
  return { ids, turnsPerSecond, errors };
}

async function benchRelay(options: {
  upstreamUrl: string;
  relayRequest: ChatCompletionCreateParamsStreaming;
  sessions: number;
  turnsPerSession: number;
}) {
  const relay = await listen(relayApp(options.upstreamUrl, options.relayRequest).fetch);
  try {
    const load = await streamLoad(relay.url, options.sessions, options.turnsPerSession);
    if (load.errors > 0) throw new Error(`The bare relay failed ${load.errors} turns.`);
    return load.turnsPerSecond;
  } finally {
    await relay.close();
  }
}

async function benchBareRoute(db: DatabaseHandle, clients: number, requestsPerClient: number) {
  await db.db.execute(
    sql`create table if not exists bench_rows (id uuid primary key default gen_random_uuid(), content text not null, created_at timestamptz not null default now())`,
  );
  const app = new Hono().post('/rows', async (c) => {
    const { content } = await c.req.json<{ content: string }>();
    await db.db.execute(sql`insert into bench_rows (content) values (${content})`);
    return c.json({ stored: true }, 201);
  });
  const server = await listen(app.fetch);
  try {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let request = 0; request < requestsPerClient; request++) {
          const res = await fetch(`${server.url}/rows`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ content: LEARNER_REPLIES[request % LEARNER_REPLIES.length] }),
          });
          if (res.status !== 201) throw new Error(`The bare route answered ${res.status}.`);
          await res.arrayBuffer();
        }
      }),
    );
    return (clients * requestsPerClient) / ((performance.now() - started) / 1000);
  } finally {
    await server.close();
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openPglite, openPostgres } from '../../src/db/database.ts';
import { scoreHeuristic } from '../../src/rubric/index.ts';
import { createSessionStore, type TenantSession } from '../../src/sessions/store.ts';
import { LEARNER_REPLIES } from '../session-client.ts';
import { median } from './stats.ts';

// The statement that opens a turn, without HTTP or models: for a session not held, the one that reads the
// session's row and all its turns with their verdicts back (`rows`); for a session held in memory, the one that
// says only where the reply was stored (`held`). Many sessions, each with `--answered N` turns answered before
// (default 3), open a turn at once, as a burst does; the variants alternate on the same database, and each
// round's CPU (this process: the embedded database runs in it; on PostgreSQL, the coach's side only) and time
// are divided by the turns. Each opened turn is then finished, unmeasured, so the next round opens another.
// `npx tsx test/bench/open-statements.ts [--postgres] [--turns N] [--answered N] [--rounds N]`

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const TURNS = arg('--turns', 100);
const ANSWERED = arg('--answered', 3);
const ROUNDS = arg('--rounds', 5);
const postgresUrl = process.argv.includes('--postgres') ? process.env.TEST_DATABASE_URL : undefined;

type Variant = 'rows' | 'held';
const VARIANTS: Variant[] = ['rows', 'held'];

const folder = mkdtempSync(join(tmpdir(), 'rehearse-open-'));
const handle: DatabaseHandle = postgresUrl
  ? await openPostgres(postgresUrl)
  : await openPglite({ dataDir: join(folder, 'data') });
await handle.migrate();
const store = createSessionStore(handle.db);
const result = scoreHeuristic({ reply: LEARNER_REPLIES[0]!, language: 'en' });
const tenantId = `open-statements-${crypto.randomUUID()}`;
const limit = { idempotencyKey: null, maxLearnerTurns: 1000 };
const reply = (i: number) => LEARNER_REPLIES[i % LEARNER_REPLIES.length]!;

const now = new Date();
const sessions: TenantSession[] = await Promise.all(
  Array.from({ length: TURNS }, () =>
    store.insertSession(
      {
        tenantId,
        scenarioId: 'open-statements-bench',
        language: 'en',
        mode: 'practice',
        trust: 50,
        tension: 50,
        moodLabel: 'neutral',
        createdAt: now,
        updatedAt: now,
      },
      'Hello.',
    ),
  ),
);

/** Stores the persona's answer and the reply's verdict, as a turn's finish does. */
async function finish(session: TenantSession, learner: { id: string; seq: number }) {
  await store.finishTurn(
    session,
    {
      seq: learner.seq + 1,
      parentSeq: learner.seq,
      role: 'persona',
      content: 'I hear you. Tell me more about what you need from me.',
      status: 'complete',
      source: 'llm',
      promptTokens: 120,
      completionTokens: 14,
      createdAt: new Date(),
      completedAt: new Date(),
      dialogue: null,
    },
    {
      turnId: learner.id,
      engine: 'heuristic',
      overall: result.overall,
      result,
      trust: 55,
      tension: 45,
      moodLabel: 'neutral',
    },
    new Date(),
    { keepLease: false },
  );
}

/** Opens one turn on every session at once, measured; then finishes them, unmeasured. */
async function round(variant: Variant, i: number) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const opened = await Promise.all(
    sessions.map(async (session) => {
      const content = reply(i);
      if (variant === 'rows') {
        const turn = (await store.openTurn(tenantId, session.id, { content, ...limit }, new Date()))!;
        await turn.committed;
        return turn.learner!;
      }
      const turnId = crypto.randomUUID();
      const turn = (await store.openHeldTurn(session, { content, turnId, ...limit }, new Date()))!;
      await turn.committed;
      return turn.stored!;
    }),
  );
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  await Promise.all(opened.map((learner, n) => finish(sessions[n]!, learner)));
  return { ms, cpuMs: (user + system) / 1000 };
}

for (let i = 0; i < ANSWERED; i++) await round('rows', i);
// One warm-up round of each, then alternating rounds.
for (const variant of VARIANTS) await round(variant, 0);
const measured: Record<Variant, { ms: number[]; cpuMs: number[] }> = {
  rows: { ms: [], cpuMs: [] },
  held: { ms: [], cpuMs: [] },
};
for (let r = 0; r < ROUNDS; r++) {
  for (const variant of VARIANTS) {
    const { ms, cpuMs } = await round(variant, r);
    measured[variant].ms.push(ms);
    measured[variant].cpuMs.push(cpuMs);
  }
}
const perTurn = (ms: number) => `${((ms / TURNS) * 1000).toFixed(0)} µs`;
console.log(
  `${TURNS} turns opened at once on ${handle.kind}, each on a session with ${ANSWERED + 2} turns answered before the first round and one more each round, ${ROUNDS} rounds, medians:`,
);
for (const variant of VARIANTS) {
  const { ms, cpuMs } = measured[variant];
  console.log(
    `  ${variant}: CPU ${perTurn(median(cpuMs))} a turn, time ${perTurn(median(ms))} a turn (CPU rounds: ${cpuMs.map((x) => perTurn(x)).join(', ')})`,
  );
}
await handle.close();
rmSync(folder, { recursive: true, force: true });

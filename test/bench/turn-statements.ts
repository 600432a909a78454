import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openPglite, openPostgres } from '../../src/db/database.ts';
import { scoreHeuristic } from '../../src/rubric/index.ts';
import type { RehearsalEvent } from '../../src/sessions/events.ts';
import { createSessionStore } from '../../src/sessions/store.ts';
import { createWebhookStore, deliveriesOf } from '../../src/webhooks/store.ts';
import { LEARNER_REPLIES } from '../session-client.ts';
import { median } from './stats.ts';

// The database statements of many turns at once, without HTTP or models: each variant of a turn's finish
// measured back to back in alternating rounds on the same database, so a machine busy with other work weighs
// on each alike. `npx tsx test/bench/turn-statements.ts [--postgres] [--turns N] [--rounds N]`
//   separate: the finish (verdict, mood, persona turn, lease; grouped with the finishes of the same tick),
//             then the webhook queueing on its own, as the turn path did before the queueing moved in
//   within:   the finish with the webhook queueing in it, one statement for the group
// Run on an older commit, where finishes are not grouped and the queueing is not in them, `separate` gives
// the turn path as it was then.

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const TURNS = arg('--turns', 300);
const ROUNDS = arg('--rounds', 5);
const postgresUrl = process.argv.includes('--postgres') ? process.env.TEST_DATABASE_URL : undefined;

type Variant = 'separate' | 'within';
const VARIANTS: Variant[] = ['separate', 'within'];

const folder = mkdtempSync(join(tmpdir(), 'rehearse-statements-'));
const handle: DatabaseHandle = postgresUrl
  ? await openPostgres(postgresUrl)
  : await openPglite({ dataDir: join(folder, 'data') });
await handle.migrate();
const webhooks = createWebhookStore(handle.db);
const store = createSessionStore(handle.db, {
  queue: (deliveries) => webhooks.queueWith(deliveries),
  deliveriesOf,
  others: async () => {},
});
const result = scoreHeuristic({ reply: LEARNER_REPLIES[0]!, language: 'en' });

/** Opens one turn on each of `TURNS` fresh sessions, in one tick as a burst does, and finishes them all. */
async function round(variant: Variant): Promise<{ openMs: number; finishMs: number }> {
  const tenantId = `statements-${crypto.randomUUID()}`;
  const now = new Date();
  const sessions = await Promise.all(
    Array.from({ length: TURNS }, () =>
      store.insertSession(
        {
          tenantId,
          scenarioId: 'statements-bench',
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
  let started = performance.now();
  const opened = await Promise.all(
    sessions.map((session, i) =>
      store.openTurn(
        tenantId,
        session.id,
        { content: LEARNER_REPLIES[i % LEARNER_REPLIES.length]!, idempotencyKey: null, maxLearnerTurns: 10 },
        new Date(),
      ),
    ),
  );
  await Promise.all(opened.map((turn) => turn!.committed));
  const openMs = performance.now() - started;

  started = performance.now();
  await Promise.all(
    opened.map(async (turn) => {
      const { session, learner } = turn!;
      const verdict = {
        turnId: learner!.id,
        engine: 'heuristic',
        overall: result.overall,
        result,
        trust: 55,
        tension: 45,
        moodLabel: 'neutral' as const,
      };
      const event: RehearsalEvent = {
        type: 'turn.scored',
        tenantId,
        sessionId: session.id,
        data: {
          sessionId: session.id,
          turnId: learner!.id,
          seq: learner!.seq,
          overall: result.overall,
          principles: result.criteria.map(({ id, score }) => ({ id, score })),
        },
      };
      const persona = {
        seq: learner!.seq + 1,
        parentSeq: learner!.seq,
        role: 'persona' as const,
        content: 'I hear you. Tell me more about what you need from me.',
        status: 'complete' as const,
        source: 'llm' as const,
        promptTokens: 120,
        completionTokens: 14,
        createdAt: new Date(),
        completedAt: new Date(),
        dialogue: null,
      };
      const events = variant === 'within' ? [event] : [];
      await store.finishTurn(session, persona, verdict, new Date(), { keepLease: false, events });
      if (variant === 'separate') await webhooks.enqueue(event, new Date());
    }),
  );
  return { openMs, finishMs: performance.now() - started };
}

// One warm-up round of each, then alternating rounds.
for (const variant of VARIANTS) await round(variant);
const finish: Record<string, number[]> = Object.fromEntries(VARIANTS.map((v) => [v, []]));
const open: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const variant of VARIANTS) {
    const { openMs, finishMs } = await round(variant);
    finish[variant]!.push(finishMs);
    open.push(openMs);
  }
}
const perTurn = (ms: number) => `${((ms / TURNS) * 1000).toFixed(0)} µs/turn`;
console.log(`${TURNS} turns at once on ${handle.kind}, ${ROUNDS} rounds, median of the rounds:`);
console.log(`  open (grouped, for reference): ${median(open).toFixed(1)} ms, ${perTurn(median(open))}`);
for (const variant of VARIANTS) {
  const ms = median(finish[variant]!);
  console.log(
    `  finish, ${variant}: ${ms.toFixed(1)} ms, ${perTurn(ms)} (rounds: ${finish[variant]!.map((x) => x.toFixed(0)).join(', ')})`,
  );
}
await handle.close();
rmSync(folder, { recursive: true, force: true });

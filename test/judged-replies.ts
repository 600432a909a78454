import type { Database } from '../src/db/database.ts';
import { sessions, turnScores, turns } from '../src/db/schema/index.ts';
import type { PrincipleId } from '../src/rubric/ids.ts';
import type { RubricResult } from '../src/rubric/types.ts';

/** Per principle, the heuristic's score and the judge's on one reply. */
export type JudgedPairs = Partial<Record<PrincipleId, [heuristic: number, judge: number]>>;

/**
 * One session of `tenantId` in `scenarioId` with a learner reply per entry of `replies`, each stored as the
 * judge's verdict carrying the heuristic's reading beside it, as a judged turn stores it. Only what the
 * agreement figures read is filled in.
 */
export async function storeJudgedReplies(
  db: Database,
  tenantId: string,
  scenarioId: string,
  replies: JudgedPairs[],
) {
  const [session] = await db
    .insert(sessions)
    .values({
      tenantId,
      scenarioId,
      language: 'en',
      mode: 'practice',
      trust: 50,
      tension: 40,
      moodLabel: 'neutral',
    })
    .returning();
  for (const [index, pairs] of replies.entries()) {
    const [turn] = await db
      .insert(turns)
      .values({
        sessionId: session!.id,
        seq: index + 2,
        parentSeq: index + 1,
        role: 'learner',
        content: `reply ${index}`,
        status: 'complete',
        source: 'learner',
      })
      .returning();
    const principles = Object.entries(pairs).map(([id, [heuristic, judge]]) => ({ id, heuristic, judge }));
    await db.insert(turnScores).values({
      turnId: turn!.id,
      engine: 'llm',
      overall: 50,
      result: {
        engine: 'llm',
        confidence: { judge: { agrees: true, principles } },
      } as unknown as RubricResult,
      trust: 50,
      tension: 40,
      moodLabel: 'neutral',
    });
  }
}

import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { PRINCIPLE_IDS, type PrincipleId } from '../rubric/ids.ts';

// One consumer's figures, read in SQL over its own sessions and their stored reports: every query is
// filtered by the tenant first, so no figure ever mixes consumers. A figure resting on fewer than
// MIN_LEARNERS identified learners is not shown (null): it could point at a person. Sessions without a
// learner id count toward no group, so they can never make a small group look large.

export const MIN_LEARNERS = 5;

type Row = Record<string, unknown>;

/** Both drivers' answers as rows: PGlite's `{ rows }`, postgres.js's array. */
export async function rows(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const round = (value: number | null, digits = 2) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export type ScenarioFigures = {
  scenarioId: string;
  /** False when fewer than MIN_LEARNERS learners rehearsed it: then every other figure is null. */
  shown: boolean;
  learners: number | null;
  sessionsStarted: number | null;
  sessionsFinished: number | null;
  medianTurns: number | null;
  meanScores: Record<PrincipleId, number | null> | null;
  success: { statement: string; reached: number; sessions: number }[] | null;
  missingActs: { label: string; sessions: number }[] | null;
  /** Where the persona's trust falls: the learner's reply number (1 = the first reply) and how often. */
  moodDrops: { reply: number; drops: number; share: number }[] | null;
  hintsPerSession: number | null;
  retriesPerSession: number | null;
};

export type PrincipleTrend = {
  principle: PrincipleId;
  weeks: { week: string; learners: number; mean: number }[];
};

export function createAnalytics(db: Database) {
  /** Sessions started since `since` per scenario, their learners, and what the reports say of the finished ones. */
  async function scenarios(tenantId: string, since: Date): Promise<ScenarioFigures[]> {
    const from = since.toISOString();
    const [counts, reports, principles, success, acts, drops] = await Promise.all([
      rows(
        db,
        sql`select scenario_id, count(*) as started, count(*) filter (where status = 'ended') as finished,
              count(distinct learner_id) as learners
            from sessions where tenant_id = ${tenantId} and created_at >= ${from}::timestamptz
            group by scenario_id order by scenario_id`,
      ),
      rows(
        db,
        sql`select s.scenario_id, count(distinct s.learner_id) as learners,
              percentile_cont(0.5) within group (order by (r.report->>'turns')::int) as median_turns,
              avg(coalesce(jsonb_array_length(r.report->'hints'), 0)) as hints,
              avg(coalesce(jsonb_array_length(r.report->'comparisons'), 0)) as retries
            from sessions s join reports r on r.session_id = s.id
            where s.tenant_id = ${tenantId} and s.created_at >= ${from}::timestamptz
              and r.report->>'outcome' = 'completed'
            group by s.scenario_id`,
      ),
      rows(
        db,
        sql`select s.scenario_id, p->>'id' as principle, avg((p->>'mean')::float) as mean,
              count(distinct s.learner_id) as learners
            from sessions s join reports r on r.session_id = s.id,
              jsonb_array_elements(r.report->'principles') p
            where s.tenant_id = ${tenantId} and s.created_at >= ${from}::timestamptz
              and r.report->>'outcome' = 'completed' and p->>'mean' is not null
            group by s.scenario_id, p->>'id'`,
      ),
      rows(
        db,
        sql`select s.scenario_id, g->>'statement' as statement,
              count(*) filter (where (g->>'met')::boolean) as reached, count(*) as sessions
            from sessions s join reports r on r.session_id = s.id,
              jsonb_array_elements(r.report->'success') g
            where s.tenant_id = ${tenantId} and s.created_at >= ${from}::timestamptz
              and r.report->>'outcome' = 'completed'
            group by s.scenario_id, g->>'statement'`,
      ),
      rows(
        db,
        sql`select s.scenario_id, r.report->'acts'->'core'->>'label' as label, count(*) as sessions
            from sessions s join reports r on r.session_id = s.id
            where s.tenant_id = ${tenantId} and s.created_at >= ${from}::timestamptz
              and r.report->>'outcome' = 'completed'
              and jsonb_array_length(r.report->'acts'->'core'->'doneIn') = 0
            group by s.scenario_id, r.report->'acts'->'core'->>'label'`,
      ),
      // Each learner reply's trust beside the one before it in the same session: a fall is a lost step.
      rows(
        db,
        sql`select scenario_id, reply, count(*) filter (where fell) as drops, count(*) as replies
            from (
              select s.scenario_id,
                row_number() over (partition by t.session_id order by t.seq) as reply,
                ts.trust < lag(ts.trust) over (partition by t.session_id order by t.seq) as fell
              from sessions s
                join turns t on t.session_id = s.id and t.role = 'learner'
                join turn_scores ts on ts.turn_id = t.id
              where s.tenant_id = ${tenantId} and s.created_at >= ${from}::timestamptz
            ) steps
            where fell is not null
            group by scenario_id, reply`,
      ),
    ]);

    const by = <T extends Row>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of list) {
        const key = String(row.scenario_id);
        map.set(key, [...(map.get(key) ?? []), row]);
      }
      return map;
    };
    const reportsBy = by(reports);
    const principlesBy = by(principles);
    const successBy = by(success);
    const actsBy = by(acts);
    const dropsBy = by(drops);

    return counts.map((count): ScenarioFigures => {
      const scenarioId = String(count.scenario_id);
      const learners = Number(count.learners);
      const hidden: ScenarioFigures = {
        scenarioId,
        shown: false,
        learners: null,
        sessionsStarted: null,
        sessionsFinished: null,
        medianTurns: null,
        meanScores: null,
        success: null,
        missingActs: null,
        moodDrops: null,
        hintsPerSession: null,
        retriesPerSession: null,
      };
      if (learners < MIN_LEARNERS) return hidden;
      const report = reportsBy.get(scenarioId)?.[0];
      // What the reports say rests on the learners who finished: shown only when they are enough too.
      const finished = report && Number(report.learners) >= MIN_LEARNERS;
      const meanScores = Object.fromEntries(
        PRINCIPLE_IDS.map((id) => {
          const row = principlesBy.get(scenarioId)?.find((p) => p.principle === id);
          return [id, row && Number(row.learners) >= MIN_LEARNERS ? round(num(row.mean)) : null];
        }),
      ) as Record<PrincipleId, number | null>;
      const stepRows = dropsBy.get(scenarioId) ?? [];
      return {
        ...hidden,
        shown: true,
        learners,
        sessionsStarted: Number(count.started),
        sessionsFinished: Number(count.finished),
        medianTurns: finished ? round(num(report.median_turns), 1) : null,
        meanScores: finished ? meanScores : null,
        success: finished
          ? (successBy.get(scenarioId) ?? [])
              .map((row) => ({
                statement: String(row.statement),
                reached: Number(row.reached),
                sessions: Number(row.sessions),
              }))
              .sort((a, b) => a.reached / a.sessions - b.reached / b.sessions)
          : null,
        missingActs: finished
          ? (actsBy.get(scenarioId) ?? [])
              .map((row) => ({ label: String(row.label), sessions: Number(row.sessions) }))
              .sort((a, b) => b.sessions - a.sessions)
              .slice(0, 5)
          : null,
        moodDrops: stepRows
          .map((row) => ({
            reply: Number(row.reply),
            drops: Number(row.drops),
            share: round(Number(row.drops) / Number(row.replies)) ?? 0,
          }))
          .filter((step) => step.drops > 0)
          .sort((a, b) => b.drops - a.drops || a.reply - b.reply)
          .slice(0, 5),
        hintsPerSession: finished ? round(num(report.hints)) : null,
        retriesPerSession: finished ? round(num(report.retries)) : null,
      };
    });
  }

  /** Each principle's mean per ISO week (Monday) over the finished sessions; weeks with too few learners left out. */
  async function principleTrends(tenantId: string, since: Date): Promise<PrincipleTrend[]> {
    const found = await rows(
      db,
      sql`select p->>'id' as principle, to_char(date_trunc('week', s.ended_at), 'YYYY-MM-DD') as week,
            avg((p->>'mean')::float) as mean, count(distinct s.learner_id) as learners
          from sessions s join reports r on r.session_id = s.id,
            jsonb_array_elements(r.report->'principles') p
          where s.tenant_id = ${tenantId} and s.status = 'ended' and s.ended_at >= ${since.toISOString()}::timestamptz
            and r.report->>'outcome' = 'completed' and p->>'mean' is not null
          group by 1, 2 order by 2`,
    );
    return PRINCIPLE_IDS.map((principle) => ({
      principle,
      weeks: found
        .filter((row) => row.principle === principle && Number(row.learners) >= MIN_LEARNERS)
        .map((row) => ({
          week: String(row.week),
          learners: Number(row.learners),
          mean: round(num(row.mean)) ?? 0,
        })),
    }));
  }

  return { scenarios, principleTrends };
}

export type Analytics = ReturnType<typeof createAnalytics>;

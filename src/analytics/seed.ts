import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';

// Generated sessions for measuring the analytics queries at scale: learners, sessions over the last year,
// 2–8 scored learner replies each with the persona's trust moving, and a report for four in five. Written in
// a few set-based statements so 100,000 sessions take seconds, not hours. Persona turns are left out: no
// figure reads them.

export async function seedAnalytics(
  db: Database,
  input: { tenantId: string; sessions: number; learners: number; scenarioIds: string[]; now: Date },
) {
  const { tenantId, sessions, learners, scenarioIds, now } = input;
  const scenarios = sql.raw(`array[${scenarioIds.map((id) => `'${id.replaceAll("'", "''")}'`).join(',')}]`);
  await db.execute(sql`
    insert into learners (id, tenant_id, external_id)
    select gen_random_uuid(), ${tenantId}, 'seed-learner-' || g from generate_series(1, ${learners}) g
    on conflict do nothing`);
  await db.execute(sql`
    with l as (select id, row_number() over (order by id) as n from learners where tenant_id = ${tenantId}),
    g as (
      select g, (${scenarios}::text[])[1 + (g % ${scenarioIds.length})] as scenario_id,
        1 + (g * 7919) % ${learners} as learner_n,
        ${now.toISOString()}::timestamptz - ((g % 365) || ' days')::interval - ((g % 1440) || ' minutes')::interval as started
      from generate_series(1, ${sessions}) g
    )
    insert into sessions (id, tenant_id, learner_id, scenario_id, language, mode, status, trust, tension,
      mood_label, created_at, updated_at, ended_at)
    select gen_random_uuid(), ${tenantId}, l.id, g.scenario_id, 'en', 'practice',
      case when g.g % 5 = 0 then 'active' else 'ended' end, 50, 40, 'neutral', g.started, g.started,
      case when g.g % 5 = 0 then null else g.started + interval '15 minutes' end
    from g join l on l.n = g.learner_n`);
  await db.execute(sql`
    insert into turns (id, session_id, seq, parent_seq, role, content, status, source, created_at)
    select gen_random_uuid(), s.id, 2 * k, 2 * k - 1, 'learner', 'seeded reply ' || k, 'complete', 'learner', s.created_at
    from sessions s, generate_series(1, 2 + abs(hashtext(s.id::text)) % 7) k
    where s.tenant_id = ${tenantId}`);
  await db.execute(sql`
    insert into turn_scores (turn_id, engine, overall, result, trust, tension, mood_label, created_at)
    select t.id, 'heuristic', 30 + abs(hashtext(t.id::text)) % 60, '{}'::jsonb,
      greatest(0, least(100, 50 + (abs(hashtext(t.id::text || 'm')) % 41) - 20)), 40, 'neutral', t.created_at
    from turns t join sessions s on s.id = t.session_id
    where s.tenant_id = ${tenantId} and t.role = 'learner'`);
  await db.execute(sql`
    insert into reports (session_id, overall, report, created_at)
    select s.id, 40 + h % 50, jsonb_build_object(
        'outcome', 'completed',
        'turns', (select count(*) from turns t where t.session_id = s.id),
        'principles', jsonb_build_array(
          jsonb_build_object('id', 'self-leadership', 'mean', (h % 5)::float),
          jsonb_build_object('id', 'connection', 'mean', ((h / 5) % 5)::float),
          jsonb_build_object('id', 'courage', 'mean', ((h / 25) % 5)::float),
          jsonb_build_object('id', 'clarity', 'mean', ((h / 125) % 5)::float),
          jsonb_build_object('id', 'mentorship', 'mean', ((h / 625) % 5)::float)),
        'success', jsonb_build_array(
          jsonb_build_object('statement', 'The no is said plainly', 'met', h % 3 > 0),
          jsonb_build_object('statement', 'A next step is agreed', 'met', h % 4 = 0)),
        'acts', jsonb_build_object('core', jsonb_build_object('label', 'Say no to the deadline',
          'doneIn', case when h % 3 = 0 then '[]'::jsonb else '[2]'::jsonb end), 'mustNot', '[]'::jsonb),
        'hints', case when h % 4 = 0 then '[{"seq": 2, "principle": "clarity"}]'::jsonb else '[]'::jsonb end,
        'comparisons', '[]'::jsonb), s.ended_at
    from (select id, ended_at, abs(hashtext(id::text)) as h from sessions
          where tenant_id = ${tenantId} and status = 'ended') s`);
}

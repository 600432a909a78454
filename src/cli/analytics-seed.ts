// npm run analytics:seed -- [--sessions 100000] [--learners 2000] [--tenant analytics-seed]: generated
// sessions on the configured database, then the time each analytics query takes over them.
import { parseArgs } from 'node:util';
import { createAnalytics } from '../analytics/analytics.ts';
import { seedAnalytics } from '../analytics/seed.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { readLibrarySync } from '../scenarios/library-files.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '100000' },
    learners: { type: 'string', default: '2000' },
    tenant: { type: 'string', default: 'analytics-seed' },
    runs: { type: 'string', default: '5' },
    'skip-seed': { type: 'boolean', default: false },
  },
});
const config = loadConfig();
const db = await openDatabase(config, { attempts: 2 });
try {
  await db.migrate();
  const tenantId = values.tenant;
  if (!values['skip-seed']) {
    const scenarioIds = [...readLibrarySync(config.SCENARIOS_DIR).values()].map((s) => s.id);
    const started = performance.now();
    await seedAnalytics(db.db, {
      tenantId,
      sessions: Number(values.sessions),
      learners: Number(values.learners),
      scenarioIds,
      now: new Date(),
    });
    console.log(
      `seeded ${values.sessions} sessions for '${tenantId}' in ${Math.round(performance.now() - started)} ms`,
    );
  }
  const analytics = createAnalytics(db.db);
  const weeksBack = (weeks: number) => new Date(Date.now() - weeks * 7 * 24 * 60 * 60 * 1000);
  for (const [name, query] of [
    ['GET /v1/analytics/scenarios?weeks=12', () => analytics.scenarios(tenantId, weeksBack(12))],
    ['GET /v1/analytics/scenarios?weeks=52', () => analytics.scenarios(tenantId, weeksBack(52))],
    ['GET /v1/analytics/principles?weeks=12', () => analytics.principleTrends(tenantId, weeksBack(12))],
    ['GET /v1/analytics/principles?weeks=52', () => analytics.principleTrends(tenantId, weeksBack(52))],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const started = performance.now();
      await query();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `${name}: median ${Math.round(median)} ms, best ${Math.round(times[0]!)} ms (${db.kind}, ${times.length} runs)`,
    );
  }
} finally {
  await db.close();
}

import type { Analytics, PrincipleTrend, ScenarioFigures } from '../../analytics/analytics.ts';
import { MIN_LEARNERS } from '../../analytics/analytics.ts';
import { PRINCIPLE_IDS } from '../../rubric/ids.ts';
import type { ScenarioRegistry } from '../../scenarios/index.ts';
import type { Language } from '../../vocabulary.ts';
import { createRouter } from '../create-router.ts';
import { principleTrends, scenarioAnalytics } from './analytics.routes.ts';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A CSV cell: quoted when it must be, and never read as a formula by a spreadsheet. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const toCsv = (header: string[], lines: unknown[][]) =>
  `${[header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;

/** The figures with the scenario's title and language as the library has them now (null once it left it). */
type NamedFigures = ScenarioFigures & { title: string | null; language: Language | null };

function named(scenarios: Pick<ScenarioRegistry, 'get'>, list: ScenarioFigures[]): NamedFigures[] {
  return list.map(({ scenarioId, ...figures }) => {
    const scenario = scenarios.get(scenarioId);
    return { scenarioId, title: scenario?.title ?? null, language: scenario?.language ?? null, ...figures };
  });
}

function scenariosCsv(list: NamedFigures[]) {
  return toCsv(
    [
      'scenarioId',
      'title',
      'language',
      'learners',
      'sessionsStarted',
      'sessionsFinished',
      'medianTurns',
      ...PRINCIPLE_IDS.map((id) => `mean:${id}`),
      'hintsPerSession',
      'retriesPerSession',
      'mostMissingAct',
      'mostMoodDropsAtReply',
    ],
    list.map((s) => [
      s.scenarioId,
      s.title,
      s.language,
      s.learners,
      s.sessionsStarted,
      s.sessionsFinished,
      s.medianTurns,
      ...PRINCIPLE_IDS.map((id) => s.meanScores?.[id] ?? null),
      s.hintsPerSession,
      s.retriesPerSession,
      s.missingActs?.[0]?.label ?? null,
      s.moodDrops?.[0]?.reply ?? null,
    ]),
  );
}

function trendsCsv(list: PrincipleTrend[]) {
  return toCsv(
    ['principle', 'week', 'learners', 'mean'],
    list.flatMap((p) => p.weeks.map((w) => [p.principle, w.week, w.learners, w.mean])),
  );
}

/**
 * The consumer's figures; the `analytics` scope is required by the path (src/auth/scopes.ts). The titles come
 * from the registry here because an analytics key may not read `/v1/scenarios`.
 */
export function createAnalyticsRoutes(deps: {
  analytics: Analytics;
  scenarios: Pick<ScenarioRegistry, 'get'>;
  clock: () => Date;
}) {
  const csv = (body: string, name: string) =>
    new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}.csv"`,
      },
    });
  return createRouter()
    .openapi(scenarioAnalytics, async (c) => {
      const { weeks, format } = c.req.valid('query');
      const since = new Date(deps.clock().getTime() - weeks * WEEK_MS);
      const scenarios = named(deps.scenarios, await deps.analytics.scenarios(c.var.tenantId, since));
      if (format === 'csv') return csv(scenariosCsv(scenarios), 'scenarios') as never;
      return c.json({ minLearners: MIN_LEARNERS, scenarios }, 200);
    })
    .openapi(principleTrends, async (c) => {
      const { weeks, format } = c.req.valid('query');
      const since = new Date(deps.clock().getTime() - weeks * WEEK_MS);
      const principles = await deps.analytics.principleTrends(c.var.tenantId, since);
      if (format === 'csv') return csv(trendsCsv(principles), 'principles') as never;
      return c.json({ minLearners: MIN_LEARNERS, principles }, 200);
    });
}

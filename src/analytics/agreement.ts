// How far to trust a scenario's scores: how well the rubric agrees with the ratings the authors gave the golden
// examples, and, where an LLM judge ran, how well the judge and the heuristic agree on this consumer's real
// replies. The golden examples are scored as `scenarios:check` scores them; the judge's verdicts are the stored
// ones, each carrying the heuristic's reading beside the judge's (confidence.judge.principles).
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { ratingOf } from '../rubric/calibrate.ts';
import { PRINCIPLE_IDS, type PrincipleId } from '../rubric/ids.ts';
import { type ExampleScorer, type ScoredExample, scoreGoldenExamples } from '../scenarios/golden-examples.ts';
import { parseScenario } from '../scenarios/parse.ts';
import { MIN_AGREEMENT_PAIRS, RATINGS, type Rating } from '../vocabulary.ts';
import { rows } from './analytics.ts';
import { type RatedPair, weightedKappa } from './kappa.ts';

export const KAPPA_REASONS = ['no-judge', 'too-few', 'no-variation'] as const;
export type KappaReason = (typeof KAPPA_REASONS)[number];

export type GoldenAgreement = {
  /** The file scored, as the studio names it. */
  file: string;
  examples: number;
  inBand: number;
  /** Quadratic-weighted kappa of the rating got (poor < fair < good) against the rating given. */
  rating: { kappa: number | null; reason: 'no-examples' | 'no-variation' | null };
  /** Per principle, over the examples that name the score they expect for it. */
  principles: { principle: PrincipleId; n: number; exact: number; withinOne: number }[];
};

export type JudgeAgreement = {
  /** The consumer's replies of this scenario that the judge scored beside the heuristic. */
  verdicts: number;
  principles: { principle: PrincipleId; n: number; kappa: number | null; reason: KappaReason | null }[];
};

export type ScenarioAgreement = {
  scenarioId: string;
  /** Null when the file does not parse as it is now. */
  golden: GoldenAgreement | null;
  judge: JudgeAgreement;
};

const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
const RATING_ORDER: Record<Rating, number> = { poor: 0, fair: 1, good: 2 };

/** The agreement of scored golden examples with their authors' ratings and expected principle scores. */
export function goldenAgreement(file: string, scored: readonly ScoredExample[]): GoldenAgreement {
  const ratings: RatedPair[] = scored.map(({ example, result }) => [
    RATING_ORDER[example.rating],
    RATING_ORDER[ratingOf(Math.round(result.overall))],
  ]);
  const kappa = weightedKappa(ratings, RATINGS.length);
  return {
    file,
    examples: scored.length,
    inBand: ratings.filter(([given, got]) => given === got).length,
    rating: {
      kappa: round(kappa),
      reason: kappa !== null ? null : scored.length === 0 ? 'no-examples' : 'no-variation',
    },
    principles: PRINCIPLE_IDS.map((principle) => {
      const pairs = scored.flatMap(({ example, result }) => {
        const expected = example.scores?.[principle];
        if (expected === undefined) return [];
        const got = result.criteria?.find((criterion) => criterion.id === principle)?.score;
        // No score where the author expects one is as far off as can be.
        return [typeof got === 'number' ? Math.abs(got - expected) : Number.POSITIVE_INFINITY];
      });
      return {
        principle,
        n: pairs.length,
        exact: pairs.filter((apart) => apart === 0).length,
        withinOne: pairs.filter((apart) => apart <= 1).length,
      };
    }),
  };
}

/** Per principle, the judge–heuristic kappa on the 0–4 scale from counted (heuristic, judge) pairs. */
export function judgeAgreement(
  counted: readonly { principle: string; heuristic: number; judge: number; count: number }[],
  verdicts: number,
): JudgeAgreement {
  return {
    verdicts,
    principles: PRINCIPLE_IDS.map((principle) => {
      const pairs = counted
        .filter((row) => row.principle === principle)
        .flatMap((row): RatedPair[] => Array.from({ length: row.count }, () => [row.heuristic, row.judge]));
      const n = pairs.length;
      if (verdicts === 0) return { principle, n, kappa: null, reason: 'no-judge' as const };
      if (n < MIN_AGREEMENT_PAIRS) return { principle, n, kappa: null, reason: 'too-few' as const };
      const kappa = round(weightedKappa(pairs, 5));
      return { principle, n, kappa, reason: kappa === null ? ('no-variation' as const) : null };
    }),
  };
}

export function createAgreement(deps: {
  db: Database;
  /** The scenario's file as it is now (the studio's folder), by id. */
  files: { find(scenarioId: string): Promise<{ file: string; text: string } | null> };
  score: ExampleScorer;
}) {
  /** The file of the library with this id now, scored as the strict check scores it; null when it does not parse. */
  async function golden(scenarioId: string): Promise<GoldenAgreement | null> {
    const found = await deps.files.find(scenarioId);
    if (!found) throw new AppError('not_found', `No scenario ${scenarioId} in the library.`);
    const { file, text } = found;
    const parsed = parseScenario(text, file);
    if (!parsed.ok) return null;
    return goldenAgreement(
      file,
      await scoreGoldenExamples({ file, text, scenario: parsed.scenario }, deps.score),
    );
  }

  /** The consumer's judged replies of this scenario, counted per principle and pair of scores. */
  async function judge(tenantId: string, scenarioId: string): Promise<JudgeAgreement> {
    const judged = sql`select ts.result->'confidence'->'judge'->'principles' as principles
      from sessions s
        join turns t on t.session_id = s.id and t.role = 'learner'
        join turn_scores ts on ts.turn_id = t.id
      where s.tenant_id = ${tenantId} and s.scenario_id = ${scenarioId} and ts.engine = 'llm'
        and jsonb_typeof(ts.result->'confidence'->'judge'->'principles') = 'array'`;
    const [counted, [total]] = await Promise.all([
      rows(
        deps.db,
        sql`select p->>'id' as principle, round((p->>'heuristic')::float)::int as heuristic,
              round((p->>'judge')::float)::int as judge, count(*) as count
            from (${judged}) v, jsonb_array_elements(v.principles) p
            group by 1, 2, 3`,
      ),
      rows(deps.db, sql`select count(*) as verdicts from (${judged}) v`),
    ]);
    return judgeAgreement(
      counted.map((row) => ({
        principle: String(row.principle),
        heuristic: Number(row.heuristic),
        judge: Number(row.judge),
        count: Number(row.count),
      })),
      Number(total?.verdicts ?? 0),
    );
  }

  return {
    async forScenario(tenantId: string, scenarioId: string): Promise<ScenarioAgreement> {
      const [goldenPart, judgePart] = await Promise.all([golden(scenarioId), judge(tenantId, scenarioId)]);
      return { scenarioId, golden: goldenPart, judge: judgePart };
    },
  };
}

export type Agreement = ReturnType<typeof createAgreement>;

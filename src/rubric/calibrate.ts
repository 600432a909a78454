import type { Rating } from '../vocabulary.ts';
import { scoreHeuristic } from './heuristic.ts';
import type { Language, PrincipleId } from './ids.ts';
import { ratingOf } from './rating.ts';
import type { Focus, HistoryTurn, RubricResult, ScenarioContext, ScoreInput } from './types.ts';

// Agreement between the scorer and the golden examples the scenario authors wrote.

/** The slice of a scenario calibration reads (a parsed scenario file fits). */
export type CalibrationScenario = {
  id: string;
  language: Language;
  focus: Focus;
  opening: { speaker: 'persona' | 'learner'; lines: string[] };
  examples: { reply: string; rating: Rating; scores?: Partial<Record<PrincipleId, number>> }[];
  /** The scenario's acts and words; scored without them when absent. */
  context?: ScenarioContext | undefined;
};

export { RATING_THRESHOLDS, ratingOf } from './rating.ts';

const RANK: Record<Rating, number> = { good: 2, fair: 1, poor: 0 };

export type ScenarioCalibration = {
  id: string;
  language: Language;
  pairs: number;
  ordered: number;
  /** Pairs in the wrong order or tied, for the report. */
  misordered: { higher: string; lower: string; higherScore: number; lowerScore: number }[];
  examples: { reply: string; rating: Rating; overall: number; predicted: Rating }[];
};

export type CalibrationReport = {
  scenarios: ScenarioCalibration[];
  ranking: { pairs: number; ordered: number; accuracy: number };
  byLanguage: Record<Language, { pairs: number; ordered: number; accuracy: number }>;
  exact: { examples: number; agree: number; accuracy: number };
  principles: { checked: number; within1: number; accuracy: number };
};

export type Scorer = (input: ScoreInput) => RubricResult;

/**
 * What the learner answers first: the persona's opening, when the persona speaks first, as one turn of its
 * lines: the shape a session stores it in, so golden examples are scored on the history a session has.
 */
export function openingHistory(scenario: Pick<CalibrationScenario, 'opening'>): HistoryTurn[] {
  const { speaker, lines } = scenario.opening;
  return speaker === 'persona' && lines.length > 0 ? [{ role: 'persona', content: lines.join('\n\n') }] : [];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores every example (with the heuristic unless another scorer is given) and compares with the ratings. */
export function calibrate(
  scenarios: CalibrationScenario[],
  score: Scorer = scoreHeuristic,
): CalibrationReport {
  const results: ScenarioCalibration[] = [];
  let examples = 0;
  let agree = 0;
  let checked = 0;
  let within1 = 0;
  for (const scenario of scenarios) {
    const history = openingHistory(scenario);
    const scored = scenario.examples.map((example) => {
      const result = score({
        reply: example.reply,
        language: scenario.language,
        focus: scenario.focus,
        history,
        scenario: scenario.context,
      });
      return { example, result };
    });
    let pairs = 0;
    let ordered = 0;
    const misordered: ScenarioCalibration['misordered'] = [];
    for (const a of scored) {
      for (const b of scored) {
        if (RANK[a.example.rating] <= RANK[b.example.rating]) continue;
        pairs++;
        if (a.result.overall > b.result.overall) ordered++;
        else
          misordered.push({
            higher: a.example.reply,
            lower: b.example.reply,
            higherScore: a.result.overall,
            lowerScore: b.result.overall,
          });
      }
    }
    for (const { example, result } of scored) {
      examples++;
      if (ratingOf(result.overall) === example.rating) agree++;
      for (const [principle, expected] of Object.entries(example.scores ?? {})) {
        const actual = result.criteria.find((c) => c.id === principle)?.score;
        checked++;
        if (actual !== null && actual !== undefined && Math.abs(actual - expected) <= 1) within1++;
      }
    }
    results.push({
      id: scenario.id,
      language: scenario.language,
      pairs,
      ordered,
      misordered,
      examples: scored.map(({ example, result }) => ({
        reply: example.reply,
        rating: example.rating,
        overall: result.overall,
        predicted: ratingOf(result.overall),
      })),
    });
  }
  const sum = (list: ScenarioCalibration[]) => {
    const pairs = list.reduce((n, s) => n + s.pairs, 0);
    const ordered = list.reduce((n, s) => n + s.ordered, 0);
    return { pairs, ordered, accuracy: ratio(ordered, pairs) };
  };
  return {
    scenarios: results,
    ranking: sum(results),
    byLanguage: {
      nl: sum(results.filter((s) => s.language === 'nl')),
      en: sum(results.filter((s) => s.language === 'en')),
    },
    exact: { examples, agree, accuracy: ratio(agree, examples) },
    principles: { checked, within1, accuracy: ratio(within1, checked) },
  };
}

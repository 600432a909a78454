import { type CalibrationReport, type CalibrationScenario, calibrate, openingHistory } from './calibrate.ts';
import { type ScenarioLike, scenarioContext } from './context.ts';
import type {
  AdversarialCase,
  AdversarialClass,
  AdversarialReferences,
  SarcasmExample,
} from './fixtures/adversarial-types.ts';
import type { HeldOutGroup } from './fixtures/held-out.ts';
import { scoreHeuristic } from './heuristic.ts';
import type { RubricResult } from './types.ts';

// The rubric measured honestly: the library's golden examples, the held-out replies (never tuned on)
// and the adversarial cases, each reported on its own. `npm run rubric:calibrate` prints them; the
// tests hold the figures as floors.

export type LibraryScenario = CalibrationScenario & ScenarioLike;
export type Library = ReadonlyMap<string, LibraryScenario>;

/** Held-out groups scored as calibration scores golden examples: answers to the scenario's opening. */
export function heldOutReport(groups: HeldOutGroup[], library: Library): CalibrationReport {
  const scenarios = groups.map((group): CalibrationScenario => {
    const scenario = library.get(`${group.language}/${group.scenarioId}`);
    if (!scenario)
      throw new Error(`held-out group for unknown scenario ${group.language}/${group.scenarioId}`);
    return {
      ...scenario,
      context: scenarioContext(scenario),
      examples: [
        ...group.good.map((reply) => ({ reply, rating: 'good' as const })),
        ...group.fair.map((reply) => ({ reply, rating: 'fair' as const })),
        ...group.poor.map((reply) => ({ reply, rating: 'poor' as const })),
      ],
    };
  });
  return calibrate(scenarios);
}

/** The library's own golden examples, scored with each scenario's acts. */
export function libraryReport(library: Library): CalibrationReport {
  return calibrate([...library.values()].map((s) => ({ ...s, context: scenarioContext(s) })));
}

/**
 * `byScore`: the case meets its class's score checks (ceiling, below the references, flags), leaving out the
 * moves it names: the issue's own measure for classes judged by score, such as glued harm.
 */
export type CaseOutcome = {
  case: AdversarialCase;
  passed: boolean;
  byScore: boolean;
  overall: number;
  why: string;
};
export type AdversarialReport = {
  cases: CaseOutcome[];
  byClass: Record<string, { passed: number; byScore: number; total: number }>;
  passed: number;
  total: number;
};

/** The ceilings of the issue: what a case of each class may score at most. */
export const CLASS_CEILINGS: Partial<Record<AdversarialClass, number>> = {
  'stock-phrases': 50,
  'glued-harm': 40,
  empty: 30,
  generic: 45,
};

export function adversarialReport(
  cases: AdversarialCase[],
  references: AdversarialReferences,
  library: Library,
): AdversarialReport {
  const score = (reply: string, item: AdversarialCase): RubricResult => {
    const scenario = library.get(`${item.language}/${item.scenarioId}`);
    if (!scenario)
      throw new Error(`adversarial case for unknown scenario ${item.language}/${item.scenarioId}`);
    return scoreHeuristic({
      reply,
      language: item.language,
      focus: scenario.focus,
      history: item.history ?? openingHistory(scenario),
      scenario: scenarioContext(scenario),
    });
  };
  const cache = new Map<string, number>();
  const overallOf = (reply: string, item: AdversarialCase) => {
    const key = `${item.language}/${item.scenarioId}\n${reply}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = score(reply, item).overall;
      cache.set(key, value);
    }
    return value;
  };
  const outcomes = cases.map((item): CaseOutcome => {
    const result = score(item.reply, item);
    const refs = references[`${item.language}/${item.scenarioId}`];
    const checkAgainst = (expected: AdversarialCase) =>
      check(
        expected,
        result,
        refs && { decent: overallOf(refs.decent, item), good: overallOf(refs.good, item) },
        () => (item.sameAs ? overallOf(item.sameAs, item) : undefined),
      );
    const problems = checkAgainst(item);
    const byScore = checkAgainst({ ...item, has: undefined, lacks: undefined }).length === 0;
    return {
      case: item,
      passed: problems.length === 0,
      byScore,
      overall: result.overall,
      why: problems.join('; '),
    };
  });
  const byClass: AdversarialReport['byClass'] = {};
  for (const outcome of outcomes) {
    const entry = byClass[outcome.case.class] ?? { passed: 0, byScore: 0, total: 0 };
    byClass[outcome.case.class] = entry;
    entry.total++;
    if (outcome.passed) entry.passed++;
    if (outcome.byScore) entry.byScore++;
  }
  return {
    cases: outcomes,
    byClass,
    passed: outcomes.filter((o) => o.passed).length,
    total: outcomes.length,
  };
}

function check(
  item: AdversarialCase,
  result: RubricResult,
  refs: { decent: number; good: number } | undefined,
  sameAs: () => number | undefined,
): string[] {
  const problems: string[] = [];
  const moves = new Set(result.moves.map((m) => m.id));
  const flags = new Set(result.flags.map((f) => f.id));
  for (const id of item.has ?? []) if (!moves.has(id as never)) problems.push(`misses ${id}`);
  for (const id of item.lacks ?? []) if (moves.has(id as never)) problems.push(`reads ${id}`);
  const ceiling = CLASS_CEILINGS[item.class];
  if (ceiling !== undefined && result.overall > ceiling)
    problems.push(`scores ${result.overall} > ${ceiling}`);
  switch (item.class) {
    case 'stock-phrases':
      if (refs && result.overall >= refs.good) problems.push(`not below the good reply (${refs.good})`);
      break;
    case 'glued-harm':
      if (refs && result.overall >= refs.decent) problems.push(`not below the decent reply (${refs.decent})`);
      break;
    case 'injection':
      if (!flags.has('grader-instruction')) problems.push('injection not flagged');
      if (refs && result.overall > refs.decent) problems.push(`above the decent reply (${refs.decent})`);
      break;
    case 'wrong-language': {
      if (!flags.has('wrong-language') && !flags.has('mixed-language')) problems.push('language not flagged');
      const same = sameAs();
      if (same !== undefined && result.overall > same)
        problems.push(`above the same reply in the right language (${same})`);
      break;
    }
    case 'generic':
      if (!flags.has('generic') && !flags.has('keyword-stuffing')) problems.push('not flagged generic');
      break;
    default:
      break;
  }
  return problems;
}

/** The kind acts a mocking reply imitates: read in one, it would earn what it mocks. */
export const MOCKED_KIND_ACTS = [
  'appreciation',
  'acknowledges-feeling',
  'apology-with-responsibility',
  'condolence',
  'offers-support',
];

/** Per language and kind of reply ("en mocking", "nl sincere"): how many the engine read right, of how many. */
export type SarcasmReport = Record<string, { right: number; total: number }>;

/**
 * Sarcasm examples read by the engine: a mocking reply right when it gets contempt and none of the kind acts
 * it imitates, a sincere one when it gets no contempt.
 */
export function sarcasmReport(examples: SarcasmExample[], library: Library): SarcasmReport {
  const report: SarcasmReport = {};
  for (const example of examples) {
    const scenario = library.get(`${example.language}/${example.scenarioId}`);
    if (!scenario)
      throw new Error(`sarcasm example for unknown scenario ${example.language}/${example.scenarioId}`);
    const moves = scoreHeuristic({
      reply: example.reply,
      language: example.language,
      focus: scenario.focus,
      history: openingHistory(scenario),
      scenario: scenarioContext(scenario),
    }).moves.map((move) => move.id as string);
    const right = example.sarcastic
      ? moves.includes('contempt') && !MOCKED_KIND_ACTS.some((id) => moves.includes(id))
      : !moves.includes('contempt');
    const key = `${example.language} ${example.sarcastic ? 'mocking' : 'sincere'}`;
    const entry = report[key] ?? { right: 0, total: 0 };
    report[key] = entry;
    entry.total++;
    if (right) entry.right++;
  }
  return report;
}

// Golden examples are a scenario's own tests: each reply must score in the band its rating names.
import { openingHistory, RATING_THRESHOLDS, ratingOf } from '../rubric/calibrate.ts';
import { findAct, scenarioContext } from '../rubric/context.ts';
import { PRINCIPLE_IDS, type PrincipleId } from '../rubric/ids.ts';
import { analysisText } from '../rubric/text.ts';
import type { DetectedMove, HistoryTurn, ScenarioContext } from '../rubric/types.ts';
import type { Language, Rating } from '../vocabulary.ts';
import type { Finding, Severity } from './errors.ts';
import type { LibraryEntry } from './library-check.ts';
import { locateInScenario } from './parse.ts';
import type { Scenario } from './schema.ts';

/** The slice of a rubric scorer the check needs; the rubric's heuristic scorer fits it. */
export type ExampleScorer = (input: {
  reply: string;
  language: Language;
  focus: Scenario['focus'];
  history: HistoryTurn[];
  scenario: ScenarioContext;
}) => ExampleResult | Promise<ExampleResult>;

export type ExampleResult = {
  overall: number;
  criteria?: { id: PrincipleId; score: number | null }[];
  moves?: DetectedMove[];
  flags?: { id: string }[];
};

/** The overall scores (0–100) each rating stands for, as the rubric's calibration reads them. */
export const RATING_BANDS: Record<Rating, { min: number; max: number }> = {
  good: { min: RATING_THRESHOLDS.good, max: 100 },
  fair: { min: RATING_THRESHOLDS.fair, max: RATING_THRESHOLDS.good - 1 },
  poor: { min: 0, max: RATING_THRESHOLDS.fair - 1 },
};

/** A principle's score may differ this much from the one the example expects. */
const SCORE_TOLERANCE = 1;

/** Whether a principle's score is off the one the example expects: the strict check's rule, and the studio's. */
export function principleScoreOff(expected: number, actual: number | null): boolean {
  return actual === null || Math.abs(actual - expected) > SCORE_TOLERANCE;
}

type Example = Scenario['examples'][number];
type Scored = { index: number; example: Example; result: ExampleResult; details: string[] };

/** One golden example as the rubric scored it, with where it is and what is wrong with it. */
export type ScoredExample = {
  index: number;
  line: number;
  column: number;
  example: Example;
  result: ExampleResult;
  /** The scenario's acts against the reply, by label: the must-do acts it does and misses, the must-not acts it does. */
  acts?: { met: string[]; missed: string[]; mustNot: string[] };
  problems: { message: string; path?: string }[];
  details: string[];
};

/**
 * Scores every golden example of a file as calibration does: as an answer to the persona's opening. An example
 * still holding a TODO is left out: it is reported as a placeholder already, and scoring it would only add noise.
 */
export async function scoreGoldenExamples(
  entry: LibraryEntry,
  score: ExampleScorer,
): Promise<ScoredExample[]> {
  const { scenario } = entry;
  const history = openingHistory(scenario);
  const context = scenarioContext(scenario);
  const out: ScoredExample[] = [];
  for (const [index, example] of scenario.examples.entries()) {
    if (/\bTODO\b/.test(example.reply)) continue;
    const result = await score({
      reply: example.reply,
      language: scenario.language,
      focus: scenario.focus,
      history,
      scenario: context,
    });
    const scored = { index, example, result, details: describe(scenario, example, result) };
    const acts = actsOf(scenario, example, result);
    out.push({
      ...scored,
      ...locateInScenario(entry.text, ['examples', index]),
      ...(acts && scenario.acts ? { acts: actLabels(scenario.acts.core.label, acts) } : {}),
      problems: problemsOf(scenario, scored),
    });
  }
  return out;
}

function actLabels(core: string, acts: NonNullable<ReturnType<typeof actsOf>>) {
  return {
    met: acts.core ? [core] : [],
    missed: acts.core ? [] : [core],
    mustNot: acts.mustNot.map((act) => act.label),
  };
}

/** The findings of scored examples: each one out of its band, missing an expected principle score or contradicting the acts. */
export function exampleFindings(
  file: string,
  scored: readonly ScoredExample[],
  severity: Severity,
): Finding[] {
  return scored.flatMap(({ index, line, column, problems, details }) =>
    problems.map((problem) => ({
      file,
      path: problem.path ?? `examples[${index}]`,
      line,
      column,
      message: problem.message,
      details,
      severity,
    })),
  );
}

const round = (n: number) => Math.round(n);

/** `"I can hear how much pressure…"`: enough of the reply to recognise it. */
function quoteOf(reply: string): string {
  const flat = reply.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return `"${flat}"`;
  const cut = flat.slice(0, 58);
  return `"${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…"`;
}

function problemsOf(scenario: Scenario, scored: Scored): { message: string; path?: string }[] {
  const { example, result, index } = scored;
  const problems: { message: string; path?: string }[] = [];
  const name = `golden example ${quoteOf(example.reply)}`;
  const band = RATING_BANDS[example.rating];
  const overall = round(result.overall);
  if (overall < band.min || overall > band.max) {
    problems.push({
      message: `${name} is rated ${example.rating} (${band.min}–${band.max}) but scores ${overall}/100, which is ${ratingOf(overall)}`,
    });
  }
  for (const [principle, expected] of Object.entries(example.scores ?? {})) {
    const actual = result.criteria?.find((criterion) => criterion.id === principle)?.score;
    if (actual === undefined || expected === undefined) continue;
    if (principleScoreOff(expected, actual)) {
      problems.push({
        path: `examples[${index}].scores.${principle}`,
        message: `${name} expects ${principle} ${expected}, the rubric gives ${actual ?? 'no score'}`,
      });
    }
  }
  const acts = actsOf(scenario, example, result);
  if (example.rating === 'good' && acts && !acts.core) {
    problems.push({
      message: `${name} is rated good but does not do the core act "${scenario.acts?.core.label}": add its words to acts.core`,
    });
  }
  if (example.rating !== 'poor') {
    for (const { label, quote } of acts?.mustNot ?? []) {
      problems.push({
        message: `${name} is rated ${example.rating} but does the must-not act "${label}" ("${quote}")`,
      });
    }
  }
  return problems;
}

/** Where the reply does the scenario's core act and which must-not acts it does. */
function actsOf(scenario: Scenario, example: Example, result: ExampleResult) {
  const { acts, language } = scenario;
  if (!acts) return undefined;
  const text = analysisText(example.reply);
  const moves = result.moves ?? [];
  const core = findAct(acts.core, text, moves, language, false);
  const mustNot = acts.mustNot.flatMap((check) => {
    const found = findAct(check, text, moves, language, true);
    return found ? [{ label: check.label, quote: found.quote }] : [];
  });
  return { core, mustNot };
}

/** What the rubric saw in the reply: the lines under a finding, so the author sees why without rerunning. */
function describe(scenario: Scenario, example: Example, result: ExampleResult): string[] {
  const scores = PRINCIPLE_IDS.map((id) => {
    const score = result.criteria?.find((criterion) => criterion.id === id)?.score;
    return `${id} ${score === null || score === undefined ? '–' : score}`;
  });
  const moves = (result.moves ?? []).map((move) => `${move.id} "${move.quote}"`);
  const lines = [`scores: ${scores.join(', ')}`, `moves: ${moves.length > 0 ? moves.join(', ') : 'none'}`];
  const acts = actsOf(scenario, example, result);
  if (acts && scenario.acts) {
    const core = `core "${scenario.acts.core.label}" ${acts.core ? `met ("${acts.core.quote}")` : 'missed'}`;
    const done = acts.mustNot.map(({ label, quote }) => `"${label}" ("${quote}")`);
    const mustNot = done.length > 0 ? `must-not done: ${done.join(', ')}` : 'no must-not act done';
    lines.push(`acts: ${core}; ${mustNot}`);
  }
  const flags = (result.flags ?? []).map((flag) => flag.id);
  if (flags.length > 0) lines.push(`flags: ${flags.join(', ')}`);
  return lines;
}

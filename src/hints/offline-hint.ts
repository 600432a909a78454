import { PRINCIPLE_IDS, type PrincipleId } from '../rubric/ids.ts';
import { openingHistory, scenarioContext, scoreHeuristic } from '../rubric/index.ts';
import type { RubricResult } from '../rubric/types.ts';
import type { Scenario } from '../scenarios/schema.ts';
import type { HintStage, MoodLabel } from '../vocabulary.ts';
import { HINT_WORDS } from './hint-words.ts';

// The hint a learner asks for before replying ("What could I say?"), built from the scenario and the session
// so far, without a model: the principle most worth working on now, what the persona seems to need (only
// the hidden needs the persona has revealed: a hint never gives away what the learner has not earned), and
// one example opening.

export type HintInput = {
  scenario: Scenario;
  /** The rubric's verdicts on the learner's replies so far, oldest first. */
  results: RubricResult[];
  /** The learner's replies so far: an opening they already used is not offered again. */
  said: string[];
  mood: MoodLabel;
  /** Indexes of the hidden needs the persona has revealed so far. */
  revealed: number[];
};

/** Where the example opening came from. */
export type OpeningSource = 'scenario-hint' | 'golden-example' | 'standard';

export type Hint = {
  language: Scenario['language'];
  principle: PrincipleId;
  /** The principle's mean over the replies so far (0–4), null before any reply scored it. */
  mean: number | null;
  stage: HintStage;
  /** What to do now, in one sentence. */
  advice: string;
  /** The hidden needs the persona has revealed: the only ones a hint may name. */
  needs: string[];
  opening: string;
  openingFrom: OpeningSource;
  /** The whole hint as one paragraph, in the scenario's language. */
  text: string;
  source: 'offline' | 'llm';
};

/** The offline hint: the same input always gives the same hint. */
export function buildHint(input: HintInput): Hint {
  const { scenario } = input;
  const language = scenario.language;
  const { principle, mean } = principleToWorkOn(scenario.focus, input.results);
  const stage = stageOf(scenario, input.results.length);
  const needs = input.revealed.flatMap((index) => scenario.persona.hiddenNeeds[index] ?? []);
  const authored = authoredHint(scenario, { principle, stage, mood: input.mood, said: input.said });
  const golden = authored ? null : goldenOpening(scenario, principle, input.said);
  const words = HINT_WORDS[language];
  const opening = authored?.opening ?? golden ?? words.openings[principle];
  const advice = authored?.advice ?? words.advice[principle];
  const hint = {
    language,
    principle,
    mean,
    stage,
    advice,
    needs,
    opening,
    openingFrom: authored ? 'scenario-hint' : golden ? 'golden-example' : 'standard',
    source: 'offline',
  } satisfies Omit<Hint, 'text'>;
  return { ...hint, text: hintText(hint, firstName(scenario.persona.name)) };
}

/** The hint as one paragraph: the principle and why, the advice, the persona's needs, the opening. */
export function hintText(hint: Omit<Hint, 'text'>, personaName: string): string {
  const words = HINT_WORDS[hint.language];
  return [
    words.principleNow(words.principles[hint.principle]),
    hint.mean === null ? words.whyFocus : words.whyScores(formatMean(hint.mean, hint.language)),
    hint.advice,
    hint.needs.length > 0 ? words.needs(personaName, hint.needs) : words.noNeedsYet(personaName),
    words.opening(hint.opening),
  ].join(' ');
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

const formatMean = (mean: number, language: Hint['language']) =>
  mean.toFixed(1).replace('.', language === 'nl' ? ',' : '.');

/**
 * The principle with the most to gain: each principle the scenario scores, by its weight times what its mean
 * so far falls short of 4 (a principle no reply has scored counts as halfway). Before any reply: the one the
 * scenario weighs most. Ties go to the heavier weight, then to the method's order.
 */
export function principleToWorkOn(
  focus: Scenario['focus'],
  results: RubricResult[],
): { principle: PrincipleId; mean: number | null } {
  const ranked = PRINCIPLE_IDS.filter((id) => focus[id] > 0).map((id, order) => {
    const scores = results.flatMap(
      (result) => result.criteria.find((criterion) => criterion.id === id)?.score ?? [],
    );
    const mean =
      scores.length > 0 ? scores.reduce((sum: number, score) => sum + score, 0) / scores.length : null;
    const gain = focus[id] * (4 - (mean ?? 2));
    return { id, mean, gain, weight: focus[id], order };
  });
  const anyScored = ranked.some((entry) => entry.mean !== null);
  ranked.sort((a, b) =>
    anyScored
      ? b.gain - a.gain || b.weight - a.weight || a.order - b.order
      : b.weight - a.weight || a.order - b.order,
  );
  const best = ranked[0];
  // A scenario that scores nothing at all (every weight 0) cannot be written: the schema wants one weight.
  if (!best) return { principle: 'connection', mean: null };
  return { principle: best.id, mean: best.mean === null ? null : Math.round(best.mean * 100) / 100 };
}

/** Before the first reply, the last two replies before the persona closes, or in between. */
export function stageOf(scenario: Scenario, replies: number): HintStage {
  if (replies === 0) return 'start';
  return replies >= scenario.script.maxTurns - 2 ? 'closing' : 'middle';
}

const said = (opening: string, replies: string[]) => {
  const wanted = normalise(opening);
  return replies.some((reply) => normalise(reply).includes(wanted));
};
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The author's hint that fits best: its principle named (or none), its stage and mood (or any). */
function authoredHint(
  scenario: Scenario,
  now: { principle: PrincipleId; stage: HintStage; mood: MoodLabel; said: string[] },
) {
  let best: { fit: number; hint: Scenario['hints'][number] } | null = null;
  for (const hint of scenario.hints) {
    if (hint.principle && hint.principle !== now.principle) continue;
    if (hint.stage && hint.stage !== now.stage) continue;
    if (hint.mood && hint.mood !== now.mood) continue;
    if (said(hint.opening, now.said)) continue;
    const fit = (hint.principle ? 2 : 0) + (hint.stage ? 1 : 0) + (hint.mood ? 1 : 0);
    if (!best || fit > best.fit) best = { fit, hint };
  }
  return best?.hint ?? null;
}

const GOLDEN = new WeakMap<Scenario, Map<PrincipleId, string[]>>();

/**
 * A sentence of the scenario's good golden replies that earned the principle its points, as the rubric reads
 * it: from the reply that scores the principle highest, the sentence holding its first earned evidence.
 */
function goldenOpening(scenario: Scenario, principle: PrincipleId, replies: string[]): string | null {
  let byPrinciple = GOLDEN.get(scenario);
  if (!byPrinciple) {
    byPrinciple = new Map();
    GOLDEN.set(scenario, byPrinciple);
  }
  let candidates = byPrinciple.get(principle);
  if (!candidates) {
    candidates = goldenCandidates(scenario, principle);
    byPrinciple.set(principle, candidates);
  }
  return candidates.find((candidate) => !said(candidate, replies)) ?? null;
}

function goldenCandidates(scenario: Scenario, principle: PrincipleId): string[] {
  const history = openingHistory(scenario);
  const context = scenarioContext(scenario);
  const scored = scenario.examples
    .filter((example) => example.rating === 'good')
    .flatMap((example, order) => {
      const reply = example.reply.trim();
      const result = scoreHeuristic({
        reply,
        language: scenario.language,
        history,
        focus: scenario.focus,
        scenario: context,
      });
      const criterion = result.criteria.find((entry) => entry.id === principle);
      const earned = criterion?.evidence.find((evidence) => evidence.polarity === 'earned');
      if (!criterion?.score || !earned) return [];
      return [{ sentence: sentenceAround(reply, earned.start, earned.end), score: criterion.score, order }];
    });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return [...new Set(scored.map((entry) => entry.sentence))];
}

/** The sentence of `text` that holds the span, whole. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const boundary = /[.!?…](?:["”’)]*)\s+/g;
  let from = 0;
  for (let match = boundary.exec(before); match; match = boundary.exec(before)) {
    from = match.index + match[0].length;
  }
  boundary.lastIndex = end;
  const next = boundary.exec(text);
  const to = next ? next.index + next[0].trimEnd().length : text.length;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

import type { ConfidenceLevel, Language } from '../vocabulary.ts';
import { PRINCIPLE_IDS } from './ids.ts';
import type { Confidence, ConfidenceReasonId, FlagId, RubricResult, Span } from './types.ts';

// How far to trust one verdict, read from the verdict itself: how much of the reply the rules recognised,
// whether the reply is like the replies the rubric was calibrated on, and whether the judge and the rules
// agree. It never changes a score; it says how rough the score is.

/**
 * The word counts of the calibration sets (the scenarios' golden examples and the rubric's training and held-out
 * replies) between their 2nd and 98th percentile; a test recomputes them from the sets. A reply outside is
 * unlike what the rules were tuned on.
 */
export const CALIBRATED_WORDS = { min: 9, max: 89 } as const;

/** Below `low` the verdict rests on little; below `medium` on part of the reply. */
export const RECOGNISED = { low: 0.2, medium: 0.4 } as const;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const LANGUAGE_FLAGS: FlagId[] = ['wrong-language', 'mixed-language', 'unsupported-language'];
const RANK: Record<ConfidenceLevel, number> = { high: 2, medium: 1, low: 0 };

/** The share of the reply's words that fall inside one of the spans. */
export function recognisedShare(reply: string, spans: readonly Span[]): number {
  const words = [...reply.matchAll(WORD)];
  if (words.length === 0) return 0;
  const inside = words.filter(({ index }) => spans.some((span) => index >= span.start && index < span.end));
  return inside.length / words.length;
}

const MESSAGES: Record<ConfidenceReasonId, Record<Language, (detail: string) => string>> = {
  'little-recognised': {
    en: (share) => `The coach recognised little of this reply (${share} of its words).`,
    nl: (share) => `De coach herkende weinig in dit antwoord (${share} van de woorden).`,
  },
  'partly-recognised': {
    en: (share) => `The coach recognised part of this reply (${share} of its words).`,
    nl: (share) => `De coach herkende een deel van dit antwoord (${share} van de woorden).`,
  },
  'no-acts': {
    en: () => 'The coach found nothing in this reply it knows how to read.',
    nl: () => 'De coach vond in dit antwoord niets dat hij kan lezen.',
  },
  'unusual-length': {
    en: (words) =>
      `At ${words} words this reply is unlike the replies the coach was tuned on (${CALIBRATED_WORDS.min}–${CALIBRATED_WORDS.max}).`,
    nl: (words) =>
      `Met ${words} woorden lijkt dit antwoord niet op de antwoorden waarop de coach is afgesteld (${CALIBRATED_WORDS.min}–${CALIBRATED_WORDS.max}).`,
  },
  language: {
    en: () => "The reply is not (only) in the scenario's language, which the coach reads best.",
    nl: () => 'Het antwoord is niet (alleen) in de taal van het scenario, die de coach het best leest.',
  },
  'judge-disagrees': {
    en: (principles) => `The model and the rules differ by more than one point on ${principles}.`,
    nl: (principles) => `Het model en de regels verschillen meer dan één punt op ${principles}.`,
  },
};

/**
 * The confidence of `result` for `reply`. `heuristic` is the rules' verdict when `result` is the judge's: their
 * agreement is part of it. Messages are in `language` (the feedback's).
 */
export function confidenceOf(
  reply: string,
  result: RubricResult,
  options: { language: Language; heuristic?: RubricResult | undefined },
): Confidence {
  const rules = options.heuristic ?? result;
  const spans: Span[] = [...rules.moves, ...rules.criteria.flatMap((criterion) => criterion.evidence)];
  const recognised = recognisedShare(reply, spans);
  const wordCount = [...reply.matchAll(WORD)].length;
  const findings: { id: ConfidenceReasonId; level: ConfidenceLevel; detail: string }[] = [];
  const percent = `${Math.round(recognised * 100)}%`;

  if (recognised < RECOGNISED.low) findings.push({ id: 'little-recognised', level: 'low', detail: percent });
  else if (recognised < RECOGNISED.medium) {
    findings.push({ id: 'partly-recognised', level: 'medium', detail: percent });
  }
  if (rules.moves.length === 0) findings.push({ id: 'no-acts', level: 'low', detail: '' });
  if (wordCount < CALIBRATED_WORDS.min || wordCount > CALIBRATED_WORDS.max) {
    findings.push({ id: 'unusual-length', level: 'medium', detail: String(wordCount) });
  }
  if (rules.flags.some((flag) => LANGUAGE_FLAGS.includes(flag.id))) {
    findings.push({ id: 'language', level: 'low', detail: '' });
  }

  const judge = options.heuristic && result.engine === 'llm' ? agreement(options.heuristic, result) : null;
  if (judge && !judge.agrees) {
    const apart = judge.principles.filter((p) => Math.abs(p.heuristic - p.judge) > 1).map((p) => p.id);
    findings.push({
      id: 'judge-disagrees',
      // One principle apart is a matter of reading; more is a reply the two read differently.
      level: apart.length > 1 ? 'low' : 'medium',
      detail: apart.join(', '),
    });
  }

  const level = findings.reduce<ConfidenceLevel>(
    (lowest, finding) => (RANK[finding.level] < RANK[lowest] ? finding.level : lowest),
    'high',
  );
  return {
    level,
    recognised: Math.round(recognised * 100) / 100,
    reasons: findings.map(({ id, detail }) => ({ id, message: MESSAGES[id][options.language](detail) })),
    judge,
  };
}

/** Per principle both scored: the two scores, and whether every pair is within one point. */
function agreement(heuristic: RubricResult, judged: RubricResult): NonNullable<Confidence['judge']> {
  const principles = PRINCIPLE_IDS.flatMap((id) => {
    const rule = heuristic.criteria.find((c) => c.id === id)?.score;
    const model = judged.criteria.find((c) => c.id === id)?.score;
    return typeof rule === 'number' && typeof model === 'number'
      ? [{ id, heuristic: rule, judge: model }]
      : [];
  });
  return { agrees: principles.every((p) => Math.abs(p.heuristic - p.judge) <= 1), principles };
}

/** The verdict with its confidence. */
export function withConfidence(
  reply: string,
  result: RubricResult,
  options: { language: Language; heuristic?: RubricResult | undefined },
): RubricResult {
  return { ...result, confidence: confidenceOf(reply, result, options) };
}

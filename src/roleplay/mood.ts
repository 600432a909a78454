import type { MoveId, PrincipleId } from '../rubric/ids.ts';
import type { CriterionResult, DetectedMove, Flag } from '../rubric/types.ts';
import type { Scenario } from '../scenarios/schema.ts';
import type { Difficulty, Mood, MoodLabel } from '../vocabulary.ts';

// The persona's mood lives in code, not in the model: each learner turn moves trust and tension by
// what the rubric saw in it, so the persona's behaviour follows the learner's quality deterministically.

type Delta = { trust: number; tension: number };

/** Where the persona starts: a hard scenario begins more guarded. */
export const START_BY_DIFFICULTY: Record<Difficulty, Omit<Mood, 'label'>> = {
  easy: { trust: 55, tension: 30 },
  medium: { trust: 45, tension: 45 },
  hard: { trust: 30, tension: 60 },
};

/**
 * How one detected move changes the persona's mood (before the scenario's sensitivity and the
 * difficulty). A move counts once per turn, however often it occurs, so repeating a phrase earns nothing.
 */
export const MOVE_EFFECTS: Record<MoveId, Delta> = {
  'acknowledges-feeling': { trust: 8, tension: -6 },
  reflects: { trust: 6, tension: -4 },
  'open-question': { trust: 4, tension: -2 },
  'closed-question': { trust: 0, tension: 0 },
  'checks-understanding': { trust: 3, tension: -2 },
  'apology-with-responsibility': { trust: 10, tension: -8 },
  'apology-with-excuse': { trust: -3, tension: 3 },
  'takes-ownership': { trust: 6, tension: -4 },
  blames: { trust: -10, tension: 10 },
  defensive: { trust: -6, tension: 6 },
  // Honest but it stings: a no earns a little respect and raises tension until it is softened.
  'clear-no': { trust: 1, tension: 3 },
  'offers-alternative': { trust: 4, tension: -4 },
  'concrete-next-step': { trust: 3, tension: -3 },
  hedges: { trust: -2, tension: 1 },
  absolutes: { trust: -4, tension: 5 },
  appreciation: { trust: 5, tension: -3 },
  'self-disclosure': { trust: 4, tension: -2 },
  'offers-support': { trust: 5, tension: -4 },
  'invites-ownership': { trust: 4, tension: -2 },
  contempt: { trust: -15, tension: 15 },
  // Talking to the grader instead of the person breaks the conversation: the persona is puzzled.
  'grader-instruction': { trust: -5, tension: 5 },
  condolence: { trust: 7, tension: -5 },
  // "Ja hoor, vertel": room to talk opens the other up; it is not giving in.
  'invites-talk': { trust: 5, tension: -4 },
  'gives-in': { trust: 2, tension: -2 },
  dismisses: { trust: -8, tension: 7 },
  threatens: { trust: -18, tension: 18 },
};

/** Per point a principle scores above (or below) the midpoint 2 of its 0–4 scale. */
export const PRINCIPLE_EFFECTS: Record<PrincipleId, Delta> = {
  'self-leadership': { trust: 1, tension: -1.5 },
  connection: { trust: 2, tension: -1 },
  courage: { trust: 0.5, tension: 0 },
  clarity: { trust: 0.5, tension: -0.5 },
  mentorship: { trust: 1, tension: -0.5 },
};

/** Hard forgives less: what helps counts less, what hurts counts more. */
export const DIFFICULTY_FACTORS: Record<Difficulty, { helps: number; hurts: number }> = {
  easy: { helps: 1.25, hurts: 0.75 },
  medium: { helps: 1, hurts: 1 },
  hard: { helps: 0.7, hurts: 1.3 },
};

/** A reply flagged as keyword stuffing earns only part of its positive effect. */
const STUFFING_FACTOR = 0.3;

/**
 * What a reply that repeats earlier ones still earns of its positive effect, by how many it repeats:
 * less the second time, nothing after that.
 */
export const REPEAT_FACTORS = [1, 0.4, 0] as const;
/** Said a third time, the same words sound scripted: they cost a little. */
const SCRIPTED: Delta = { trust: -3, tension: 2 };

export function moodLabel(trust: number, tension: number): MoodLabel {
  if (trust < 25 || tension >= 75) return 'closed';
  if (trust >= 65 && tension < 40) return 'open';
  if (trust >= 45 && tension < 55) return 'neutral';
  return 'guarded';
}

export function initialMood(scenario: Pick<Scenario, 'difficulty'>): Mood {
  const start = START_BY_DIFFICULTY[scenario.difficulty];
  return { ...start, label: moodLabel(start.trust, start.tension) };
}

export type MoodEvidence = {
  moves: Pick<DetectedMove, 'id'>[];
  criteria: Pick<CriterionResult, 'id' | 'score'>[];
  flags?: Pick<Flag, 'id'>[];
  /** How many earlier replies this one repeats, the same or nearly. */
  repeats?: number;
};

export function nextMood(
  mood: Mood,
  evidence: MoodEvidence,
  scenario: Pick<Scenario, 'difficulty' | 'mood'>,
): Mood {
  const factors = DIFFICULTY_FACTORS[scenario.difficulty];
  const stuffed = evidence.flags?.some((flag) => flag.id === 'keyword-stuffing') ?? false;
  const repeats = Math.min(evidence.repeats ?? 0, REPEAT_FACTORS.length - 1);
  const helps = factors.helps * (stuffed ? STUFFING_FACTOR : 1) * (REPEAT_FACTORS[repeats] ?? 0);

  let trust = 0;
  let tension = 0;
  const add = (delta: Delta, weight: number) => {
    // Trust up and tension down help; each direction takes its own difficulty factor.
    const t = delta.trust * weight;
    const s = delta.tension * weight;
    trust += t * (t >= 0 ? helps : factors.hurts);
    tension += s * (s <= 0 ? helps : factors.hurts);
  };

  for (const id of new Set(evidence.moves.map((move) => move.id))) {
    add(MOVE_EFFECTS[id], scenario.mood.sensitivity[id] ?? 1);
  }
  for (const criterion of evidence.criteria) {
    if (criterion.score !== null) add(PRINCIPLE_EFFECTS[criterion.id], criterion.score - 2);
  }

  if (repeats === REPEAT_FACTORS.length - 1) add(SCRIPTED, 1);

  const nextTrust = clamp(Math.round(mood.trust + trust));
  const nextTension = clamp(Math.round(mood.tension + tension));
  return { trust: nextTrust, tension: nextTension, label: moodLabel(nextTrust, nextTension) };
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

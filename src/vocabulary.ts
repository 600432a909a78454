// The fixed values the whole app speaks in: API values, scenario keys and database values alike. Free of
// imports, so the browser bundle shares them with the server and the two cannot drift.

/** The languages a scenario, a session and its feedback can be in. */
/** A scenario id, which is also its file name: kebab-case. */
export const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SCENARIO_ID_RULE = 'must be kebab-case: lowercase letters, digits and dashes';

export const LANGUAGES = ['nl', 'en'] as const;

/** Practice shows the rubric after every reply; an assessment keeps it back until the session has ended. */
export const SESSION_MODES = ['practice', 'assessment'] as const;
export const SESSION_STATUSES = ['active', 'ended'] as const;
export const TURN_ROLES = ['learner', 'persona'] as const;
export const TURN_STATUSES = ['complete', 'interrupted', 'failed'] as const;

/** The persona's mood labels, from least to most open. */
export const MOOD_LABELS = ['closed', 'guarded', 'neutral', 'open'] as const;

/** Where a conversation stands, for a scenario's authored hints: before the first reply, under way, near its end. */
export const HINT_STAGES = ['start', 'middle', 'closing'] as const;

/**
 * Where the alternative reply of a "What if I had said…" comes from: the rubric's suggested phrasing for that
 * point, a golden example of the scenario, or the learner's own words.
 */
export const COUNTERFACTUAL_SOURCES = ['suggested', 'golden', 'own'] as const;

/** A golden example's rating, and the band an overall score falls in. */
export const RATINGS = ['good', 'fair', 'poor'] as const;

export const CATEGORIES = [
  'saying-no',
  'apologising',
  'forgiving',
  'giving-feedback',
  'disagreeing',
  'being-present',
  'mentoring',
  'stakeholder',
  'delivering-bad-news',
  'addressing-underperformance',
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** A draft is being written: checked and previewed, never in the library. */
export const STATUSES = ['draft', 'published'] as const;

/**
 * What an API key may do. `learner`: rehearse, read reports and progress, exchange learning records (what every
 * key could do before scopes). `author`: the scenario studio and saving scenarios. `analytics`: the consumer's
 * aggregated figures. `admin`: all of these, for its own consumer only.
 */
export const API_SCOPES = ['learner', 'author', 'analytics', 'admin'] as const;

/** How far to trust a score: how much of the reply the rubric recognised, how like its calibration sets, judge and rules agreeing. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

/** Below this many paired judge and heuristic scores, a principle's kappa moves too much with each reply to be read. */
export const MIN_AGREEMENT_PAIRS = 20;

/** The longest reply a learner may send; the reply box stops at it too. */
export const MAX_REPLY_CHARS = 4000;

export type Language = (typeof LANGUAGES)[number];
export type SessionMode = (typeof SESSION_MODES)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type TurnRole = (typeof TURN_ROLES)[number];
export type TurnStatus = (typeof TURN_STATUSES)[number];
export type MoodLabel = (typeof MOOD_LABELS)[number];
export type Rating = (typeof RATINGS)[number];
export type HintStage = (typeof HINT_STAGES)[number];
export type CounterfactualSource = (typeof COUNTERFACTUAL_SOURCES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Status = (typeof STATUSES)[number];
export type ApiScope = (typeof API_SCOPES)[number];
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** How the persona feels about the learner right now: trust and tension on 0–100, and their label. */
export type Mood = { trust: number; tension: number; label: MoodLabel };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids the server makes are UUIDs: anything else names nothing, and never reaches the database. */
export const isUuid = (id: string) => UUID.test(id);

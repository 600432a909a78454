import type { ConfidenceLevel } from '../vocabulary.ts';
import type { Language, MoveId, PrincipleId } from './ids.ts';

/** A piece of the reply: `reply.slice(start, end) === quote`, always. */
export type Span = { quote: string; start: number; end: number };

export type DetectedMove = Span & { id: MoveId };

/** Whether the quoted words earned the principle points or cost it points. */
export type Polarity = 'earned' | 'cost';
export type Evidence = Span & { polarity: Polarity };

export type Score = 0 | 1 | 2 | 3 | 4;

export type CriterionResult = {
  id: PrincipleId;
  /** null when the principle does not apply to this turn. */
  score: Score | null;
  evidence: Evidence[];
  /** One sentence, in the session's language. */
  feedback: string;
};

export const FLAG_IDS = [
  'empty',
  'too-short',
  'grader-instruction',
  'keyword-stuffing',
  'markup',
  'unsupported-language',
  'mixed-language',
  'contempt',
  /** Nothing in the reply belongs to this conversation: it could be pasted anywhere. */
  'generic',
  /** The reply is in the other supported language than the scenario. */
  'wrong-language',
  /** A harm (threat, contempt, dismissal, blame after an apology, a must-not act) caps the score. */
  'harm',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];
export type Flag = { id: FlagId; message: string };

export type Engine = 'heuristic' | 'llm' | 'heuristic-fallback';

export const CONFIDENCE_REASONS = [
  /** Few of the reply's words lie in any evidence or detected act. */
  'little-recognised',
  /** Some, not most. */
  'partly-recognised',
  /** No act the rules know was found at all. */
  'no-acts',
  /** Shorter or longer than the replies of the calibration sets. */
  'unusual-length',
  /** Not in the scenario's language, or in two languages at once. */
  'language',
  /** The judge and the rules differ by more than one point on a principle. */
  'judge-disagrees',
] as const;
export type ConfidenceReasonId = (typeof CONFIDENCE_REASONS)[number];

export type Confidence = {
  level: ConfidenceLevel;
  /** The share (0–1) of the reply's words that lie in the evidence or in a detected act. */
  recognised: number;
  /** Why it is not high: empty when it is. In the feedback's language. */
  reasons: { id: ConfidenceReasonId; message: string }[];
  /** When a judge scored the reply: its score and the rules' per principle, and whether all are within one point. */
  judge: {
    agrees: boolean;
    principles: { id: PrincipleId; heuristic: number; judge: number }[];
  } | null;
};

export type RubricResult = {
  engine: Engine;
  language: Language;
  /** 0–100, weighted by the scenario's focus. */
  overall: number;
  criteria: CriterionResult[];
  moves: DetectedMove[];
  flags: Flag[];
  /** 1–3 concrete tips in the session's language. */
  tips: string[];
  /** How far to trust this verdict; absent in verdicts stored before confidence existed. */
  confidence?: Confidence;
};

export type HistoryTurn = { role: 'learner' | 'persona'; content: string };

export type Focus = Record<PrincipleId, number>;

/** One act a scenario asks for or rules out: met by any of its phrases or moves. */
export type ActCheck = {
  /** What the act is, in the scenario's language: "Say no to 1 June". */
  label: string;
  /** Phrases that do the act; `…` stands for a few words. Case and spacing are ignored. */
  words?: string[];
  /** Moves that do the act. */
  moves?: MoveId[];
  /** What to say when a reply misses it (core) or does it (must-not). */
  tip?: string;
};

export type ScenarioActs = { core?: ActCheck | undefined; mustNot?: ActCheck[] | undefined };

/** What the rubric knows of the situation: the scenario's own acts and the words that belong to it. */
export type ScenarioContext = {
  acts?: ScenarioActs | undefined;
  /** Content words of the situation: a reply sharing none of them (nor the other's words) is generic. */
  words: ReadonlySet<string>;
};

export type ScoreInput = {
  reply: string;
  language: Language;
  history?: HistoryTurn[];
  /** Weights per principle; equal weights when absent. */
  focus?: Focus | undefined;
  /** The scenario's acts and words, when the reply belongs to one. */
  scenario?: ScenarioContext | undefined;
  /** The learner's interface language for feedback and tips; the scenario's language when absent. */
  feedbackLanguage?: Language | undefined;
};

/** A learnt lexical signal's weights (learned-weights.ts, generated; read by learned.ts). */
export type LearnedModel = {
  /** Points of overall per unit of the weighted sum: the scale the model was trained against. */
  scale: number;
  /** The most the words may move a reply, in points either way. */
  bound: number;
  /** Feature → weight. Features: `<language>:<word>`, `<language>:<word> <word>`, `shape:<name>`. */
  weights: Readonly<Record<string, number>>;
};

/**
 * A learned reading over a text's tokens and token pairs (pair-model.ts): the sarcasm reading
 * (sarcasm.ts) and the harm readings (harm.ts) are logistic models of this shape.
 */
export type PairModel = {
  /** The odds above which the text is read as doing what the model reads, chosen by the training folds. */
  threshold: number;
  /** The learned intercept: the odds of a text whose words the model never saw. */
  bias: number;
  /** Feature → weight. Features: a token, or two neighbouring tokens with a space between. */
  weights: Readonly<Record<string, number>>;
};

/** The harms the learned harm readings read (harm.ts). */
export type HarmAct = 'blames' | 'defensive' | 'dismisses' | 'gives-in' | 'threatens' | 'contempt';
/** One learned reading per harm act (harm-weights.ts, generated; read by harm.ts). */
export type HarmModels = Readonly<Record<HarmAct, PairModel>>;
/** The acts the learned act readings find where the rules missed them (act-reading.ts): kind acts, and hedging. */
export type ReadAct =
  | 'appreciation'
  | 'clear-no'
  | 'takes-ownership'
  | 'acknowledges-feeling'
  | 'concrete-next-step'
  | 'invites-ownership'
  | 'invites-talk'
  | 'offers-alternative'
  | 'offers-support'
  | 'hedges'
  | 'reflects'
  | 'self-disclosure';
/** One learned reading per act (act-weights.ts, generated; read by act-reading.ts). */
export type ActModels = Readonly<Record<ReadAct, PairModel>>;

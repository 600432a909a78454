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
] as const;
export type FlagId = (typeof FLAG_IDS)[number];
export type Flag = { id: FlagId; message: string };

export type Engine = 'heuristic' | 'llm' | 'heuristic-fallback';

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
};

export type HistoryTurn = { role: 'learner' | 'persona'; content: string };

export type Focus = Record<PrincipleId, number>;

export type ScoreInput = {
  reply: string;
  language: Language;
  history?: HistoryTurn[];
  /** Weights per principle; equal weights when absent. */
  focus?: Focus;
};

// The HTTP API's shapes as the UI reads them (DESIGN.md §5). Rubric shapes come from the rubric module
// itself (type-only imports vanish from the bundle), so the UI cannot drift from the scorer.
import type { PrincipleId } from '../../rubric/ids.ts';
import type { RubricResult } from '../../rubric/types.ts';
import type { ActInSession, SessionActs } from '../../sessions/report-acts.ts';
import type {
  Difficulty,
  Language,
  Mood,
  MoodLabel,
  SessionMode,
  SessionStatus,
  TurnRole,
  TurnStatus,
} from '../../vocabulary.ts';

export type { ActInSession, Difficulty, Language, Mood, MoodLabel, PrincipleId, RubricResult, SessionActs };

export type ScenarioSummary = {
  id: string;
  language: Language;
  title: string;
  summary: string;
  category: string;
  difficulty: Difficulty;
  tags: string[];
  translations: Partial<Record<Language, string>>;
};

export type ScenarioDetail = ScenarioSummary & {
  briefing: { situation: string; role: string; goal: string; keepInMind: string[] };
  persona: { name: string; role: string; relationship: string };
  // Statements as strings, or objects carrying one: the UI shows the statement either way.
  success: (string | { statement: string })[];
};

export type Turn = {
  id: string;
  seq: number;
  role: TurnRole;
  content: string;
  status: TurnStatus;
  createdAt: string;
  feedback?: RubricResult | null;
};

export type Session = {
  id: string;
  scenarioId: string;
  scenarioTitle?: string | null;
  language: Language;
  mode: SessionMode;
  status: SessionStatus;
  mood: Mood;
  turns: Turn[];
  learnerId?: string;
  createdAt: string;
};

export type Localised = Record<Language, string>;
export type Principles = {
  principles: { id: PrincipleId; name: Localised; description: Localised }[];
  moves: { id: string; name: Localised }[];
};

export type Moment = { seq: number; quote: string; principle: PrincipleId; why: string };
export type ImagePart = { score: number | null; text: string; principles?: PrincipleId[] };
/** Reports stored before a field existed lack it: the view copes with every optional one missing. */
export type Report = {
  sessionId: string;
  scenarioId: string;
  language?: Language;
  overall: number;
  composition?: {
    replies: { seq: number; overall: number }[];
    focus: Partial<Record<PrincipleId, number>> | null;
  };
  principles: { id: PrincipleId; mean: number | null; trend: number | null }[];
  summary: Record<'strongBack' | 'softFront' | 'wildHeart', ImagePart>;
  strongest: Moment[];
  weakest: Moment[];
  success: { statement: string; met: boolean; seq?: number; evidence?: string }[];
  nextPractice: string;
  practice?: { principle: PrincipleId; mean: number; moment: Moment | null; exercise: string } | null;
  /** The scenario's acts and the replies that did them. */
  acts?: SessionActs | null;
  createdAt: string;
};

export type Progress = {
  learnerId: string;
  sessions: {
    sessionId: string;
    scenarioId: string;
    scenarioTitle: string;
    mode?: SessionMode;
    endedAt: string;
    overall: number;
    principles: Partial<Record<PrincipleId, number | null>>;
  }[];
};

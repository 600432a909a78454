import { PRINCIPLE_IDS } from '../rubric/ids.ts';
import type { ConfidenceLevel, SessionMode, SessionStatus } from '../vocabulary.ts';
import { uuidV5 } from './uuid.ts';

// A rehearsal as xAPI 1.0.3 statements: `attempted` when it started, `responded` for each scored learner
// reply, `completed` with the report once it ended. Scores only, never the words: transcripts stay here,
// where they can be erased; an LRS keeps what it is sent.

export const XAPI_VERSION = '1.0.3';

export const VERBS = {
  attempted: {
    id: 'http://adlnet.gov/expapi/verbs/attempted',
    display: { 'en-US': 'attempted', 'nl-NL': 'heeft geoefend' },
  },
  responded: {
    id: 'http://adlnet.gov/expapi/verbs/responded',
    display: { 'en-US': 'responded', 'nl-NL': 'heeft gereageerd' },
  },
  completed: {
    id: 'http://adlnet.gov/expapi/verbs/completed',
    display: { 'en-US': 'completed', 'nl-NL': 'heeft voltooid' },
  },
  terminated: {
    id: 'http://adlnet.gov/expapi/verbs/terminated',
    display: { 'en-US': 'terminated', 'nl-NL': 'heeft beëindigd' },
  },
} as const;

/** Who the statements are about, as the consumer knows the learner: one of the two identifiers xAPI allows that name no one outright. */
export type XapiActor =
  | { objectType: 'Agent'; account: { homePage: string; name: string } }
  | { objectType: 'Agent'; mbox_sha1sum: string };

const LANGUAGE_TAGS = { nl: 'nl-NL', en: 'en-US' } as const;

type Scores = { overall: number; principles: Partial<Record<string, number | null>> };

export type XapiSessionInput = {
  /** The server's public base URL: activity and extension IRIs live under it. */
  baseUrl: string;
  tenantId: string;
  session: {
    id: string;
    scenarioId: string;
    language: 'nl' | 'en';
    mode: SessionMode;
    status: SessionStatus;
    createdAt: Date;
    endedAt: Date | null;
  };
  learnerId: string | null;
  /** The actor the consumer set (for this learner, or its account home page for all); null: the default account. */
  actor: XapiActor | null;
  scenario: { title: string; summary: string | null };
  /** Scored learner turns, in order; principle scores on the rubric's 0–4 scale; hints asked before each. */
  turns: {
    id: string;
    seq: number;
    createdAt: Date;
    scores: Scores | null;
    /** How far to trust the reply's scores; null for verdicts stored before confidence existed. */
    confidence?: ConfidenceLevel | null;
    hintsUsed?: number;
    /** The reply's try at its point of the conversation: 2 and on for a reply tried again. */
    attempt?: number;
  }[];
  /**
   * The report's overall (0–100) and per-principle means (0–4), once the session has ended, with how many of
   * its replies' scores had each confidence level (null for reports stored before confidence existed).
   */
  report: (Scores & { confidence?: Record<ConfidenceLevel, number> | null }) | null;
};

type LanguageMap = Record<string, string>;
type Result = {
  score?: { scaled: number; raw: number; min: number; max: number };
  completion?: boolean;
  extensions?: Record<string, unknown>;
};

export type XapiStatement = {
  id: string;
  version: typeof XAPI_VERSION;
  actor: XapiActor;
  verb: { id: string; display: LanguageMap };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: LanguageMap; description?: LanguageMap };
  };
  result?: Result;
  context: { registration: string; platform: string; language: string; extensions: Record<string, unknown> };
  timestamp: string;
};

/**
 * The actor when the consumer named none. The learner id is the consumer's own: it names an account in that
 * consumer's space on this server, so two consumers' learners with the same id stay two agents in a shared LRS.
 */
export function defaultActor(baseUrl: string, tenantId: string, name: string): XapiActor {
  return {
    objectType: 'Agent',
    account: { homePage: `${baseUrl.replace(/\/+$/, '')}/consumers/${encodeURIComponent(tenantId)}`, name },
  };
}

export function buildStatements(input: XapiSessionInput): XapiStatement[] {
  const base = input.baseUrl.replace(/\/+$/, '');
  const { session } = input;
  const language = LANGUAGE_TAGS[session.language];
  const iri = (path: string) => `${base}/xapi/${path}`;
  const principleIri = (id: string) => iri(`extensions/principles/${id}`);

  const actor = input.actor ?? defaultActor(base, input.tenantId, input.learnerId ?? session.id);
  const object = {
    objectType: 'Activity' as const,
    id: iri(`activities/scenarios/${encodeURIComponent(session.scenarioId)}`),
    definition: {
      type: 'http://adlnet.gov/expapi/activities/simulation',
      name: { [language]: input.scenario.title },
      ...(input.scenario.summary ? { description: { [language]: input.scenario.summary } } : {}),
    },
  };
  const context = (extra: Record<string, unknown> = {}): XapiStatement['context'] => ({
    registration: session.id,
    platform: 'Rehearse',
    language,
    extensions: {
      [iri('extensions/session')]: session.id,
      [iri('extensions/mode')]: session.mode,
      ...extra,
    },
  });
  const result = (scores: Scores, completed: boolean): Result => ({
    score: { scaled: round(scores.overall / 100), raw: scores.overall, min: 0, max: 100 },
    ...(completed ? { completion: true } : {}),
    extensions: Object.fromEntries(
      PRINCIPLE_IDS.flatMap((id) => {
        const value = scores.principles[id];
        return typeof value === 'number' ? [[principleIri(id), round(value / 4)]] : [];
      }),
    ),
  });
  /** The report's score comes with how far to trust the replies it is made of: counts per confidence level. */
  const withConfidenceOfReplies = (
    scored: Result,
    counts: Record<ConfidenceLevel, number> | null | undefined,
  ): Result =>
    counts
      ? { ...scored, extensions: { ...scored.extensions, [iri('extensions/confidence-of-replies')]: counts } }
      : scored;
  const statement = (
    name: string,
    verb: keyof typeof VERBS,
    timestamp: Date,
    rest: Pick<XapiStatement, 'context' | 'result'>,
  ): XapiStatement => ({
    id: uuidV5(`${session.id}/${name}`),
    version: XAPI_VERSION,
    actor,
    verb: VERBS[verb],
    object,
    ...rest,
    timestamp: timestamp.toISOString(),
  });

  // An assessment shows no scores until it has ended; its learning records keep to the same rule.
  const showScores = session.mode === 'practice' || session.status === 'ended';
  const ended = session.status === 'ended' && session.endedAt ? session.endedAt : null;
  // Ended without a single reply: abandoned, not completed. It says so, and carries no score.
  const abandoned = input.turns.length === 0;
  return [
    statement('attempted', 'attempted', session.createdAt, { context: context() }),
    ...input.turns.map((turn) => {
      // Practice offers hints: each reply says how many it was written after, with or without its scores.
      const hints =
        session.mode === 'practice' ? { [iri('extensions/hints-used')]: turn.hintsUsed ?? 0 } : {};
      const scored = showScores && turn.scores ? result(turn.scores, false) : null;
      // The confidence belongs to the scores: shown with them, never without them.
      const confidence = scored && turn.confidence ? { [iri('extensions/confidence')]: turn.confidence } : {};
      const extensions = { ...scored?.extensions, ...confidence, ...hints };
      const withResult = scored || Object.keys(extensions).length > 0;
      return statement(`turn/${turn.id}`, 'responded', turn.createdAt, {
        ...(withResult ? { result: { ...scored, extensions } } : {}),
        context: context({
          [iri('extensions/turn')]: turn.seq,
          ...((turn.attempt ?? 1) > 1 ? { [iri('extensions/attempt')]: turn.attempt } : {}),
        }),
      });
    }),
    ...(ended && abandoned
      ? [statement('terminated', 'terminated', ended, { result: { completion: false }, context: context() })]
      : []),
    ...(ended && !abandoned && input.report
      ? [
          statement('completed', 'completed', ended, {
            result: withConfidenceOfReplies(result(input.report, true), input.report.confidence),
            context: context(),
          }),
        ]
      : []),
  ];
}

function round(value: number): number {
  return Math.min(1, Math.max(-1, Math.round(value * 1000) / 1000));
}

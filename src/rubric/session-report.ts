import { findAct } from './context.ts';
import { PRINCIPLES } from './criteria.ts';
import type { Language, MoveId, PrincipleId } from './ids.ts';
import { PRINCIPLE_IDS } from './ids.ts';
import { analysisText } from './text.ts';
import type {
  ActCheck,
  CriterionResult,
  Evidence,
  Focus,
  Polarity,
  RubricResult,
  ScenarioActs,
} from './types.ts';

// The report over a whole rehearsal: per principle mean and trend, the strongest and weakest moments,
// the scenario's success statements, and the strong back / soft front / wild heart picture.

export type SessionTurn = { seq: number; content: string; result: RubricResult };
export type SuccessCriterion = {
  statement: string;
  /** Met through the scenario's acts, with the rubric's own checks: the core act done, or no must-not act. */
  act?: 'core' | 'no-must-not' | undefined;
  moves?: MoveId[];
  principle?: PrincipleId;
  minScore?: number;
};
export type SessionSummaryInput = {
  language: Language;
  focus?: Focus;
  success?: SuccessCriterion[];
  /** The scenario's acts, for success statements met through them. */
  acts?: ScenarioActs | undefined;
  turns: SessionTurn[];
};

export type PrincipleSummary = {
  id: PrincipleId;
  /** Mean 0–4 over the turns where it applied, two decimals; null when it never applied. */
  mean: number | null;
  /** Least-squares slope of the score per learner turn (+0.5 = half a point better each turn); null below two scored turns. */
  trend: number | null;
  scoredTurns: number;
};
export type Moment = { seq: number; quote: string; principle: PrincipleId; score: number; why: string };
export type SuccessResult = { statement: string; met: boolean; seq?: number; evidence?: string };
/** One part of the method's image of a leader, and the principles its score is the mean of. */
export type ImagePart = { score: number | null; text: string; principles: PrincipleId[] };
/** What the overall is made of: each reply's own overall, weighted per principle by the scenario's focus. */
export type Composition = {
  method: 'mean-of-replies';
  replies: { seq: number; overall: number }[];
  /** The scenario's weights per principle; null when every principle counts the same. */
  focus: Focus | null;
};
/** This session's weakest principle, the reply where it showed most, and an exercise for it. */
export type Practice = { principle: PrincipleId; mean: number; moment: Moment | null; exercise: string };
export type SessionSummary = {
  language: Language;
  turns: number;
  /** Mean of the turns' overall scores, 0–100. */
  overall: number;
  composition: Composition;
  principles: PrincipleSummary[];
  /** How `trend` is computed. */
  trendMethod: 'slope-per-turn';
  strongest: Moment[];
  weakest: Moment[];
  success: SuccessResult[];
  summary: { strongBack: ImagePart; softFront: ImagePart; wildHeart: ImagePart };
  /** `practice` as one paragraph. */
  nextPractice: string;
  practice: Practice | null;
};

const STRONG_BACK: PrincipleId[] = ['courage', 'clarity', 'self-leadership'];
const SOFT_FRONT: PrincipleId[] = ['connection', 'mentorship'];
const MOMENTS = 3;
const QUOTE_MAX = 160;
/** How much of an evidence quote must appear in a feedback sentence to count as the one it speaks of. */
const FEEDBACK_MATCH = 40;

const round2 = (n: number) => Math.round(n * 100) / 100;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function slope(points: { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const mx = mean(points.map((p) => p.x))!;
  const my = mean(points.map((p) => p.y))!;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : round2(num / den);
}

const shorten = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > QUOTE_MAX ? `${clean.slice(0, QUOTE_MAX - 1)}…` : clean;
};

export function summarizeSession(input: SessionSummaryInput): SessionSummary {
  const { language, turns } = input;
  const principles: PrincipleSummary[] = PRINCIPLE_IDS.map((id) => {
    const points: { x: number; y: number }[] = [];
    turns.forEach((turn, index) => {
      const score = turn.result.criteria.find((c) => c.id === id)?.score;
      if (score !== null && score !== undefined) points.push({ x: index, y: score });
    });
    const m = mean(points.map((p) => p.y));
    return { id, mean: m === null ? null : round2(m), trend: slope(points), scoredTurns: points.length };
  });
  const byId = new Map(principles.map((p) => [p.id, p]));
  const overall = Math.round(mean(turns.map((t) => t.result.overall)) ?? 0);

  const strongest = pickMoments(
    collectMoments(turns, 'strong'),
    (a, b) => b.score - a.score || a.seq - b.seq,
  );
  const weakest = pickMoments(collectMoments(turns, 'weak'), (a, b) => a.score - b.score || a.seq - b.seq);

  const group = (ids: PrincipleId[]) => {
    const values = ids.map((id) => byId.get(id)!.mean).filter((v): v is number => v !== null);
    const m = mean(values);
    return m === null ? null : round2(m);
  };
  const back = group(STRONG_BACK);
  const front = group(SOFT_FRONT);
  const heart = back === null || front === null ? null : Math.min(back, front);
  const texts = IMAGE_TEXT[language];
  const practice = practiceFor(principles, input.focus, turns, language);

  return {
    language,
    turns: turns.length,
    overall,
    composition: {
      method: 'mean-of-replies',
      replies: turns.map((turn) => ({ seq: turn.seq, overall: turn.result.overall })),
      focus: input.focus ?? null,
    },
    principles,
    trendMethod: 'slope-per-turn',
    strongest,
    weakest,
    success: (input.success ?? []).map((criterion) =>
      criterion.act ? checkAct(criterion, input, turns) : checkSuccess(criterion, turns, byId),
    ),
    summary: {
      strongBack: { score: back, text: texts.strongBack[level(back)], principles: STRONG_BACK },
      softFront: { score: front, text: texts.softFront[level(front)], principles: SOFT_FRONT },
      wildHeart: {
        score: heart,
        text: texts.wildHeart[level(heart)],
        principles: [...STRONG_BACK, ...SOFT_FRONT],
      },
    },
    nextPractice: practice ? practiceText(practice, turns, language) : START[language],
    practice,
  };
}

/**
 * A strong moment per criterion scored 3 or 4, a weak one per criterion scored 0 or 1. The quote is the
 * evidence item the feedback sentence speaks about, so quote and explanation always belong together.
 */
function collectMoments(turns: SessionTurn[], kind: 'strong' | 'weak'): Moment[] {
  const out: Moment[] = [];
  for (const turn of turns) {
    for (const criterion of turn.result.criteria) {
      if (criterion.score === null) continue;
      if (kind === 'strong' ? criterion.score < 3 : criterion.score > 1) continue;
      out.push(momentOf(turn, criterion, kind));
    }
  }
  return out;
}

function momentOf(turn: SessionTurn, criterion: CriterionResult, kind: 'strong' | 'weak'): Moment {
  const evidence = evidenceFor(criterion, kind === 'strong' ? 'earned' : 'cost');
  return {
    seq: turn.seq,
    quote: shorten(evidence?.quote ?? turn.content),
    principle: criterion.id,
    score: criterion.score ?? 0,
    why: criterion.feedback,
  };
}

/** Evidence stored before it carried a polarity counts as earned. */
const polarityOf = (evidence: Evidence): Polarity => (evidence.polarity === 'cost' ? 'cost' : 'earned');

/**
 * The evidence item the feedback sentence quotes (the longest, when several fit); otherwise the first
 * of the wanted polarity; otherwise none, and the moment quotes the whole reply.
 */
function evidenceFor(criterion: CriterionResult, polarity: Polarity): Evidence | undefined {
  const said = criterion.feedback.replace(/\s+/g, ' ');
  const quoted = criterion.evidence
    .filter((span) => {
      const words = span.quote.replace(/\s+/g, ' ').trim();
      return words.length > 0 && said.includes(words.slice(0, FEEDBACK_MATCH));
    })
    .sort((a, b) => b.quote.length - a.quote.length)[0];
  return quoted ?? criterion.evidence.find((span) => polarityOf(span) === polarity);
}

/** The best few, each from another reply and each quote once: a line said twice is one moment. */
function pickMoments(moments: Moment[], order: (a: Moment, b: Moment) => number): Moment[] {
  const turns = new Set<number>();
  const quotes = new Set<string>();
  return [...moments]
    .sort(order)
    .filter((moment) => {
      const quote = moment.quote.toLowerCase();
      if (turns.has(moment.seq) || quotes.has(quote)) return false;
      turns.add(moment.seq);
      quotes.add(quote);
      return true;
    })
    .slice(0, MOMENTS);
}

/** Every condition the author gave must hold: one of the moves in some turn, and the principle's mean. */
/** A success statement met through the scenario's acts, read by the same checks as every reply. */
function checkAct(
  criterion: SuccessCriterion,
  input: SessionSummaryInput,
  turns: SessionTurn[],
): SuccessResult {
  const { acts, language } = input;
  const find = (check: ActCheck, turn: SessionTurn, negation: boolean) =>
    findAct(check, analysisText(turn.content), turn.result.moves, language, negation);
  if (criterion.act === 'core') {
    for (const turn of turns) {
      const span = acts?.core && find(acts.core, turn, false);
      if (span)
        return { statement: criterion.statement, met: true, seq: turn.seq, evidence: shorten(span.quote) };
    }
    return { statement: criterion.statement, met: false };
  }
  const done = turns.some((turn) => (acts?.mustNot ?? []).some((check) => find(check, turn, true)));
  return { statement: criterion.statement, met: turns.length > 0 && !done };
}

function checkSuccess(
  criterion: SuccessCriterion,
  turns: SessionTurn[],
  byId: Map<PrincipleId, PrincipleSummary>,
): SuccessResult {
  const moves = criterion.moves ?? [];
  if (moves.length === 0 && !criterion.principle) return { statement: criterion.statement, met: false };
  let seq: number | undefined;
  let evidence: string | undefined;
  if (moves.length > 0) {
    for (const turn of turns) {
      const move = turn.result.moves.find((m) => moves.includes(m.id));
      if (move) {
        seq = turn.seq;
        evidence = shorten(move.quote);
        break;
      }
    }
    if (seq === undefined) return { statement: criterion.statement, met: false };
  }
  if (criterion.principle) {
    const m = byId.get(criterion.principle)?.mean ?? null;
    if (m === null || m < (criterion.minScore ?? 3)) return { statement: criterion.statement, met: false };
    if (seq === undefined) {
      const best = bestTurnFor(criterion.principle, turns);
      if (best) ({ seq, evidence } = best);
    }
  }
  return {
    statement: criterion.statement,
    met: true,
    ...(seq !== undefined ? { seq } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

function bestTurnFor(id: PrincipleId, turns: SessionTurn[]): { seq: number; evidence: string } | undefined {
  let best: { seq: number; evidence: string; score: number } | undefined;
  for (const turn of turns) {
    const c = turn.result.criteria.find((x) => x.id === id);
    if (c?.score == null || (best && best.score >= c.score)) continue;
    best = { seq: turn.seq, evidence: shorten(c.evidence[0]?.quote ?? turn.content), score: c.score };
  }
  return best && { seq: best.seq, evidence: best.evidence };
}

type Level = 'high' | 'mid' | 'low' | 'none';
const level = (score: number | null): Level =>
  score === null ? 'none' : score >= 3 ? 'high' : score >= 2 ? 'mid' : 'low';

const IMAGE_TEXT: Record<
  Language,
  Record<'strongBack' | 'softFront' | 'wildHeart', Record<Level, string>>
> = {
  en: {
    strongBack: {
      high: 'A strong back: you stood firm, said the hard thing and made clear agreements.',
      mid: 'Your back is getting stronger: you named some of it, but boundaries or agreements stayed soft.',
      low: 'Your back bent: the hard thing, your boundary or a clear agreement was missing.',
      none: 'Not enough to say about your strong back yet.',
    },
    softFront: {
      high: 'A soft front: the other person felt heard, and you invited their view.',
      mid: 'Your front opened at times: you saw the other person, but did not always ask or reflect.',
      low: "Your front stayed closed: the other person's feelings and view got little room.",
      none: 'Not enough to say about your soft front yet.',
    },
    wildHeart: {
      high: 'A wild heart: you held firmness and openness at the same time.',
      mid: 'Glimpses of a wild heart: firmness and openness came, but not yet together.',
      low: 'Firmness and openness did not come together yet: practise holding both in one reply.',
      none: 'Not enough to say about holding both yet.',
    },
  },
  nl: {
    strongBack: {
      high: 'Een sterke rug: je stond stevig, benoemde het lastige en maakte heldere afspraken.',
      mid: 'Je rug wordt sterker: je benoemde een deel, maar grenzen of afspraken bleven zacht.',
      low: 'Je rug boog mee: het lastige punt, je grens of een heldere afspraak ontbrak.',
      none: 'Nog te weinig om iets over je sterke rug te zeggen.',
    },
    softFront: {
      high: 'Een zachte voorkant: de ander voelde zich gehoord en je nodigde zijn of haar kijk uit.',
      mid: 'Je voorkant ging soms open: je zag de ander, maar vroeg of vatte niet altijd samen.',
      low: 'Je voorkant bleef dicht: het gevoel en de kijk van de ander kregen weinig ruimte.',
      none: 'Nog te weinig om iets over je zachte voorkant te zeggen.',
    },
    wildHeart: {
      high: 'Een wild hart: je hield stevigheid en openheid tegelijk vast.',
      mid: 'Glimpen van een wild hart: stevigheid en openheid kwamen, maar nog niet samen.',
      low: 'Stevigheid en openheid kwamen nog niet samen: oefen om beide in één reactie te houden.',
      none: 'Nog te weinig om iets over het samengaan van beide te zeggen.',
    },
  },
};

const PRACTISE: Record<Language, Record<PrincipleId, string>> = {
  en: {
    'self-leadership':
      'Practise speaking from yourself: own your part in one sentence ("that was my mistake") without "but".',
    connection:
      'Practise naming what the other person feels before you answer ("I can hear this really hit you").',
    courage:
      'Practise saying the hard thing in your first two sentences, plainly and kindly, without "maybe".',
    clarity: 'Practise ending with a concrete agreement: who does what by when, and check it lands.',
    mentorship:
      'Practise asking an open question that hands ownership back: "What do you need to make this work?"',
  },
  nl: {
    'self-leadership':
      'Oefen om vanuit jezelf te spreken: neem je deel in één zin ("dat was mijn fout"), zonder "maar".',
    connection:
      'Oefen om te benoemen wat de ander voelt voordat je antwoordt ("ik hoor dat dit je echt raakt").',
    courage:
      'Oefen om het lastige punt in je eerste twee zinnen te zeggen, helder en vriendelijk, zonder "misschien".',
    clarity:
      'Oefen om af te sluiten met een concrete afspraak: wie doet wat wanneer, en check of het goed landt.',
    mentorship:
      'Oefen met een open vraag die het eigenaarschap teruggeeft: "Wat heb jij nodig om dit te laten werken?"',
  },
};

const START: Record<Language, string> = {
  en: 'Start a conversation and reply a few times; the report then shows what to practise next.',
  nl: 'Begin een gesprek en reageer een paar keer; het rapport laat dan zien wat je kunt oefenen.',
};

/**
 * The weakest principle that matters in this scenario (lowest mean, ties broken by focus weight), the
 * reply where it scored lowest with what the rubric said there, and the exercise for it.
 */
function practiceFor(
  principles: PrincipleSummary[],
  focus: Focus | undefined,
  turns: SessionTurn[],
  language: Language,
): Practice | null {
  const scored = principles.filter((p) => p.mean !== null && (!focus || focus[p.id] > 0));
  if (turns.length === 0 || scored.length === 0) return null;
  const weight = (id: PrincipleId) => (focus ? focus[id] : 1);
  const weakest = [...scored].sort(
    (a, b) =>
      a.mean! - b.mean! ||
      weight(b.id) - weight(a.id) ||
      PRINCIPLE_IDS.indexOf(a.id) - PRINCIPLE_IDS.indexOf(b.id),
  )[0]!;
  let lowest: { turn: SessionTurn; criterion: CriterionResult } | undefined;
  for (const turn of turns) {
    const criterion = turn.result.criteria.find((c) => c.id === weakest.id);
    if (criterion?.score == null) continue;
    if (!lowest || criterion.score < lowest.criterion.score!) lowest = { turn, criterion };
  }
  return {
    principle: weakest.id,
    mean: weakest.mean!,
    moment: lowest ? momentOf(lowest.turn, lowest.criterion, 'weak') : null,
    exercise: PRACTISE[language][weakest.id],
  };
}

function practiceText(practice: Practice, turns: SessionTurn[], language: Language): string {
  const name = PRINCIPLES.find((p) => p.id === practice.principle)!.name[language];
  const mean = practice.mean.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  const reply = practice.moment ? turns.findIndex((turn) => turn.seq === practice.moment!.seq) + 1 : 0;
  const parts =
    language === 'nl'
      ? [`Je zwakste grondbeginsel dit keer: ‘${name}’ (${mean} van 4).`]
      : [`Your weakest principle this time: “${name}” (${mean} of 4).`];
  if (practice.moment) {
    parts.push(`${language === 'nl' ? 'In antwoord' : 'In reply'} ${reply}: ${practice.moment.why}`);
  }
  parts.push(practice.exercise);
  return parts.join(' ');
}

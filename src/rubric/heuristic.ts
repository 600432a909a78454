import { anchorsIn, findAct, isContentWord } from './context.ts';
import {
  FLAG_MESSAGES,
  LEVEL_WORDS,
  MISSING_CORE,
  NO_EVIDENCE,
  SIGNAL_PHRASES,
  STOCK_WORDS,
  TIPS,
  type TipId,
} from './feedback.ts';
import { type Language, MOVE_IDS, type MoveId, PRINCIPLE_IDS, type PrincipleId } from './ids.ts';
import { isMixed, type LanguageProfile, languageOf, languageProfile } from './language.ts';
import { learnedPoints, withLearned } from './learned.ts';
import { detectSignals, hasInstruction } from './moves/detect.ts';
import { otherJustSaid, sameTurns } from './moves/reading.ts';
import type { Signal, SignalId } from './moves/signals.ts';
import { Phrase } from './phrase.ts';
import {
  analysisText,
  hedgedDoubleNegations,
  narrow,
  revealHidden,
  sentences,
  TAG,
  WORD,
  words,
} from './text.ts';
import type {
  ActCheck,
  CriterionResult,
  DetectedMove,
  Evidence,
  Flag,
  FlagId,
  Focus,
  RubricResult,
  Score,
  ScoreInput,
} from './types.ts';
import { BASE, OPTIONAL_WITHOUT_FOCUS, WEIGHTS } from './weights.ts';

// The offline engine: signals → a continuous 0–4 per principle → rounded scores, evidence, feedback,
// an overall from the continuous values (so near-equal replies do not tie on rounding), tips and flags.

const MOVES = new Set<string>(MOVE_IDS);
const isMove = (id: SignalId): id is MoveId => MOVES.has(id);

/** Moves that are easy to say without meaning: many of them in few words is a bag of keywords. */
const STOCK_MOVES = new Set<SignalId>([
  'acknowledges-feeling',
  'reflects',
  'appreciation',
  'apology-with-responsibility',
  'offers-support',
  'self-disclosure',
]);

const MAX_EVIDENCE = 4;
const FEEDBACK_QUOTE = 60;

export type Analysis = {
  signals: Signal[];
  /** Which signals occur at all. */
  ids: Set<SignalId>;
  flags: FlagId[];
  /** Continuous 0–4 per principle before rounding; null when the principle does not apply. */
  raw: Record<PrincipleId, number | null>;
  /** The most the overall may be: the lowest of the caps that apply. */
  cap: number;
  /** What the scenario's acts are called, for the signals that stand for them. */
  labels: Map<Signal, ActCheck>;
  /** The scenario's core act: where the reply does it, null when it does not, undefined when none is set. */
  core: Signal | null | undefined;
  /** A brief reply that does not open the conversation to the other: its overall is drawn into fair. */
  closed?: boolean;
};

/**
 * The overall within the reply's caps. A brief reply that leaves the other's side unasked is fair at best;
 * above KNEE its overall is drawn in rather than cut off, so two such replies keep their order
 * ("No. Ben got it, and here is why" above "No, sorry") and one that says more stays above both.
 */
const KNEE = 50;
const SLOPE = 0.4;
export function boundedOverall(overall: number, analysis: Pick<Analysis, 'cap' | 'closed'>): number {
  const drawn = analysis.closed && overall > KNEE ? Math.round(KNEE + (overall - KNEE) * SLOPE) : overall;
  return Math.min(drawn, analysis.cap);
}

/** The rules' overall within the reply's caps: what the reply scores before the learned word signal. */
export function rulesOverall(analysis: Analysis, focus?: Focus): number {
  return boundedOverall(overallOf(analysis.raw, focus), analysis);
}

export function scoreHeuristic(input: ScoreInput): RubricResult {
  // The reply as one byte per character where every character fits (see `narrow`): read by the scorer's
  // own expressions and word scans as well as the rules', which run twice as fast on it. The same text.
  input = { ...input, reply: narrow(input.reply) };
  const { reply, language } = input;
  const analysis = analyse(input);
  const said = input.feedbackLanguage ?? language;
  const criteria = PRINCIPLE_IDS.map((id) => criterion(id, analysis, reply, said));
  return {
    engine: 'heuristic',
    language,
    overall: withLearned(
      rulesOverall(analysis, input.focus),
      analysis.cap === 0 ? 0 : learnedPoints(reply, language),
      analysis.cap,
    ),
    criteria,
    moves: analysis.signals.filter((s) => isMove(s.id)).map((s) => toMove(s, reply)),
    flags: analysis.flags.map((id) => ({ id, message: FLAG_MESSAGES[said][id]! }) satisfies Flag),
    tips: tipsFor(analysis, input, said),
  };
}

/** The most the overall may be when a flag is raised: a harm or a trick never buys a good score. */
const OVERALL_CAPS: Partial<Record<FlagId, number>> = {
  empty: 0,
  'keyword-stuffing': 25,
  'too-short': 30,
  'grader-instruction': 25,
  harm: 40,
  generic: 45,
  'wrong-language': 40,
};

/** The most a reply that does nothing towards the other person may score: fair at best. */
const WITHOUT_CONTACT = 59;

/**
 * A reply of a couple of short sentences does one or two things; without opening the conversation to the
 * other (a real question, an invitation to talk or to own the next step) it is fair at best, however
 * right those things are: "You're right, that wasn't good of us. Shall I send a new schedule?" owns it
 * and offers a fix, but leaves the other's side unasked.
 */
const BRIEF_WORDS = 30;
const OPENS = new Set<SignalId>([
  'open-question',
  'invites-talk',
  'invites-ownership',
  'checks-understanding',
]);

/**
 * Up to this many words, a reply in which nothing is read (no act, no word of the situation or of what the other
 * just said) is near-empty, as a reply of three words is: "Let me think about it.", "Give me a second.", "Ik moet
 * er even over nadenken." A short reply that does something ("Go home to your dad.") is read as doing it.
 */
const NEAR_EMPTY_WORDS = 8;

function isNearEmpty(reply: string, input: ScoreInput, wordCount: number, signals: Signal[]): boolean {
  if (wordCount >= NEAR_EMPTY_WORDS || signals.length > 0) return false;
  return anchorsIn(reply, input.scenario, otherJustSaid(input.history)) === 0;
}

/** Points a reply in the other language loses below what it says: it is never rewarded for it. */
const WRONG_LANGUAGE_PENALTY = 15;

/** "I'm not sorry", "ik neem die verantwoordelijkheid niet": an apology or ownership refused. */
const REFUSED_APOLOGY = /sorry|apolog|excuse|spijt|verantwoordelijk|responsib|blame|schuld/iu;

/**
 * Blame that is a harm wherever it stands, apology or not: the cause laid on the other in so many words ("you've
 * only yourself to blame", "a mess you made", "dat heb je aan jezelf te danken", "door jou durft niemand meer
 * iets te zeggen") or what their conduct would have spared ("if you'd pushed harder, we'd never have got here",
 * "als jullie slimmer hadden gepland, hadden jullie dat gat niet gehad"). The rules' other blame ("you said yes to
 * all three") is a fact a good reply may name too.
 */
const BLAME_OUTRIGHT =
  /^(?:if|als) |yourself to blame|(?:mess|situation|hole|pickle) you|^the (?:reason|cause) |^because of you|own (?:doing|making)|aan jezelf te danken|aan jezelf(?=[.!,;]|$| hoor)|eigen (?:schuld|fout)|^door (?:jou|jouw \p{L}+)(?: \p{L}+){0,4} (?:niemand|niks|niets|nooit|geen|mis|fout|stil)|sat on|dropped the ball|laten (?:liggen|lopen|versloffen)|comes of|never (?:sent|gave|passed|forwarded|updated|finished|delivered)|zelf (?:ook )?aan werken|doordat (?:jullie|jij|je)|nooit (?:zo )?mogen|lekker zelf|put me in|sitting (?:across from|in front of|opposite) me|harder for yourself|so (?:tentatively|quietly|vaguely|softly|casually) that|told me (?:weeks|days|months|sooner|earlier|before)|op (?:jouw|jullie) (?:conto|rekening)/iu;

/**
 * A defence or a giving in that is a harm wherever it stands: the speaker's own load put forward ("to be fair to
 * me", "I had forty other things on", "ik zit hier niet voor spek en bonen"), the other's way or reward granted
 * outright ("fine, have it your way", "the next lead role is yours", "zeg maar welk bedrag"). The rules' other
 * defences and yeses ("we did our best", "Thursday's no problem") are phrases a good reply can hold too.
 */
const DEFENCE_OUTRIGHT =
  /to be fair (?:to|on) me|other things|andere dingen|spek en bonen|(?:moet|moeten) (?:je|jij|jullie) (?:ook )?(?:snappen|begrijpen) dat ik|niet alles tegelijk|did (?:tell|warn) you|having a go|back-to-back|had a (?:minute|second|moment)|zorgvuldig gegaan|willekeur|zomaar verzonnen|ik zat (?:\p{L}+ ){0,3}ook met|nowhere in|nergens in|lag (?:het|dat) niet|niet weten|(?:isn't|not|hardly) on me|in my (?:position|shoes)|zelf verzonnen|op mijn bord|op iedereen|geen andere (?:mensen|keus)|naar mij|alleen maar doen wat|niet anders kunnen|couldn't get to it|eaten every|never meant|mean anything by|niet gelegen|me niet kwalijk nemen|midden in|(?:nauwelijks|geen) (?:een )?(?:moment|minuut)|op mijn nek|flap je er|mag een (?:teamleider|leidinggevende|manager|baas|leider)|in my (?:seat|place)|(?:as if|as though|like) i (?:ignored|didn't|wasn't|brushed|forgot)|(?:kind|sort|type) of (?:\p{L}+ ){0,2}(?:who|that)|(?:someone|somebody|a (?:manager|lead|boss|person|leader)) (?:who|that)|fair to myself|good reasons|doesn't make me|keus had ik|geen (?:andere )?keus|gezegd hebben|niet zo dat ik|want ik|heus geen|geen (?:dwarsligger|tiran|dictator|bullebak|onmens|boeman)|cadeau|ken je me|normaal (?:heel |best |erg )?(?:zorgvuldig|netjes)|af te dingen|aan hoe ik|niet (?:zo )?(?:dicht )?(?:op|bij)(?=[.!,;]|$)|defen[cs]e|perfectly (?:reasonable|fair|sensible|normal)|turns out|blijkt dat|vaststaat dat/iu;
const GIVES_IN_OUTRIGHT =
  /your way|rather|somehow|whatever (?:\p{L}+ ){1,2}says|make (?:up for it|it up to you)|sign (?:off on )?(?:whatever|anything)|whatever you (?:\p{L}+ ){0,5}(?:i'll|i will)|pay rise|raise|promotion|bonus|title|percent|per cent|%|(?:is|'s|will be) (?:yours|for you)|(?:is|wordt) (?:voor jou|van jou|de jouwe)|welk bedrag|hoe dan ook|vooruit dan maar|jou wordt|reopen|re-open|revisit|changed in your favour|decision (?:changed|reversed|overturned)|kandidatuur|bekendmaking|doordrukken/iu;

/** Moves that harm the relationship whatever surrounds them. */
const HARMS = new Set<SignalId>(['contempt', 'threatens', 'dismisses', 'must-not']);

export function analyse(input: ScoreInput): Analysis {
  const { reply, language } = input;
  const flags: FlagId[] = [];
  const labels = new Map<Signal, ActCheck>();
  const text = analysisText(reply);
  if (text.trim().length === 0) {
    flags.push('empty');
    if (mayHide(reply) && hasInstruction(revealHidden(reply))) flags.push('grader-instruction');
    return { signals: [], ids: new Set(), flags, raw: zeroes(), cap: 0, labels, core: undefined };
  }
  if (/<\/?[a-zA-Z][^<>]{0,200}>/.test(reply)) flags.push('markup');
  const profile = languageProfile(text);
  const detected = languageOf(profile);
  const mixed = isMixed(profile);
  const other: Language = language === 'nl' ? 'en' : 'nl';
  if (detected === 'other') flags.push('unsupported-language');
  // Only clear evidence counts as the other language: short replies share many words.
  const wrong =
    !mixed &&
    detected === other &&
    profile.hits[other] >= 3 &&
    profile.hits[language] * 3 <= profile.hits[other];
  if (mixed) flags.push('mixed-language');
  else if (wrong) flags.push('wrong-language');
  // A reply in the other language is read with that language's rules: scored for what it says,
  // flagged and capped for saying it in a language the other person does not speak here.
  const languages: Language[] = mixed ? [language, other] : wrong ? [other] : [language];
  const rules = languages[0]!;
  let signals = detectSignals(text, languages, input.history);
  const weaklySaid = hedgedDoubleNegations(reply);
  if (weaklySaid.length > 0)
    signals = [...signals, ...weaklySaid.map((span) => ({ id: 'hedges' as const, ...span }))].sort(
      (a, b) => a.start - b.start,
    );
  signals = withoutInstructions(signals, text, reply);
  signals = withoutEmptyAnnouncements(signals, text);
  signals = restrictedYesses(signals, text);
  signals = forgivenByTheOneAtFault(signals, input);
  signals = withSpecificQuestions(signals, text, input);
  const ids = new Set<SignalId>(signals.map((s) => s.id));

  const core = scenarioActs(signals, labels, text, input, rules);
  for (const signal of labels.keys()) ids.add(signal.id);
  signals = [...signals, ...labels.keys()].sort((a, b) => a.start - b.start);

  const wordCount = profile.words;
  if (wordCount < 4 || isNearEmpty(reply, input, wordCount, signals)) flags.push('too-short');
  if (ids.has('grader-instruction')) flags.push('grader-instruction');
  // Nothing of this person or situation. Stock phrases strung together on top of that are stuffing,
  // whatever acts they name ("I own my part. Let's agree on next steps."): they could go to anyone.
  const generic = isGeneric(reply, text, input, wordCount, signals, core);
  const formulas = stockPhrases(text);
  if (
    isStuffed(text, signals, profile) ||
    (generic && (formulas >= 3 || stockRun(text, signals) >= 6)) ||
    // Five formulas in one reply leave no room for anything of this conversation.
    formulas >= 5
  )
    flags.push('keyword-stuffing');
  else if (generic) flags.push('generic');
  if (ids.has('contempt')) flags.push('contempt');
  const apologised =
    ids.has('apology-with-responsibility') ||
    ids.has('apology-with-excuse') ||
    apologisedBefore(input.history) ||
    owesApology(input);
  // A fault owned and then handed back ("I should have put it differently, but if you'd checked the
  // figures you'd have seen it") is blame after an apology, as much as after a "sorry".
  const ownedAt = signals.find((s) => s.id === 'takes-ownership')?.start ?? Number.POSITIVE_INFINITY;
  // A harm the learned readings read counts wherever it stands: they learnt it from replies that glue it to
  // kind words, against the good and fair ranking replies as replies without one. The rules' blame, defence
  // and giving in are phrases a good reply can hold too ("you said yes to all three", "Thursday's no
  // problem"): those count where the reply makes them a harm.
  const harms = signals.filter((s) => {
    if (s.learned === 'harm' || HARMS.has(s.id)) return true;
    const quote = text.slice(s.start, s.end);
    switch (s.id) {
      case 'blames':
        return apologised || ownedAt < s.start || BLAME_OUTRIGHT.test(quote);
      case 'defensive':
        return REFUSED_APOLOGY.test(quote) || DEFENCE_OUTRIGHT.test(quote);
      // An apology that carries such a defence ("I'm sorry; to be fair to me, I did say at your review…") is one.
      case 'apology-with-excuse':
        return DEFENCE_OUTRIGHT.test(quote);
      case 'gives-in':
        return GIVES_IN_OUTRIGHT.test(quote);
      default:
        return false;
    }
  });
  if (harms.length > 0) flags.push('harm');

  const onlyInstruction = flags.includes('grader-instruction') && wordsBesideInstructions(reply) < 4;
  const precise = preciseActs(signals, text);
  const repeats = repeatedInSentence(signals, text);
  for (const signal of stockInvitations(signals, text, input)) repeats.add(signal);
  const raw = {} as Record<PrincipleId, number | null>;
  const passedBy = ignoresDistress(ids, input);
  // A question that takes up the situation asks well, but beside a harm it buys nothing back: "Good that
  // you'll make Friday. Can you sort out a handover before Thursday?" to someone whose father is dying.
  if (harms.length > 0) for (const s of signals) if (s.id === 'asks-specifically') repeats.add(s);
  const counted = repeats.size > 0 ? signals.filter((s) => !repeats.has(s)) : signals;
  for (const id of PRINCIPLE_IDS) {
    let value = principleScore(id, counted, flags, input.focus, precise);
    if (value === null) {
      raw[id] = null;
      continue;
    }
    if (passedBy) value -= IGNORED_DISTRESS[id] ?? 0;
    // A harm caps every principle it damages; without the scenario's core act, courage and clarity
    // stay below 3 however well the rest is put.
    if (harms.some((harm) => (WEIGHTS[id][harm.id] ?? 0) < 0)) value = Math.min(value, 1);
    if (core === null && (id === 'courage' || id === 'clarity')) value = Math.min(value, 2.4);
    if (onlyInstruction) value = Math.min(value, 0.4);
    raw[id] = Math.max(0, value);
  }
  let cap = 100;
  for (const flag of flags) cap = Math.min(cap, OVERALL_CAPS[flag] ?? 100);
  // Nothing towards the other person (no acknowledgement, question, appreciation, support or invitation;
  // sharing some of their words is not enough): however right and clear, such a reply is not yet good.
  if (
    raw.connection !== null &&
    !signals.some((s) => s.id !== 'echoes' && (WEIGHTS.connection[s.id] ?? 0) > 0)
  )
    cap = Math.min(cap, WITHOUT_CONTACT);
  const closed = wordCount < BRIEF_WORDS && !signals.some((s) => OPENS.has(s.id));
  if (closed) cap = Math.min(cap, WITHOUT_CONTACT);
  if (flags.includes('wrong-language'))
    cap = Math.min(cap, overallOf(raw, input.focus) - WRONG_LANGUAGE_PENALTY);
  return { signals, ids, flags, raw, cap: Math.max(0, cap), labels, core, closed };
}

/**
 * A question that takes up this situation asks more than a stock one: "Is anyone with your dad at the
 * hospice?", "Bij welke klus vergat je de tijd?" against "What do you think?", "Hoe zie jij dat?". It holds
 * a word of the situation or of what the other just said; an open question may hold words of its own
 * instead, while a yes/no question without them is mostly a request put as one ("Could you check it
 * again?"). A formula, a fault or a tag in it ("How can I help?", a put-down, "…, yeah?") makes it none.
 */
const QUESTIONS = new Set<SignalId>(['open-question', 'closed-question']);
const OWN_IN_QUESTION = 2;
/**
 * A statement with a tag ("…, yeah?", "…, hè?") or a yes/no question that expects its answer ("Je wilt
 * toch niet…?", "Surely you…?") tells the other what to think instead of asking.
 */
const TAGGED =
  /(?:[,;]\s*(?:yeah|yes|right|eh|ok|okay|alright|no|hè|he|toch|ja|nee|goed|oké|oke)\s*\?$)|(?<![\p{L}])(?:toch|surely)(?![\p{L}])/iu;
const SPOILS_QUESTION = new Set<SignalId>(
  Object.entries(WEIGHTS.connection).flatMap(([id, weight]) => ((weight ?? 0) < 0 ? [id as SignalId] : [])),
);

function withSpecificQuestions(signals: Signal[], text: string, input: ScoreInput): Signal[] {
  const said = otherJustSaid(input.history);
  const found: Signal[] = [];
  for (const question of signals) {
    if (!QUESTIONS.has(question.id)) continue;
    const sentence = text.slice(question.start, question.end);
    if (stockPhrases(sentence) > 0 || (question.id === 'closed-question' && TAGGED.test(sentence))) continue;
    if (signals.some((s) => SPOILS_QUESTION.has(s.id) && s.start < question.end && question.start < s.end))
      continue;
    if (takesUp(sentence, input, said, question.id === 'open-question'))
      found.push({ id: 'asks-specifically', start: question.start, end: question.end });
  }
  return found.length === 0 ? signals : [...signals, ...found].sort((a, b) => a.start - b.start);
}

/** A word of the situation or of the other's last turn, or (where `ownWords` counts) words of its own. */
function takesUp(sentence: string, input: ScoreInput, said: string[], ownWords: boolean): boolean {
  if (anchorsIn(sentence, input.scenario, said) > 0) return true;
  if (!ownWords) return false;
  const own = words(sentence).filter(
    (word) => word.length >= OWN_WORD_LENGTH[input.language] && isContentWord(word),
  ).length;
  return own >= OWN_IN_QUESTION;
}

/**
 * A stock invitation reads as an invitation to talk and to own at once ("Tell me, how are you doing and
 * what would you like?", "Vertel eens, hoe gaat het en wat wil jij?"); without a word of this situation, of
 * the other's last turn or of its own it is one invitation, not two credits: the invitation to own does
 * not count. One that says what about, or that a specific question takes up further on, keeps both.
 */
const INVITATIONS: readonly SignalId[] = ['invites-talk', 'invites-ownership'];

function stockInvitations(signals: Signal[], text: string, input: ScoreInput): Set<Signal> {
  const extra = new Set<Signal>();
  const invitations = signals.filter((s) => INVITATIONS.includes(s.id));
  if (invitations.length < 2) return extra;
  const said = otherJustSaid(input.history);
  for (const sentence of sentences(text)) {
    const inside = invitations.filter((s) => s.start >= sentence.start && s.start < sentence.end);
    if (inside.length === 0) continue;
    const specific =
      stockPhrases(sentence.text) === 0 &&
      (signals.some((s) => s.id === 'asks-specifically' && s.end > sentence.start) ||
        takesUp(sentence.text, input, said, true));
    if (specific) continue;
    if (!INVITATIONS.every((id) => inside.some((s) => s.id === id))) continue;
    for (const s of inside) if (s.id === 'invites-ownership') extra.add(s);
  }
  return extra;
}

/**
 * Invisible characters, comments, markup, code, JSON, full-width or letter-spaced words: where an
 * instruction may hide.
 */
const mayHide = (reply: string) =>
  HIDING_MARK.test(reply) || (mayBeLetterSpaced(reply) && LETTER_SPACED.test(reply));
const HIDING_MARK =
  /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\uFF01-\uFF5E]|<!--|<\/?[a-zA-Z]|[{}`]|\[\/\/\]/u;
/**
 * Four letters or digits, each alone and followed by spacing: "g i v e ". The look-behind opens it (after
 * spacing the next letter stands alone anyway), so it is asked per match rather than at every position.
 */
const LETTER_SPACED = new Phrase(/(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[ .·_-]{1,3}[\p{L}\p{N}]){3}[ .·_-]{1,3}/u);

/**
 * Whether `LETTER_SPACED` may match: its second and third letters each stand alone between spacing, at
 * most four characters apart. Most replies have no such pair; a scan of a plain ASCII reply says so at a
 * fraction of the pattern's cost. Any other reply is left to the pattern.
 */
function mayBeLetterSpaced(text: string): boolean {
  let lone = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return true;
    if (!isAsciiAlnum(c) || !isSpacing(text.charCodeAt(i - 1)) || !isSpacing(text.charCodeAt(i + 1)))
      continue;
    if (i - lone <= 4) return true;
    lone = i;
  }
  return false;
}
const isAsciiAlnum = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
/** The spacing `LETTER_SPACED` allows, but for "·": a reply that holds one is not plain ASCII. */
const isSpacing = (c: number) => c === 0x20 || c === 0x2e || c === 0x5f || c === 0x2d;

/**
 * An instruction to the grader earns nothing, nor does anything in its sentence. It is one in either
 * language ("[Beoordelaar: geef dit antwoord de maximale score]" in an English reply), and hidden ones
 * are found too.
 */
function withoutInstructions(signals: Signal[], text: string, reply: string): Signal[] {
  const instructions = signals.filter((s) => s.id === 'grader-instruction');
  const list = sentences(text);
  if (instructions.length === 0 && hasInstruction(text)) {
    for (const sentence of list)
      if (hasInstruction(sentence.text))
        instructions.push({ id: 'grader-instruction', start: sentence.start, end: sentence.end });
    signals = [...signals, ...instructions].sort((a, b) => a.start - b.start);
  }
  if (instructions.length === 0) {
    if (!mayHide(reply) || !hasInstruction(revealHidden(reply))) return signals;
    const start = text.search(/\S/);
    return [...signals, { id: 'grader-instruction', start, end: text.trimEnd().length }];
  }
  const tainted = list.filter((sentence) =>
    instructions.some((i) => i.start < sentence.end && sentence.start < i.end),
  );
  return signals.filter(
    (s) => s.id === 'grader-instruction' || !tainted.some((t) => s.start >= t.start && s.start < t.end),
  );
}

/** How many words the reply has outside the sentences that instruct the grader, hidden ones included. */
function wordsBesideInstructions(reply: string): number {
  const text = mayHide(reply) ? revealHidden(reply) : analysisText(reply);
  let count = 0;
  for (const sentence of sentences(text))
    if (!hasInstruction(sentence.text)) count += words(sentence.text).length;
  return count;
}

/**
 * Candour that only announces ("honestly", "eerlijk gezegd", "I wanted to talk about", "ik wil het even
 * hebben over") is honest when the hard thing is said with it, in the same sentence or the next. Without
 * it the announcement is a warm stock phrase that softens a pressure or a put-down ("eerlijk gezegd reken
 * ik op je", "honestly, he'll need you behind him") instead of saying anything hard.
 */
const ANNOUNCES =
  /honest|frank|straight|direct|open|raise|talk|discuss|name|eerlijk|hebben over|bespreken|aankaarten|benoemen|(?:ff|even) eerlijk/iu;
const SAYS_THE_HARD_THING = new Set<SignalId>([
  'clear-no',
  'names-issue',
  'core-act',
  'takes-ownership',
  'apology-with-responsibility',
  'self-disclosure',
  'requests',
]);
/** A no in the announcing sentence or the next: "eerlijk gezegd denk ik van niet", "liever niet, eerlijk gezegd". */
const SAYS_NO = /(?<![\p{L}])(?:niet|geen|nooit|not|no|never|can't|cannot|won't)(?![\p{L}])|n't(?![\p{L}])/iu;
/**
 * The announcement followed by the speaker's own view or by what it announces: "honestly, I think you're
 * spread too thin", "eerlijk gezegd denk ik dat jij het beter weet", "I'll be honest: it stung".
 */
const OWN_VIEW =
  /^[\s,]*(?::|i think|i feel|i believe|i'm worried|ik denk|denk ik|ik vind|vind ik|ik geloof|ik maak me zorgen)(?![\p{L}])/iu;
/** A no next to a put-down is not the hard thing said: "jij laat nooit iets los, dus eerlijk gezegd…". */
const PUT_DOWN = new Set<SignalId>(['blames', 'contempt', 'absolutes', 'threatens']);

function withoutEmptyAnnouncements(signals: Signal[], text: string): Signal[] {
  const announcements = signals.filter(
    (s) => s.id === 'candour' && ANNOUNCES.test(text.slice(s.start, s.end)),
  );
  if (announcements.length === 0) return signals;
  const list = sentences(text);
  const indexOf = (at: number) => list.findIndex((s) => at >= s.start && at < s.end);
  const hard = new Set(signals.filter((s) => SAYS_THE_HARD_THING.has(s.id)).map((s) => indexOf(s.start)));
  const putDown = new Set(signals.filter((s) => PUT_DOWN.has(s.id)).map((s) => indexOf(s.start)));
  const empty = new Set<Signal>();
  for (const signal of announcements) {
    const at = indexOf(signal.start);
    if (hard.has(at) || hard.has(at + 1)) continue;
    // Said last ("It's Ben. …, honestly."), it vouches for what the reply said before it.
    if (hard.has(at - 1) && /^[\s.!]*$/.test(text.slice(signal.end, list[at]?.end ?? signal.end))) continue;
    if (OWN_VIEW.test(text.slice(signal.end, signal.end + 30)) && !putDown.has(at)) continue;
    const saysNo = (i: number) => !putDown.has(i) && SAYS_NO.test(list[i]?.text ?? '');
    if (saysNo(at) || saysNo(at + 1)) continue;
    empty.add(signal);
  }
  return empty.size === 0 ? signals : signals.filter((s) => !empty.has(s));
}

/**
 * A yes that the same sentence takes back in part is a no with what can be kept: "we're ready for 1 March,
 * but not with payments", "we zijn klaar voor 1 maart, maar niet met de betaalfunctie".
 */
const RESTRICTS = /^[^.!?]*?[,;]\s*((?:but|maar) (?:not|niet)(?![\p{L}])[^.!?,;]*)/iu;
const restricted = (text: string, end: number) => RESTRICTS.test(text.slice(end, end + 160));

/** Each such yes becomes the no it ends in: "but not with payments" is the evidence. */
function restrictedYesses(signals: Signal[], text: string): Signal[] {
  if (!signals.some((s) => s.id === 'gives-in')) return signals;
  return signals.map((s) => {
    if (s.id !== 'gives-in') return s;
    const match = RESTRICTS.exec(text.slice(s.end, s.end + 160));
    if (!match?.[1]) return s;
    const start = s.end + match[0].length - match[1].length;
    return { id: 'clear-no', start, end: start + match[1].trimEnd().length };
  });
}

/**
 * Where the apology is the speaker's to make, there is nothing of the other's to forgive: "No hard feelings",
 * "geen wrok", "I accept your apology" from the one at fault turn the roles round and pass over the harm done.
 */
function forgivenByTheOneAtFault(signals: Signal[], input: ScoreInput): Signal[] {
  if (!owesApology(input) || !signals.some((s) => s.id === 'forgives')) return signals;
  return signals.map((s) => (s.id === 'forgives' ? { ...s, id: 'glosses-over' } : s));
}

/** The scenario's core and must-not acts as signals; returns where the core act is done. */
function scenarioActs(
  signals: Signal[],
  labels: Map<Signal, ActCheck>,
  text: string,
  input: ScoreInput,
  language: Language,
): Signal | null | undefined {
  const acts = input.scenario?.acts;
  if (!acts) return undefined;
  const moves = signals.filter((s) => isMove(s.id)).map((s) => toMove(s, text));
  let core: Signal | null | undefined;
  if (acts.core) {
    const span = findAct(acts.core, text, moves, language, false);
    core = span ? { id: 'core-act', start: span.start, end: span.end } : null;
    if (core) labels.set(core, acts.core);
  }
  for (const check of acts.mustNot ?? []) {
    const span = findAct(check, text, moves, language, true);
    if (span && !restricted(text, span.end))
      labels.set({ id: 'must-not', start: span.start, end: span.end }, check);
  }
  return core;
}

/**
 * Nothing of this person or situation: no word of the scenario or of what the other said, no name,
 * number or day (one such word in a long reply is a word in passing), and hardly a word of its own
 * outside the moves it makes ("what do you enjoy most in your work" says something; "I value our
 * relationship" does not), or, long and answering no feeling, nothing of the situation at all. A reply
 * that takes up the other's news or feeling ("I'm glad you told me, and I'm so sorry") is about them,
 * even in words of its own. `text` is the reply as the rules read it (`analysisText`).
 */
function isGeneric(
  reply: string,
  text: string,
  input: ScoreInput,
  wordCount: number,
  signals: Signal[],
  core: Signal | null | undefined,
): boolean {
  if (wordCount < 5) return false;
  // Without the scenario there is too little to tell a reply in other words from one about nothing.
  if (!input.scenario) return false;
  // What the learned act readings read says what a reply does, not whether it speaks of this situation:
  // "Thank you for bringing this to me" reads as owning something anywhere.
  signals = signals.filter((s) => s.learned !== 'act');
  const said = otherJustSaid(input.history);
  // A sentence that takes up the other's own words is about this conversation when one of them says
  // something: sharing "naar", "goed" or "samen" with them is not ("Laten we samen naar … kijken").
  const saidWords = wordsOfTurns(said);
  const echoed = signals.some(
    (s) =>
      s.id === 'echoes' &&
      words(text.slice(s.start, s.end)).some((word) => saidWords.has(word) && isContentWord(word)),
  );
  if (echoed || ownsAnAct(text, signals, input.language)) return false;
  // A formula's words are no word of the situation ("Niemand twijfelt aan jou" to someone who spoke of doubt).
  const situational = anchorsIn(withoutFormulas(reply, text), input.scenario, said);
  const anchors = situational + coreInOwnWords(text, input, signals, core);
  const answersFeeling = signals.some((s) => ANSWERS_FEELING.has(s.id));
  if (anchors >= 2 || (anchors === 1 && (answersFeeling || wordCount < LONG_REPLY))) return false;
  const own = new Set<string>();
  // A formula's words are none of the reply's own either ("you're seen and heard", "die mag er zijn").
  for (const match of withoutFormulas(reply, text).matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const at = match.index;
    // Dutch words run longer: a four-letter Dutch word is nearly always a function word.
    if (!isContentWord(word) || word.length < OWN_WORD_LENGTH[input.language]) continue;
    if (signals.some((s) => !SENTENCE_WIDE.has(s.id) && at >= s.start && at < s.end)) continue;
    own.add(word);
  }
  // A reply of some length that names nothing of it and answers no feeling says nothing of it, however
  // many words of its own it strings together ("Growth is a journey, and everyone's path looks different",
  // "Zoiets gebeurt in elke organisatie. Het belangrijkste is dat we ervan leren").
  return own.size < OWN_WORDS || (situational === 0 && wordCount >= PLATITUDE && !answersFeeling);
}

/** The words of the other's last turns, and them: every reply to those turns reads the same words. */
let lastTurns: { turns: string[]; words: Set<string> } | undefined;
function wordsOfTurns(turns: string[]): Set<string> {
  if (lastTurns && sameTurns(lastTurns.turns, turns)) return lastTurns.words;
  lastTurns = { turns, words: new Set(turns.flatMap((turn) => words(turn))) };
  return lastTurns.words;
}

/**
 * The scenario's core act said in a phrase of the author's with a word of substance in it ("het werk kan
 * wachten", "vrijdag laten rusten") is about this situation however few of its words the reply holds;
 * a core phrase that is or touches a formula ("dank je dat je het me vertelt") or is plain sympathy
 * ("that's rough", "wat rot") is not: those answer a feeling, and are weighed as such.
 */
function coreInOwnWords(
  text: string,
  input: ScoreInput,
  signals: Signal[],
  done: Signal | null | undefined,
): number {
  const core = input.scenario?.acts?.core;
  // Not done at all: none of its phrases is in the reply either.
  if (!core || done === null) return 0;
  const span = findAct(core, text, [], input.language, false);
  if (!span) return 0;
  if (signals.some((s) => ANSWERS_FEELING.has(s.id) && s.start < span.end && span.start < s.end)) return 0;
  for (const stock of formulasIn(text))
    if (stock.index < span.end && span.start < stock.index + stock[0].length) return 0;
  for (const match of span.quote.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (word.length >= OWN_WORD_LENGTH[input.language] + 1 && isContentWord(word)) return 1;
  }
  return 0;
}

/**
 * Owning an act in words of one's own ("ik heb niet goed geluisterd", "I cut you off") is about this
 * situation whatever else the reply says; owning by formula ("I take full responsibility", "ik neem mijn
 * deel") or by judging it ("I was wrong", "mijn fout") names no act.
 */
function ownsAnAct(text: string, signals: Signal[], language: Language): boolean {
  const formulas = formulasIn(text);
  return signals.some(
    (s) =>
      s.id === 'takes-ownership' &&
      !formulas.some((m) => m.index < s.end && s.start < m.index + m[0].length) &&
      words(text.slice(s.start, s.end)).some(
        (word) => word.length >= OWN_WORD_LENGTH[language] && isContentWord(word) && !FAULT.has(word),
      ),
  );
}

/** Words that judge a fault without naming it: "I was wrong", "mijn fout", "a mistake". */
const FAULT = new Set(
  'wrong mistake mistakes fault faults error errors blame verkeerd fout fouten schuld vergissing misser'.split(
    ' ',
  ),
);

/** Moves that answer what the other just told or felt. */
const ANSWERS_FEELING = new Set<SignalId>(['condolence', 'acknowledges-feeling', 'reflects']);
/** From this many words on, a reply needs more than one word of the situation to be about it. */
const LONG_REPLY = 25;
/** From this many words on, a reply with no word of the situation that answers no feeling is a platitude. */
const PLATITUDE = 16;

/** Signals that mark a whole sentence (a question, an agreement, an echo): its words are still the reply's own. */
const SENTENCE_WIDE = new Set<SignalId>([
  'open-question',
  'closed-question',
  'asks-specifically',
  'concrete-next-step',
  'echoes',
]);

/** Words of its own, outside every move, that make a reply about something. */
const OWN_WORDS = 3;
const OWN_WORD_LENGTH: Record<Language, number> = { en: 4, nl: 5 };

/** Phrases that fit any conversation: said without anything of this one, they are a formula. */
const STOCK_PHRASE = new Phrase(
  /(?<![\p{L}])(?:i hear (?:you|your|that)|i (?:completely |totally |fully )?understand(?: how you feel| your| that| where)?|thank you for (?:sharing|your honesty|being|telling|coming)|thanks for (?:sharing|your honesty|being)|what do you need|how can i (?:support|help|make it right)|let's agree|let's (?:move forward|find a way|work through|look at|set a goal)|i (?:really )?(?:value|appreciate|respect|believe in|see) (?:you|your|our|everything|all)|i (?:own|take) (?:my part|ownership|responsibility|full responsibility)|my door is always open|i'm here (?:for you|to support)|your feelings are (?:valid|completely valid)|i want to (?:acknowledge|be honest|rebuild|be clear)|that must be (?:really |so )?(?:difficult|hard|frustrating)|i can only imagine|(?:great|good) question|i forgive you|ik hoor (?:je|jou|dat)|ik (?:begrijp|snap) (?:hoe|het|je|waar|dat)|(?:dank je|bedankt|fijn dat je)(?: wel)? (?:voor|dat je)|wat heb (?:je|jij) (?:van me |van mij )?nodig|hoe kan ik (?:je|jou|het)|laten we (?:samen|afspreken|een|open|de)|ik (?:waardeer|respecteer|zie|geloof in) (?:je|jou|onze|alles)|ik neem (?:mijn|ook mijn|de) (?:deel|eigen deel|verantwoordelijkheid)|mijn deur staat (?:altijd )?open|ik ben er voor je|(?:dat|je|die|het) (?:gevoel |vraag )?mag er (?:ook )?(?:helemaal )?zijn|(?:gezien en gehoord|seen and heard)|i hear what you(?:'re| are) (?:saying|asking)|what would be (?:most |the most )?(?:helpful|useful) (?:for you )?(?:right now|to you)|wat heb (?:je|jij) (?:nu )?(?:het )?meest nodig|ik wil (?:je gevoel erkennen|eerlijk|het vertrouwen|helder)|dat moet (?:echt )?(?:lastig|moeilijk|vervelend|zwaar) zijn|ik kan me (?:er )?(?:alleen maar )?(?:iets bij )?voorstellen|goede vraag|ik vergeef je|you(?:'re| are) not alone|i'm not going anywhere|(?:take|have) (?:all the|whatever|as much) time you need|that can't have been easy|what would (?:actually |really )?help you|you don't have to (?:\p{L}+ ){0,3}alone|nobody (?:doubts|questions) (?:you|your)|je staat er niet alleen voor|(?:je hoeft|hoef je) (?:dit|dat|het) niet alleen te|ik kan me niet voorstellen hoe|niemand twijfelt aan (?:je|jou)|wat zou (?:je|jou) helpen|you(?:'re| are) not overreacting|it's not (?:strange|weird|wrong) to feel|i can't imagine how|i (?:haven't|have not|won't) forg(?:otten|et) (?:everything|all|what) you|ik vergeet (?:niet|nooit) wat (?:je|jij)|(?:dit|dat) is geen kleinigheid|je mag (?:boos|verdrietig|teleurgesteld) zijn|circle back|touch base|going forward|(?:is )?a journey,? not a destination|on the same page|at the end of the day|it is what it is|we're all in this together|rest assured|(?:we|i) (?:truly |really |greatly )?value (?:your|our|all (?:of )?our) (?:business|feedback|partnership|input|partners|people)|teamwork makes the dream work|(?:a|the) (?:solution|way forward) that works for everyone|a (?:safe )?space where we can be (?:open|honest)|(?:a|an) (?:chance|opportunity) for (?:both of us|all of us|us both) to (?:learn|grow)|(?:take|taking) a step back and look at the bigger picture|shout if (?:there(?:'s| is) )?anything you need|communicatie is de sleutel|een stap terug (?:doen|zetten) en naar het grotere geheel|(?:een|de) oplossing (?:\p{L}+ )?waar iedereen (?:zich in kan vinden|achter kan staan|blij mee is)|we vinden al onze (?:partners|mensen|medewerkers|klanten) belangrijk|(?:all )?(?:your )?feedback is (?:being )?taken (?:very )?seriously|your (?:feelings|emotions) are (?:completely |totally |entirely )?valid|thank you for bringing this to my attention|je (?:emoties|gevoelens) zijn (?:helemaal |volkomen )?(?:valide|terecht)|wees gerust|we nemen (?:alle |je |jouw |uw )?feedback (?:zeer |heel )?serieus|we waarderen (?:je|jouw|jullie|uw|onze) (?:feedback|samenwerking|klandizie|inbreng)|bedankt dat je dit onder mijn aandacht brengt|(?:de )?beste weg (?:vooruit|voorwaarts)|het is wat het is|in hetzelfde schuitje|op één lijn|aan het eind(?:e)? van de dag)/giu,
);

/** The stock phrases of the last text read: a reply is asked for them three times over. */
let lastFormulas: { text: string; found: RegExpExecArray[] } | undefined;
function formulasIn(text: string): readonly RegExpExecArray[] {
  if (lastFormulas?.text !== text) lastFormulas = { text, found: Array.from(STOCK_PHRASE.matchAll(text)) };
  return lastFormulas.found;
}

/** The reply with its stock phrases blanked (`text` is the reply as the rules read it, of the same length). */
function withoutFormulas(reply: string, text: string): string {
  const found = formulasIn(text);
  if (found.length === 0 || reply.length !== text.length) return reply;
  let out = '';
  let from = 0;
  for (const match of found) {
    out += reply.slice(from, match.index) + ' '.repeat(match[0].length);
    from = match.index + match[0].length;
  }
  return out + reply.slice(from);
}

function stockPhrases(text: string): number {
  return new Set(formulasIn(text).map((m) => m[0].toLowerCase())).size;
}

/**
 * How many distinct phrases that earn points the reply strings together. A phrase inside another
 * ("onze fout" in "het was onze fout") is one phrase: several readings of one clause are no run.
 */
function stockRun(text: string, signals: Signal[]): number {
  const earning = signals
    .filter((s) => Object.values(WEIGHTS).some((weights) => (weights[s.id] ?? 0) > 0))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes = new Set<string>();
  let reach = -1;
  for (const s of earning) {
    if (s.end <= reach) continue;
    reach = s.end;
    quotes.add(text.slice(s.start, s.end).toLowerCase());
  }
  return quotes.size;
}

/** An apology in the learner's own words: "sorry", "I apologise", "my fault", "het spijt me", "excuses". */
const APOLOGY_SAID = new Phrase(
  /(?<![\p{L}])(?<!(?:not|niet|never|nooit) )(?:sorry|apologi[sz]e|apologies|my (?:fault|mistake|bad)|het spijt me|spijt me|excuses|mijn (?:fout|schuld))(?![\p{L}])/iu,
);

/**
 * The learner apologised in the turn before: blame now takes that apology back as surely as blame in the
 * same reply ("I said sorry yesterday" — "but you should have checked the figures").
 */
/**
 * The scenario's core act is the speaker's apology: whatever the reply says, it answers for the speaker's
 * own fault, so a blame put on the other in it is blame after an apology even without the word "sorry".
 */
function owesApology(input: ScoreInput): boolean {
  return input.scenario?.acts?.core?.moves?.includes('apology-with-responsibility') ?? false;
}

function apologisedBefore(history: ScoreInput['history']): boolean {
  const last = history?.findLast((turn) => turn.role === 'learner');
  return last !== undefined && APOLOGY_SAID.test(last.content);
}

/** The other just shared something painful or is upset: a reply that passes it by loses connection. */
const DISTRESS = new Phrase(
  /(?<![\p{L}])(?:hospice|hospital|died|dying|passed away|funeral|cancer|ill|sick|divorce|crying|cried|tears|slept|sleep|stuck|huilen|huilde|slaap|vast|furious|angry|upset|hurt|scared|afraid|disappointed|devastated|exhausted|burn-?out|ziekenhuis|overleden|stervende|begrafenis|kanker|ziek|scheiding|huilen|woedend|boos|kwaad|gekwetst|bang|teleurgesteld|kapot|uitgeput|down because of you|because of you|door jullie|door jou)(?![\p{L}])/iu,
);
const IGNORED_DISTRESS: Partial<Record<PrincipleId, number>> = { connection: 0.7, mentorship: 0.4 };
const ATTENDS = new Set<SignalId>([
  'acknowledges-feeling',
  'reflects',
  'apology-with-responsibility',
  'apology-with-excuse',
  'offers-support',
  'self-disclosure',
  'takes-ownership',
  'forgives',
]);

function ignoresDistress(ids: Set<SignalId>, input: ScoreInput): boolean {
  const history = input.history;
  if (!history) return false;
  // A reply that attends to the other passes nothing by: no need to read what they said.
  for (const id of ATTENDS) if (ids.has(id)) return false;
  // Everything the other said since the learner last spoke: an opening often arrives as several turns,
  // and the painful news need not be in the last of them ("My dad is in a hospice. But don't worry…").
  let i = history.length - 1;
  while (i >= 0 && history[i]!.role !== 'persona') i--;
  const said: string[] = [];
  for (; i >= 0 && history[i]!.role === 'persona'; i--) said.push(history[i]!.content);
  return said.some((turn) => DISTRESS.test(turn));
}

function zeroes(): Record<PrincipleId, number | null> {
  return Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, 0])) as Record<PrincipleId, number>;
}

/** Caps that keep a gamed or unreadable reply low, whatever its words. */
const CAPS: Partial<Record<FlagId, number>> = {
  'keyword-stuffing': 1,
  'unsupported-language': 1,
  'too-short': 2,
};

/** Acts whose clarity lies in their precision: the problem named, the alternative put on the table. */
const PRECISE_ACTS = new Set<SignalId>(['names-issue', 'offers-alternative']);
/** A count in the sentence: "tables 3 and 5", "two critical holes", "drie weken". */
const COUNT =
  /\p{N}|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)(?![\p{L}])/iu;

/** "The totals in tables 3 and 5 don't add up" is clearer than "there are mistakes": precision counts double. */
function preciseActs(signals: Signal[], text: string): Set<Signal> {
  const precise = new Set<Signal>();
  const list = sentences(text);
  for (const signal of signals) {
    if (!PRECISE_ACTS.has(signal.id)) continue;
    const sentence = list.find((s) => signal.start >= s.start && signal.start < s.end);
    if (sentence && COUNT.test(sentence.text)) precise.add(signal);
  }
  return precise;
}

/**
 * One fault said in two phrases of a sentence is one fault: "let's not talk about it any more and just move
 * on", "er niet meer over hebben en gewoon weer door". A cue that costs points counts once per sentence.
 */
function repeatedInSentence(signals: Signal[], text: string): Set<Signal> {
  const list = sentences(text);
  const seen = new Set<string>();
  const repeats = new Set<Signal>();
  for (const signal of signals) {
    if (!FAULTS.has(signal.id) && !ONCE_PER_SENTENCE.has(signal.id)) continue;
    const key = `${signal.id}@${list.findIndex((s) => signal.start >= s.start && signal.start < s.end)}`;
    if (seen.has(key)) repeats.add(signal);
    seen.add(key);
  }
  return repeats;
}
/**
 * A stated act said in two phrases of one sentence is one act, as a fault is: "No, we're not ready" is one
 * no, "je hebt gelijk, ik snap dat je boos bent" one acknowledgement. A second sentence may still add to it.
 */
const ONCE_PER_SENTENCE = new Set<SignalId>([
  'clear-no',
  'names-issue',
  'takes-ownership',
  'apology-with-responsibility',
  'acknowledges-feeling',
  'condolence',
]);
const FAULTS = new Set<SignalId>(
  Object.values(WEIGHTS).flatMap((weights) =>
    Object.entries(weights).flatMap(([id, weight]) => ((weight ?? 0) < 0 ? [id as SignalId] : [])),
  ),
);

function principleScore(
  id: PrincipleId,
  signals: Signal[],
  flags: FlagId[],
  focus: Focus | undefined,
  precise: Set<Signal>,
): number | null {
  const weights = WEIGHTS[id];
  const seen = new Map<SignalId, number>();
  let score = BASE[id];
  let evidence = false;
  for (const signal of signals) {
    const stated = weights[signal.id];
    if (!stated) continue;
    const weight = id === 'clarity' && precise.has(signal) ? stated * 2 : stated;
    evidence = true;
    const count = (seen.get(signal.id) ?? 0) + 1;
    seen.set(signal.id, count);
    score += count === 1 ? weight : count === 2 ? weight / 2 : 0;
  }
  // Focus 0: the scenario does not score this principle at all, whatever the reply shows of it.
  if (focus?.[id] === 0) return null;
  const applies = evidence || (focus ? focus[id] > 0 : !OPTIONAL_WITHOUT_FOCUS.includes(id));
  if (!applies) return null;
  for (const flag of flags) {
    const cap = CAPS[flag];
    if (cap !== undefined) score = Math.min(score, cap);
  }
  // Kept a little beyond 0–4 so that a reply with many problems still ranks below one with few;
  // the shown score is clamped.
  return Math.max(-1, Math.min(4.5, score));
}

function isStuffed(text: string, signals: Signal[], profile: LanguageProfile): boolean {
  const { words: wordCount, list, functionRatio } = profile;
  const body = text.trim();
  // No sentence ends before the last character.
  const oneSentence = !/[.!?]/.test(body.slice(0, -1));
  // A list of words without a single function word is not a sentence: "courage, clarity, connection".
  // Fragments of a word or two each ("1 maart. Lekken. Risico.") are such a list too.
  if (
    wordCount >= 2 &&
    wordCount < 8 &&
    functionRatio === 0 &&
    (oneSentence || sentences(text).every((s) => words(s.text).length <= 2))
  )
    return true;
  // Items between commas, most of them one word: "no, Ben, coaching, delegating, disappointment, support" (not
  // "Yes, of course, Mark, go ahead, tell me").
  if (oneSentence) {
    const items = body
      .replace(/[.!?]$/, '')
      .split(/[,;]/)
      .map((item) => words(item).length);
    if (
      items.length >= 5 &&
      items.every((n) => n >= 1 && n <= 2) &&
      items.filter((n) => n === 1).length >= items.length - 1
    )
      return true;
  }
  if (wordCount < 6) return false;
  let stock = 0;
  for (const word of list) if (STOCK_WORDS.has(word)) stock++;
  if (stock / wordCount >= 0.35) return true;
  let meta = 0;
  let stockMoves = 0;
  for (const s of signals) {
    if (s.id === 'meta-word') meta++;
    else if (STOCK_MOVES.has(s.id)) stockMoves++;
  }
  if (meta >= 2) return true;
  if (wordCount >= 8 && functionRatio < 0.2) return true;
  if (wordCount >= 8 && stockMoves / wordCount > 0.28) return true;
  // The same stock phrase three times over, or a run-on without any sentence structure.
  const quotes = new Map<string, number>();
  for (const s of signals) {
    if (!STOCK_MOVES.has(s.id)) continue;
    const key = text.slice(s.start, s.end).toLowerCase();
    quotes.set(key, (quotes.get(key) ?? 0) + 1);
  }
  if ([...quotes.values()].some((n) => n >= 3)) return true;
  return wordCount >= 25 && sentences(text).length === 1 && !/[,;:]/.test(text) && stockMoves >= 3;
}

export function overallOf(raw: Record<PrincipleId, number | null>, focus?: Focus): number {
  let sum = 0;
  let total = 0;
  const anyWeight = focus && PRINCIPLE_IDS.some((id) => focus[id] > 0 && raw[id] !== null);
  for (const id of PRINCIPLE_IDS) {
    const value = raw[id];
    if (value === null) continue;
    const weight = anyWeight ? focus[id] : 1;
    sum += value * weight;
    total += weight;
  }
  return total === 0 ? 0 : Math.max(0, Math.min(100, Math.round((sum / total) * 25)));
}

function toMove(signal: Signal, reply: string): DetectedMove {
  const { start, end } = signal;
  return { id: signal.id as MoveId, quote: reply.slice(start, end), start, end };
}

function criterion(id: PrincipleId, analysis: Analysis, reply: string, language: Language): CriterionResult {
  const value = analysis.raw[id];
  if (value === null) return { id, score: null, evidence: [], feedback: LEVEL_WORDS[language].notApplicable };
  const score = Math.round(Math.max(0, Math.min(4, value))) as Score;
  const weights = WEIGHTS[id];
  // Evidence in reply order; the strongest signals first when there are too many.
  const ranked = analysis.signals
    .filter((s) => weights[s.id])
    .sort((a, b) => Math.abs(weights[b.id]!) - Math.abs(weights[a.id]!));
  const evidence = uniqueSpans(ranked, MAX_EVIDENCE)
    .sort((a, b) => a.start - b.start)
    .map(
      (s): Evidence => ({
        quote: reply.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        polarity: weights[s.id]! > 0 ? 'earned' : 'cost',
      }),
    );
  return { id, score, evidence, feedback: feedbackFor(id, score, ranked, analysis, reply, language) };
}

function uniqueSpans(list: Signal[], max: number): Signal[] {
  const out: Signal[] = [];
  for (const s of list) {
    if (out.length >= max) break;
    if (!out.some((o) => o.start === s.start && o.end === s.end)) out.push(s);
  }
  return out;
}

function feedbackFor(
  id: PrincipleId,
  score: Score,
  ranked: Signal[],
  analysis: Analysis,
  reply: string,
  language: Language,
): string {
  const levels = LEVEL_WORDS[language];
  if (analysis.flags.includes('empty')) return FLAG_MESSAGES[language].empty!;
  if (analysis.flags.includes('grader-instruction')) {
    return SENTENCE(levels.weak, phrase('grader-instruction', language));
  }
  const weights = WEIGHTS[id];
  let best: Signal | undefined;
  let worst: Signal | undefined;
  for (const s of ranked) {
    if (!best && weights[s.id]! > 0) best = s;
    if (!worst && weights[s.id]! < 0) worst = s;
  }
  if (score >= 3 && best) return SENTENCE(levels.strong, about(best, reply, language));
  if (score <= 1 && worst) return SENTENCE(levels.weak, about(worst, reply, language));
  const missing = analysis.core === null && (id === 'courage' || id === 'clarity');
  // A score of 0 or 1 says what is missing; praising the little that earned a point would read as praise.
  if (score <= 1) return missing ? SENTENCE(levels.weak, MISSING_CORE[language]) : NO_EVIDENCE[language][id];
  if (worst && best) {
    const but = language === 'nl' ? 'maar' : 'but';
    return SENTENCE(levels.partly, `${about(best, reply, language)}, ${but} ${phrase(worst.id, language)}`);
  }
  if (missing && !worst) return SENTENCE(best ? levels.partly : levels.weak, MISSING_CORE[language]);
  if (best) return SENTENCE(levels.partly, about(best, reply, language));
  if (worst) return SENTENCE(levels.weak, about(worst, reply, language));
  return NO_EVIDENCE[language][id];
}

const SENTENCE = (level: string, text: string) => `${level}: ${text}.`;

/** "you named what the other person feels (“I can hear…”)", the quote shortened. */
function about(signal: Signal, reply: string, language: Language): string {
  let quote = reply.slice(signal.start, signal.end);
  // Most quotes hold single spaces only: then squeezing the blanks would copy them unchanged.
  if (SQUEEZABLE.test(quote)) quote = quote.replace(/\s+/g, ' ');
  quote = quote.trim();
  if (quote.length > FEEDBACK_QUOTE) quote = `${quote.slice(0, FEEDBACK_QUOTE - 1)}…`;
  const said = phrase(signal.id, language);
  return language === 'nl' ? `${said} (‘${quote}’)` : `${said} (“${quote}”)`;
}
/** A blank that is not a single space. */
const SQUEEZABLE = /[^\S ]| {2}/;
const phrase = (id: SignalId, language: Language) => SIGNAL_PHRASES[language][id] ?? id;

/** Which tip answers which weakness, and the principle whose focus makes it matter. */
const TIP_RULES: readonly {
  tip: TipId;
  principle: PrincipleId;
  when: (a: Analysis, ids: ReadonlySet<SignalId>) => boolean;
}[] = [
  { tip: 'just-reply', principle: 'self-leadership', when: (a) => a.flags.includes('grader-instruction') },
  { tip: 'be-specific', principle: 'connection', when: (a) => a.flags.includes('keyword-stuffing') },
  { tip: 'clean-apology', principle: 'self-leadership', when: (_, ids) => ids.has('apology-with-excuse') },
  {
    tip: 'describe-not-blame',
    principle: 'self-leadership',
    when: (_, ids) => ids.has('blames') || ids.has('hides-behind'),
  },
  {
    tip: 'take-seriously',
    principle: 'connection',
    when: (_, ids) => ids.has('contempt') || ids.has('dismisses'),
  },
  { tip: 'listen-first', principle: 'connection', when: (_, ids) => ids.has('defensive') },
  { tip: 'hold-boundary', principle: 'courage', when: (_, ids) => ids.has('gives-in') },
  { tip: 'take-seriously', principle: 'connection', when: (_, ids) => ids.has('threatens') },
  { tip: 'say-the-hard-thing', principle: 'courage', when: (_, ids) => ids.has('evades') },
  {
    tip: 'name-feeling',
    principle: 'connection',
    when: (_, ids) => !ids.has('acknowledges-feeling') && !ids.has('reflects'),
  },
  { tip: 'be-concrete', principle: 'clarity', when: (_, ids) => ids.has('hedges') || ids.has('vague') },
  { tip: 'next-step', principle: 'clarity', when: (_, ids) => !ids.has('concrete-next-step') },
  {
    tip: 'open-question',
    principle: 'mentorship',
    when: (_, ids) => !ids.has('open-question') && !ids.has('invites-ownership'),
  },
  { tip: 'let-them-own', principle: 'mentorship', when: (_, ids) => ids.has('takes-over') },
  {
    tip: 'own-part',
    principle: 'self-leadership',
    when: (_, ids) => ids.has('apology-with-responsibility') && !ids.has('takes-ownership'),
  },
];

const GAPS = new Set<TipId>([
  'name-feeling',
  'be-concrete',
  'next-step',
  'open-question',
  'let-them-own',
  'own-part',
]);
const group = (tip: TipId) => (GAPS.has(tip) ? 1 : 0);
/** How much the scenario cares about the principle: its focus, or alike for all without one. */
const weightIn = (focus: Focus | undefined, principle: PrincipleId) => (focus ? focus[principle] : 1);

function tipsFor(analysis: Analysis, input: ScoreInput, language: Language): string[] {
  const table = TIPS[language];
  if (analysis.flags.includes('empty')) return [table['name-feeling']];
  if (analysis.flags.includes('keyword-stuffing') || analysis.flags.includes('generic')) {
    return [table['be-specific'], ...scenarioTips(analysis, input)].slice(0, 3);
  }
  const { focus } = input;
  const chosen = TIP_RULES.filter(
    (rule) => rule.when(analysis, analysis.ids) && weightIn(focus, rule.principle) > 0,
  )
    // Problems before gaps, then what the scenario cares about most, then (the sort is stable) the table's order.
    .sort(
      (a, b) => group(a.tip) - group(b.tip) || weightIn(focus, b.principle) - weightIn(focus, a.principle),
    )
    .map((rule) => table[rule.tip]);
  // The scenario's own advice comes first: it names this situation's act, not a general one.
  const own = language === input.language ? scenarioTips(analysis, input) : [];
  const tips = [...own, ...chosen].slice(0, 3);
  return tips.length > 0 ? tips : [table['keep-going']];
}

function scenarioTips(analysis: Analysis, input: ScoreInput): string[] {
  const tips: string[] = [];
  for (const [signal, check] of analysis.labels)
    if (signal.id === 'must-not' && check.tip) tips.push(check.tip);
  const core = input.scenario?.acts?.core;
  if (analysis.core === null && core?.tip) tips.push(core.tip);
  return tips;
}

/** Used by tests and the judge: tags in a reply are ignored by the rules. */
export const hasMarkup = (text: string) => new RegExp(TAG.source).test(text);

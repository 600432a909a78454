import { setFlagsFromString } from 'node:v8';
import { readActs } from '../act-reading.ts';
import { readHarms } from '../harm.ts';
import type { Language } from '../ids.ts';
import { Phrase } from '../phrase.ts';
import { B_END, B_START, readingParts, type Sentence, sentences, words } from '../text.ts';
import type { HistoryTurn } from '../types.ts';
import { en } from './en.ts';
import type { Lexicon } from './lexicon.ts';
import { nl } from './nl.ts';
import { readInPlace, withheldSaying } from './place.ts';
import { matchesIn } from './prefilter.ts';
import { answersApology, readSignals } from './reading.ts';
import { RuleSet } from './rule.ts';
import type { Signal, SignalId } from './signals.ts';

type Compiled = {
  language: Language;
  rules: RuleSet<SignalId>;
  /** Read per sentence, run only on a reply that holds what it needs: most name no time. */
  time: Phrase;
  intent: RegExp;
  openStart: RegExp;
  tellThenWh: RegExp;
  /** A question word opening the question's last clause: "That idea you posted on Tuesday, where did it come from?" */
  whLastClause: RegExp;
};

/**
 * People type contractions without the apostrophe ("im", "dont", "thats", "youre"): outside a character class
 * an apostrophe before m, t, s, d or ve is optional, and before "ll" or "re" after "you" or "they" ("youll",
 * "theyre"). Not after "we" ("well", "were").
 */
const looseApostrophe = (pattern: string) =>
  pattern
    .replace(/(?<!\[[^\]]*)'(?=(?:m|t|s|d|ve)(?![a-z]))/g, "'?")
    .replace(/(?<=(?<![a-z])(?:you|they)(?:\(\?:)?)'(?=(?:re|ll)(?![a-z]))/g, "'?");

/**
 * A skipped word (`(?:\p{L}+ )` in a pattern) may hold digits, hyphens or an apostrophe: "per 1 juni",
 * "dat onboarding-idee", "Sarah's".
 */
const anyWord = (pattern: string) =>
  pattern.replaceAll('(?:\\p{L}+ )', "(?:[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)* )");

/** A space is any run of blanks; an optional one (` ?`) is any run or none ("eye ?roll", "stuk ?gaan"). */
const blanks = (pattern: string) => pattern.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
const alternative = (pattern: string) => blanks(anyWord(looseApostrophe(pattern)));
const source = (patterns: string[]) =>
  `${B_START}(?:${patterns.map((p) => `(?:${alternative(p)})`).join('|')})${B_END}`;

function compile(lexicon: Lexicon, language: Language): Compiled {
  const rules = new RuleSet(
    Object.entries(lexicon.rules).map(
      ([id, patterns]) => [id as SignalId, (patterns ?? []).map(alternative)] as [SignalId, string[]],
    ),
  );
  const lead = `(?:(?:${lexicon.lead.map(looseApostrophe).join('|')})[\\s,]+)?`;
  const wh = lexicon.wh.map(looseApostrophe).join('|');
  // "Sarah, how…" or "Okay, so what…": a short vocative or interjection before the question word.
  // Also a short lead-in clause up to a colon or comma: "Forget Friday for a second: what's…",
  // "Apart from the price, what…".
  const vocative = `(?:[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,4}\\s*[,:;—-]\\s*)?`;
  return {
    language,
    rules,
    time: new Phrase(new RegExp(source(lexicon.time), 'iu')),
    intent: new RegExp(source(lexicon.intent), 'iu'),
    openStart: new RegExp(`^${vocative}${lead}(?:${wh})${B_END}`, 'iu'),
    tellThenWh: new RegExp(
      `${B_START}(?:${lexicon.tell.join('|')})${B_END}(?:\\s+[\\p{L}']+){0,4}\\s+(?:${wh})${B_END}`,
      'iu',
    ),
    whLastClause: new RegExp(`[,:;—–]\\s*${lead}(?:${wh})${B_END}[^,:;—–]*$`, 'iu'),
  };
}

// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code only
// once it "tiers up"; on replies as short as these the rules stayed interpreted, about three times slower
// per reply (measured with `npm run bench`). Compiling to machine code at once changes how a pattern is
// run, never what it matches.
setFlagsFromString('--no-regexp-tier-up');

const COMPILED: Record<Language, Compiled> = { en: compile(en, 'en'), nl: compile(nl, 'nl') };

/**
 * `later`: the winner in the loser's sentence or any after it: what the reply goes on to do takes back what it did;
 * `next`: in the loser's sentence or the one right after it; `following`: in the one right after it only;
 * `answers`: in the loser's sentence, after the loser starts: what a clause goes on to say answers what it began with.
 */
type Scope = 'overlap' | 'sentence' | 'answers' | 'next' | 'following' | 'later' | 'reply';

/**
 * When two readings compete, context decides. Read as: `winner` cancels `loser` within `scope`.
 * "Sorry, but…" is an excuse, not an apology; "I feel that you…" is blame, not self-disclosure.
 */
export const SUPPRESSIONS: readonly {
  winner: SignalId;
  loser: SignalId;
  scope: Scope;
  /** The winner wins even where a learned reading found it: see `suppress`. */
  learnedWins?: true;
}[] = [
  // "Nobody knows these systems like you do", "zo'n analyse heb ik nog nooit gezien": a "nobody" or a "never" inside
  // praise is its measure, not a sweeping verdict; the learned reading of praise reads such sentences whole.
  { winner: 'appreciation', loser: 'absolutes', scope: 'overlap', learnedWins: true },
  { winner: 'apology-with-excuse', loser: 'apology-with-responsibility', scope: 'overlap' },
  { winner: 'apology-with-excuse', loser: 'acknowledges-feeling', scope: 'sentence' },
  { winner: 'acknowledges-feeling', loser: 'apology-with-responsibility', scope: 'overlap' },
  { winner: 'self-disclosure', loser: 'acknowledges-feeling', scope: 'overlap' },
  { winner: 'self-disclosure', loser: 'hedges', scope: 'overlap' },
  // "I just wanted to talk about…" raises the subject; the softener does not take it back.
  { winner: 'candour', loser: 'hedges', scope: 'overlap' },
  // "Maybe you could…" is a request said gently, not a hedge on top of one.
  { winner: 'requests', loser: 'hedges', scope: 'sentence' },
  { winner: 'blames', loser: 'self-disclosure', scope: 'sentence' },
  { winner: 'blames', loser: 'acknowledges-feeling', scope: 'overlap' },
  { winner: 'blames', loser: 'hedges', scope: 'overlap' },
  { winner: 'blames', loser: 'open-question', scope: 'sentence' },
  { winner: 'blames', loser: 'reflects', scope: 'sentence' },
  { winner: 'blames', loser: 'echoes', scope: 'sentence' },
  // "It's on us. Well, on a machine that broke": ownership the reply goes on to defend away is not ownership.
  { winner: 'defensive', loser: 'takes-ownership', scope: 'next' },
  // "I know that's disappointing. Well, it shouldn't be": a feeling named, then waved away, is not acknowledged.
  { winner: 'dismisses', loser: 'acknowledges-feeling', scope: 'next' },
  { winner: 'contempt', loser: 'appreciation', scope: 'reply' },
  // "Oh, wat vervelend voor je. … Lief van je.": a feeling named, sympathy, an apology or help, then mocked later in
  // the reply, were not meant.
  { winner: 'contempt', loser: 'acknowledges-feeling', scope: 'later' },
  // "I know you're disappointed; I do need you to take it well tomorrow, or…": a feeling named as the run-up to a
  // threat or to giving in is the glue, not an acknowledgement.
  { winner: 'threatens', loser: 'acknowledges-feeling', scope: 'next' },
  { winner: 'gives-in', loser: 'acknowledges-feeling', scope: 'next' },
  { winner: 'contempt', loser: 'condolence', scope: 'later' },
  { winner: 'contempt', loser: 'apology-with-responsibility', scope: 'later' },
  { winner: 'contempt', loser: 'offers-support', scope: 'later' },
  { winner: 'contempt', loser: 'echoes', scope: 'sentence' },
  // "No, sorry, we can't": a sorry that softens a refusal is politeness, not an apology.
  { winner: 'clear-no', loser: 'apology-with-responsibility', scope: 'sentence' },
  // "From now on every delivery lands on time, whatever it takes", "dit gebeurt nooit weer, daar sta ik voor in": a
  // promise nobody can keep is a cave-in, not a step.
  { winner: 'gives-in', loser: 'concrete-next-step', scope: 'overlap' },
  // "Twelve percent, no. … Oh go on, send the new rates": a no the reply goes on to give up is no no.
  { winner: 'gives-in', loser: 'clear-no', scope: 'later' },
  // "Twelve percent is off the table. Well, maybe not entirely.": a no taken back in the next breath is no no.
  { winner: 'takes-back', loser: 'clear-no', scope: 'later' },
  // "kloppen de optellingen in tabel 3 en 5 niet" names a problem; the "5 niet" in it is no refusal.
  { winner: 'names-issue', loser: 'clear-no', scope: 'overlap' },
  { winner: 'evades', loser: 'clear-no', scope: 'sentence' },
  { winner: 'takes-over', loser: 'offers-support', scope: 'overlap' },
  { winner: 'condolence', loser: 'apology-with-responsibility', scope: 'overlap' },
  // "I accept your apology", "ik neem je excuses aan": the other's apology, not one of the speaker's.
  { winner: 'forgives', loser: 'apology-with-responsibility', scope: 'overlap' },
  // One act per clause: "I'm sorry to hear that" is sympathy once, not sympathy and a named feeling.
  { winner: 'condolence', loser: 'acknowledges-feeling', scope: 'overlap' },
  // "a few little mistakes" is vague once, not vague and hedged.
  { winner: 'vague', loser: 'hedges', scope: 'overlap' },
  // "That's unacceptable, and it's on me": the judgement falls on the speaker, not on the other. A fault handed back
  // after the ownership stays blame: "het spijt me, al had jij die indeling ook zelf kunnen zien".
  { winner: 'takes-ownership', loser: 'blames', scope: 'answers' },
  // "I'm sorry, that's on us. Somewhere on your side it got lost, though": the fault passed back takes the ownership back.
  { winner: 'blames', loser: 'takes-ownership', scope: 'following' },
  // "Don't worry about it, it'll be fine": reassurance that waves the other away is not support.
  { winner: 'dismisses', loser: 'offers-support', scope: 'sentence' },
  // "Ik snap dat je teleurgesteld bent, maar zo'n drama is het nou ook weer niet": a feeling named only to be
  // waved away in the same breath is not acknowledged.
  { winner: 'dismisses', loser: 'acknowledges-feeling', scope: 'sentence' },
  { winner: 'vague', loser: 'concrete-next-step', scope: 'overlap' },
  // "I'll just tidy the tables up myself tonight": a step that takes the other's work over is no agreement.
  { winner: 'takes-over', loser: 'concrete-next-step', scope: 'sentence' },
];

const overlaps = (a: Signal, b: Signal) => a.start < b.end && b.start < a.end;

function sentenceOf(list: Sentence[], at: number): number {
  for (let i = 0; i < list.length; i++) if (at < list[i]!.end) return i;
  return list.length - 1;
}

/** Words too common to count as echoing the other person. */
const COMMON = new Set(
  'that this with have just what your about when they them then there been were will would could should really because also very from into only some more much than well even still their these those going want like dat niet maar voor heel echt even wel ook deze jouw onze zijn heeft hebben kunnen moeten worden wordt gewoon nog eens hoor toch'.split(
    ' ',
  ),
);

/** The last turn read for its words, and them: every reply to one turn reads the same turn. */
let echoed: { turn: string; words: Set<string> | undefined } | undefined;

function echoWords(history: HistoryTurn[] | undefined): Set<string> | undefined {
  const last = history?.findLast((turn) => turn.role === 'persona');
  if (!last) return undefined;
  if (echoed?.turn !== last.content) {
    const set = new Set<string>();
    for (const word of words(last.content)) if (word.length >= 4 && !COMMON.has(word)) set.add(word);
    echoed = { turn: last.content, words: set.size ? set : undefined };
  }
  return echoed.words;
}

/** Does the text hold an instruction to the grader, in either language? For text revealed from hiding. */
export function hasInstruction(text: string): boolean {
  return (['en', 'nl'] as const).some((language) =>
    COMPILED[language].rules.test(text, (id) => id === 'grader-instruction'),
  );
}

/**
 * Every signal in the analysed text (see `analysisText`), in order. `languages` are the rule sets to run:
 * the session's language, plus the other one when the reply mixes them.
 */
export function detectSignals(
  text: string,
  languages: readonly Language[],
  history?: HistoryTurn[],
  /** False for the rules alone, without the learned act readings: what those readings are learnt beside. */
  withActReadings = true,
): Signal[] {
  const list = sentences(text);
  const found: Signal[] = [];
  for (const language of languages) {
    const compiled = COMPILED[language];
    compiled.rules.matches(text, (id, start, end) => found.push({ id, start, end }));
    for (const sentence of list) sentenceSignals(sentence, text, compiled, found);
  }
  const echoes = echoWords(history);
  const first = list[0];
  if (first && isEchoQuestion(first, text, echoes, languages)) {
    found.push({ id: 'contempt', start: first.start, end: first.end });
  }
  if (echoes) {
    for (const sentence of list)
      if (sharesTwoWords(sentence.text, echoes))
        found.push({ id: 'echoes', start: sentence.start, end: sentence.end });
  }
  const read = readInPlace(
    readSignals(found, { text, sentences: list, languages, history, holds: holdsIn(languages) }),
    text,
    list,
    languages,
  );
  // Harms said in words no rule lists, read by the learned models; where the rules read the same act in the
  // same sentence, the models' reading makes it a harm.
  // Read part by part (a sentence cut again where it turns: "…, al …", "…, but …"), as the models were learnt.
  const parts = readingParts(text);
  const harms = readHarms(text, parts, read);
  if (harms.length > 0) excusedByReadHarm(read, harms, list);
  // Kind acts said in words no rule lists, read the same way; the rules' harm, sarcasm and negation readings
  // still win over them (the suppressions).
  const acts = withActReadings ? readActs(text, parts, found, read) : [];
  const learned = harms.length + acts.length > 0 ? [...read, ...harms, ...acts] : read;
  return suppress(dedupe(learned), list);
}

/** Per list of rule languages, whether a rule of an act matches in a text; made once per list, not per reply. */
const HOLDS = new Map<string, (id: SignalId, part: string) => boolean>();
function holdsIn(languages: readonly Language[]): (id: SignalId, part: string) => boolean {
  const key = languages.join();
  let holds = HOLDS.get(key);
  if (!holds) {
    const list = [...languages];
    holds = (id, part) => list.some((language) => COMPILED[language].rules.test(part, (rule) => rule === id));
    HOLDS.set(key, holds);
  }
  return holds;
}

/**
 * "Sorry, echt. Maar onze extrusielijn lag eruit en iedereen had het druk": a defence, blame or dismissal the
 * models read in the sentence right after an apology makes it an excuse, as the rules' own do (reading.ts).
 */
const TAKES_APOLOGY_BACK = new Set<SignalId>(['blames', 'defensive', 'dismisses']);
function excusedByReadHarm(read: Signal[], harms: readonly Signal[], list: Sentence[]): void {
  for (const [index, signal] of read.entries()) {
    if (signal.id !== 'apology-with-responsibility') continue;
    const at = sentenceOf(list, signal.start);
    if (
      harms.some(
        (harm) => TAKES_APOLOGY_BACK.has(harm.id) && answersApology(list, at, sentenceOf(list, harm.start)),
      )
    )
      read[index] = { ...signal, id: 'apology-with-excuse' };
  }
}

/** Does the text hold two different words of the set? */
function sharesTwoWords(text: string, set: Set<string>): boolean {
  let first: string | undefined;
  for (const word of words(text)) {
    if (!set.has(word)) continue;
    if (first === undefined) first = word;
    else if (word !== first) return true;
  }
  return false;
}

/**
 * A reply that opens by throwing a few of the other's words back as a question ("Proud?", "Wasn't
 * great?") is sarcasm: a real question would ask something.
 */
function isEchoQuestion(
  sentence: Sentence,
  text: string,
  echoes: Set<string> | undefined,
  languages: readonly Language[],
) {
  if (!sentence.text.endsWith('?') || sentence.start > 0) return false;
  const list = words(sentence.text);
  if (list.length > 5) return false;
  if (languages.some((language) => COMPILED[language].openStart.test(sentence.text))) return false;
  // "Honestly?", "Eerlijk?": asking whether the other wants it straight, not mocking the word.
  if (CANDOUR_QUESTION.test(sentence.text)) return false;
  // "Worried? No." — the other's question answered, not thrown back; so too when the next sentence takes
  // its word up: "Maak je geen zorgen? Over vrijdag maak ik me geen zorgen. Wel om jou."
  if (ANSWERED.test(text.slice(sentence.end))) return false;
  const next = sentences(text.slice(sentence.end))[0];
  if (next && words(next.text).some((word) => word.length >= 5 && list.includes(word))) return false;
  return echoes ? list.some((word) => echoes.has(word)) : list.length <= 2;
}

const ANSWERED =
  /^\s*(?:no|nope|not at all|nee|welnee|nee hoor|helemaal niet|yes|yeah|yep|good|fair|totally fair|thank you|thanks|perfect|of course|absolutely|always|honestly|i wish|i'd love|that's (?:completely |totally |perfectly )?(?:fine|ok|okay|fair|big|huge)|ja(?! hoor)|jazeker|natuurlijk|dank je|dankjewel|bedankt|goed|terecht|eerlijk|bijna)(?![\p{L}])/iu;
const CANDOUR_QUESTION = /^(?:honestly|to be honest|truthfully|eerlijk(?: gezegd)?|eerlijk is eerlijk)\?$/iu;

/** A short sentence that names someone else as the choice ("It's Ben, Sarah."); case-sensitive, so the name is a name. */
const NAMED_CHOICE =
  /^(?:(?:[Nn]o|[Nn]ee|[Bb]ut|[Mm]aar),?\s+)?(?:(?:[Ii]t's|[Ii]t is|[Hh]et is|[Hh]et wordt)\s+\p{Lu}\p{Ll}+(?:\s+geworden)?|\p{Lu}\p{Ll}+\s+(?:got it|got the (?:role|job|promotion)|is het geworden|heeft (?:het|de (?:rol|baan|functie)) gekregen)|(?:[Hh]ij|[Zz]ij|[Dd]e rol|[Dd]ie rol|[Dd]e functie|[Hh]et)\s+is\s+naar\s+\p{Lu}\p{Ll}+\s+gegaan|(?:[Tt]he role|[Tt]he job|[Ii]t)\s+(?:went|has gone|is going)\s+to\s+\p{Lu}\p{Ll}+)(?:,\s+\p{Lu}\p{Ll}+)?[.!]*$/u;

/** The clause after a sentence's last colon or dash. */
const LAST_CLAUSE = /[:—–]\s*([^:—–]+)$/u;

/** Signals of one sentence of the reply. */
function sentenceSignals(sentence: Sentence, reply: string, compiled: Compiled, found: Signal[]): void {
  const { text, start, end } = sentence;
  if (text.endsWith('?')) {
    const open =
      compiled.openStart.test(text) || compiled.tellThenWh.test(text) || compiled.whLastClause.test(text);
    found.push({ id: open ? 'open-question' : 'closed-question', start, end });
  }
  // "It's Ben." / "Het is Koen geworden.": naming who got it is the answer no, also as the clause after a
  // colon or dash ("I don't want to keep you waiting: it's Ben.").
  if (NAMED_CHOICE.test(text)) found.push({ id: 'clear-no', start, end });
  else {
    const cut = LAST_CLAUSE.exec(text);
    if (cut && NAMED_CHOICE.test(cut[1]!)) found.push({ id: 'clear-no', start: end - cut[1]!.length, end });
  }
  if (
    matchesIn(compiled.time, reply, text) &&
    compiled.intent.test(text) &&
    !withheldSaying(text, compiled.language)
  ) {
    found.push({ id: 'concrete-next-step', start, end });
  }
}

/**
 * One signal per act and span: the widest of those that nest. Of two on the same words, the harm reading's is
 * kept: it is the rules' act on the rules' words, known now to be a harm (see `readHarms`).
 */
const harmFirst = (s: Signal) => (s.learned === 'harm' ? 0 : 1);

function dedupe(found: Signal[]): Signal[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || harmFirst(a) - harmFirst(b));
  const out: Signal[] = [];
  for (const signal of found) {
    if (out.some((kept) => kept.id === signal.id && kept.start <= signal.start && signal.end <= kept.end))
      continue;
    out.push(signal);
  }
  return out;
}

/** Does the winner stand where the scope lets it cancel the loser? */
function inScope(scope: Scope, winner: Signal, loser: Signal, list: Sentence[]): boolean {
  if (scope === 'reply') return true;
  if (scope === 'overlap') return overlaps(winner, loser);
  if (scope === 'answers')
    return sentenceOf(list, winner.start) === sentenceOf(list, loser.start) && winner.start >= loser.start;
  if (scope === 'later') return sentenceOf(list, winner.start) >= sentenceOf(list, loser.start);
  if (scope === 'next' || scope === 'following') {
    const after = sentenceOf(list, winner.start) - sentenceOf(list, loser.start);
    return after === 1 || (after === 0 && scope === 'next');
  }
  return sentenceOf(list, winner.start) === sentenceOf(list, loser.start);
}

function suppress(found: Signal[], list: Sentence[]): Signal[] {
  const dropped = new Set<Signal>();
  // Most rules name an act the reply lacks: they are passed over without a list built for them.
  const present = new Set<SignalId>();
  for (const signal of found) present.add(signal.id);
  for (const rule of SUPPRESSIONS) {
    if (!present.has(rule.winner) || !present.has(rule.loser)) continue;
    for (const winner of found) {
      if (winner.id !== rule.winner) continue;
      for (const loser of found) {
        if (loser.id !== rule.loser || !inScope(rule.scope, winner, loser, list)) continue;
        // An act a learned reading added only adds: where it would beat what the rules or another reading read,
        // it gives way ("I'm sorry, that's on me" stays an apology, not a feeling named; a feeling the readings
        // found is not taken away by the self-disclosure they found in the same sentence).
        dropped.add(winner.learned === 'act' && !rule.learnedWins ? winner : loser);
      }
    }
  }
  return dropped.size ? found.filter((signal) => !dropped.has(signal)) : found;
}

import type { Language } from '../ids.ts';
import { type Sentence, sentences } from '../text.ts';
import type { HistoryTurn } from '../types.ts';
import type { Signal, SignalId } from './signals.ts';

// The rules find phrases; this step reads what the phrase does where it stands. A phrase inside a
// negation, a question, someone else's words or an "if" is not the act it names: "I'm not sorry" is no
// apology, "it's not your fault" no blame, "Knap hoor, weer alles fout" no praise, "I'm so sorry" to
// someone whose father is dying is condolence, not an apology.

/** Negators, per language. A clause with an odd number of them before the phrase negates it. */
const NEGATOR: Record<Language, RegExp> = {
  en: /(?<![\p{L}'])(?:not|no|never|nothing|nobody|none|neither|nor|refuse to|\p{L}+n't|cannot|won't)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:niet|geen|nooit|niks|niets|nergens|niemand|allerminst|weiger)(?![\p{L}])/giu,
};

/** "I'm not going to say that…", "ik ga niet zeggen dat…": the negation reaches into the that-clause. */
const NEGATED_SAYING: Record<Language, RegExp> = {
  en: /(?:not|n't|never)\s+(?:\p{L}+\s+){0,3}(?:say|saying|pretend|pretending|claim|claiming|tell you|act as if)(?![\p{L}])/iu,
  nl: /(?:niet|nooit)\s+(?:\p{L}+\s+){0,2}(?:zeggen|beweren|doen alsof|net doen alsof|vertellen)(?![\p{L}])|(?:ga|zal|kan)\s+(?:\p{L}+\s+){0,2}niet\s+(?:zeggen|beweren)/iu,
};

/** Words that open a clause of their own: a negation before them does not reach past them. */
const CLAUSE_BREAK: Record<Language, RegExp> = {
  en: /[,;:—–]|\s-\s|(?<![\p{L}])(?:but|and|because|so|though|although|while|yet|it's|it is|that's)(?![\p{L}])/giu,
  nl: /[,;:—–]|\s-\s|(?<![\p{L}])(?:maar|en|want|omdat|dus|hoewel|terwijl|het is|dat is)(?![\p{L}])/giu,
};

/** Someone else's words: "Jan said it was your fault", "according to HR". */
const REPORTED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:said|says|told me|claims?|thinks?|according to|people say|they say|i heard|rumou?r)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zei|zegt|zeiden|vertelde|beweert|beweerde|denkt|volgens|ik hoorde|ze zeggen|men zegt)(?![\p{L}])/iu,
};

/** An "if" before the act: a conditional apology is no apology. */
const CONDITIONAL: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:if|in case|should it turn out)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:als|indien|mocht|mochten)(?![\p{L}])/iu,
};

/** Acts that a negation undoes, and what the negated act becomes (undefined: nothing). */
const NEGATED: Partial<Record<SignalId, SignalId | undefined>> = {
  'apology-with-responsibility': 'defensive',
  'takes-ownership': 'defensive',
  blames: undefined,
  appreciation: undefined,
  'offers-support': undefined,
  'self-disclosure': undefined,
  'acknowledges-feeling': 'dismisses',
  'invites-ownership': undefined,
  condolence: undefined,
  'offers-alternative': undefined,
  'concrete-next-step': undefined,
  dismisses: undefined,
  'gives-in': undefined,
  threatens: undefined,
  'invites-talk': undefined,
};

/** "I can't imagine how hard this is" acknowledges the feeling: imagining is the point. */
const IMAGINING = /(?:imagine|voorstellen|indenken|voorstel)/iu;

/** Praise that a cue turns into its opposite. */
const SARCASM_CUE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:oh|wow|yeah right|as always|as usual|once again|again|only took you|for once|finally|sure,? because|great,? another|thanks a lot|thanks for nothing|nice one|real(?:ly)? (?:great|nice|helpful)|genius|bravo|way to go)(?![\p{L}])|"[^"]{1,20}"|\*[^*]{1,20}\*/iu,
  nl: /(?<![\p{L}])(?:knap hoor|lekker bezig|goed bezig hoor|nou,? (?:fijn|mooi|top|geweldig|knap)|alweer|weer eens|zoals altijd|zoals gewoonlijk|eindelijk|voor de verandering|bedankt hoor|dank je wel hoor|fantastisch,? (?:weer|nog)|geweldig,? (?:weer|nog)|top hoor|chapeau hoor|petje af hoor|briljant)(?![\p{L}])|"[^"]{1,20}"/iu,
};
/** What went wrong: praise next to it, with a cue, is sarcasm. */
const FAILURE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:wrong|mistakes?|errors?|typos?|missed|late|broke|broken|mess(?:ed)?|fail(?:ed|ure)?|useless|again|forgot|sloppy|only took|every (?:table|number|figure|line))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:fout|fouten|verkeerd|gemist|te laat|kapot|verpest|mislukt|vergeten|slordig|weer|alweer|nutteloos|mis)(?![\p{L}])/iu,
};
/** Phrases that are sarcastic by themselves in praise position. */
const SARCASM_ALONE: Record<Language, RegExp> = {
  en: /^(?:oh\s+)?(?:great|brilliant|wonderful|fantastic|perfect|lovely|nice|well done|good job|great job|nice work|great work)(?:\s+(?:job|work|timing))?,?\s+really[.!]*$/iu,
  nl: /^(?:nou,?\s+)?knap(?:\s+hoor)?[.!]*$/iu,
};

/** Loss or illness in what the other just said: "sorry" to that is sympathy, not an apology. */
const LOSS =
  /(?<![\p{L}])(?:hospice|dying|died|passed away|death|funeral|cancer|terminal|palliative|illness|ill|sick|diagnos\w*|hospital|stervende|stervend|sterft|overleden|overlijden|dood|begrafenis|kanker|ongeneeslijk|palliatie\w*|ziek|ziekte|ziekenhuis|hospice|diagnose|miskraam|miscarriage|divorce|scheiding)(?![\p{L}])/iu;
/** An apology that names one's own fault stays an apology even then. */
const OWN_FAULT =
  /(?<![\p{L}])(?:i should|i shouldn't|my fault|my mistake|i was wrong|i didn't|i forgot|ik had|mijn fout|mijn schuld|ik heb .{0,20}(?:vergeten|laten liggen))(?![\p{L}])/iu;

const BARE_YES = /^(?:ja|ja hoor|yes|yeah|sure|of course|tuurlijk|natuurlijk|oké|okay|ok|prima)[\s,.!]*$/iu;

export type ReadContext = {
  text: string;
  sentences: Sentence[];
  languages: readonly Language[];
  history?: HistoryTurn[] | undefined;
};

/** The signals as the reply means them: negated, reported, conditional or sarcastic acts re-read. */
export function readSignals(found: Signal[], ctx: ReadContext): Signal[] {
  const out: Signal[] = [];
  const lossBefore = otherJustSaid(ctx.history).some((said) => LOSS.test(said));
  const hasInvitation = found.some((s) => s.id === 'invites-talk');
  for (const signal of found) {
    const sentence = sentenceAt(ctx.sentences, signal.start);
    const read = readOne(signal, sentence, ctx, lossBefore, hasInvitation);
    if (read) out.push(read);
  }
  return out;
}

function readOne(
  signal: Signal,
  sentence: Sentence | undefined,
  ctx: ReadContext,
  lossBefore: boolean,
  hasInvitation: boolean,
): Signal | undefined {
  if (!sentence) return signal;
  const { text } = ctx;
  const before = text.slice(sentence.start, signal.start);
  const quote = text.slice(signal.start, signal.end);
  const after = text.slice(signal.end, sentence.end);

  if (signal.id in NEGATED && !ctx.languages.some((l) => NEGATOR[l].test(resetting(NEGATOR[l], quote)))) {
    if (isNegated(before, after, ctx.languages, signal.id)) {
      if (signal.id === 'acknowledges-feeling' && IMAGINING.test(sentence.text)) return signal;
      const becomes = NEGATED[signal.id];
      return becomes ? { ...signal, id: becomes } : undefined;
    }
  }
  // "Am I sorry? No." — an act asked about is not done.
  if (
    (signal.id === 'apology-with-responsibility' || signal.id === 'takes-ownership') &&
    sentence.text.endsWith('?')
  ) {
    return undefined;
  }
  if (signal.id === 'blames' && ctx.languages.some((l) => REPORTED[l].test(before))) return undefined;
  if (
    (signal.id === 'apology-with-responsibility' || signal.id === 'takes-ownership') &&
    ctx.languages.some((l) => CONDITIONAL[l].test(before) || CONDITIONAL[l].test(after.slice(0, 12)))
  ) {
    return { ...signal, id: 'apology-with-excuse' };
  }
  if (signal.id === 'appreciation' && isSarcastic(signal, sentence, ctx))
    return { ...signal, id: 'contempt' };
  if (signal.id === 'apology-with-responsibility' && lossBefore && !OWN_FAULT.test(sentence.text)) {
    return { ...signal, id: 'condolence' };
  }
  // "Ja hoor. Vertel." — a bare yes before an invitation agrees to talk, not to the demand.
  if ((signal.id === 'gives-in' || signal.id === 'contempt') && hasInvitation && BARE_YES.test(quote)) {
    return undefined;
  }
  return signal;
}

function resetting(regex: RegExp, text: string): string {
  regex.lastIndex = 0;
  return text;
}

/** An odd number of negators in the clause before the act, or a Dutch "niet" right after it. */
function isNegated(before: string, after: string, languages: readonly Language[], id: SignalId): boolean {
  for (const language of languages) {
    if (NEGATED_SAYING[language].test(before)) return true;
    const clause = lastClause(before, language);
    const count = [...clause.matchAll(NEGATOR[language])].length;
    if (count % 2 === 1) return true;
    // Dutch puts "niet" after the verb: "Het spijt me niet", "dat neem ik niet op me".
    if (
      language === 'nl' &&
      id !== 'blames' &&
      /^\s*(?:\p{L}+\s+){0,2}(?:niet|nooit)(?![\p{L}])/iu.test(after)
    ) {
      return true;
    }
  }
  return false;
}

function lastClause(before: string, language: Language): string {
  const breaker = CLAUSE_BREAK[language];
  breaker.lastIndex = 0;
  let cut = 0;
  for (const match of before.matchAll(breaker)) cut = match.index + match[0].length;
  return before.slice(cut);
}

function isSarcastic(signal: Signal, sentence: Sentence, ctx: ReadContext): boolean {
  const { text } = ctx;
  const next = sentenceAt(ctx.sentences, sentence.end + 1);
  const around = text.slice(sentence.start, (next ?? sentence).end);
  const fromPraise = text.slice(signal.start, sentence.end);
  return ctx.languages.some(
    (language) =>
      SARCASM_ALONE[language].test(fromPraise) ||
      (SARCASM_CUE[language].test(around) && FAILURE[language].test(around)),
  );
}

function sentenceAt(list: Sentence[], at: number): Sentence | undefined {
  return list.find((s) => at >= s.start && at < s.end) ?? list.find((s) => at < s.end);
}

/** Everything the other said since the learner last spoke. */
export function otherJustSaid(history: HistoryTurn[] | undefined): string[] {
  if (!history) return [];
  const said: string[] = [];
  for (let i = history.length - 1; i >= 0 && history[i]!.role === 'persona'; i--)
    said.push(history[i]!.content);
  return said;
}

/** Is the phrase at start–end negated where it stands (a negator in its clause, or "niet" after it)? */
export function negatedAt(text: string, start: number, end: number, languages: readonly Language[]): boolean {
  const sentence = sentences(text).find((s) => start >= s.start && start < s.end);
  if (!sentence) return false;
  const quote = text.slice(start, end);
  if (languages.some((l) => NEGATOR[l].test(resetting(NEGATOR[l], quote)))) return false;
  return isNegated(
    text.slice(sentence.start, start),
    text.slice(end, sentence.end),
    languages,
    'offers-support',
  );
}

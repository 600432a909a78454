import type { Language } from '../ids.ts';
import { Phrase } from '../phrase.ts';
import { type MockingReading, readMocking } from '../sarcasm.ts';
import { type Sentence, sentences, words } from '../text.ts';
import type { HistoryTurn } from '../types.ts';
import { mainClauseAfterFronted } from './clause.ts';
import { matchesIn } from './prefilter.ts';
import { pressureIn } from './pressure.ts';
import type { Signal, SignalId } from './signals.ts';

// The rules find phrases; this step reads what the phrase does where it stands. A phrase inside a
// negation, a question, someone else's words or an "if" is not the act it names: "I'm not sorry" is no
// apology, "it's not your fault" no blame, "Knap hoor, weer alles fout" no praise, "I'm so sorry" to
// someone whose father is dying is condolence, not an apology.

/** Each language's pattern, read as a `Phrase`: most open with a look-behind, read in code. */
const phrases = (patterns: Record<Language, RegExp>): Record<Language, Phrase> => ({
  en: new Phrase(patterns.en),
  nl: new Phrase(patterns.nl),
});

/** A span in double quotes, or in single quotes that open after a space: someone's words, reported. */
const QUOTED = /"[^"\n]{1,120}"|(?<=^|[\s(])'(?:[^'\n]|(?<=\p{L})'(?=\p{L})){2,80}'(?=[\s.,!?;:)]|$)/gu;
/**
 * Whether `QUOTED` may match: a double quote, or a single one opening the text or after a blank or "(". Most
 * replies hold apostrophes only, inside their words: they are not scanned.
 */
function mayQuote(text: string): boolean {
  if (text.includes('"')) return true;
  for (let at = text.indexOf("'"); at >= 0; at = text.indexOf("'", at + 1))
    if (at === 0 || /[\s(]/u.test(text[at - 1]!)) return true;
  return false;
}
/** Harms that, inside quotes, only report what was said ("you said \"pointless\""). */
const QUOTABLE = new Set<SignalId>([
  // "Not the 'sorry for any inconvenience' kind": a stock excuse held up, not made.
  'apology-with-excuse',
  'dismisses',
  'contempt',
  'blames',
  'absolutes',
  'threatens',
  'defensive',
]);

/** Negators, per language. A clause with an odd number of them before the phrase negates it. */
const NEGATOR = phrases({
  en: /(?<![\p{L}'])(?:not|no|never|nothing|nobody|none|neither|nor|hardly|barely|scarcely|refuse to|far from|\p{L}+n't|cannot|won't|(?:be )?(?:a lie|lying) (?:to say|if i said|if i told you|if i claimed))(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:niet|geen|nooit|niks|niets|nergens|niemand|allerminst|weiger|nauwelijks|amper|verre van|(?:liegen|gelogen) (?:als|wanneer) ik (?:zeg|zei|zou zeggen|beweer|beweerde))(?![\p{L}])/giu,
});

/** Acts of one's own that, quoted after someone else's "said", are that person's words. */
const OWNABLE = new Set<SignalId>(['takes-ownership', 'apology-with-responsibility', 'appreciation']);
/** Who said it, right before the quote: "you said", "he told me", "zei je", "volgens Willem". */
const SAID_BY_OTHER = new Phrase(
  /(?<![\p{L}])(?:(?:[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|(?!We |Wij |Ik )\p{Lu}\p{L}+) (?:\p{L}+ )?(?:said|says|told me|wrote|put it)|(?:[Zz]ei|[Zz]egt|[Ss]chreef) (?:je|jij|hij|zij|ze|\p{Lu}\p{L}+)|(?:[Jj]e|[Jj]ij|[Hh]ij|[Zz]ij|[Zz]e|(?!We |Wij |Ik )\p{Lu}\p{L}+) (?:zei|zegt|schreef)|[Vv]olgens (?:jou|hem|haar|hen|\p{Lu}\p{L}+))(?: (?:it|het|dat|zelf|yourself|himself|herself|letterlijk|literally))*[\s,:]*$/u,
);

function quotedFromOther(ctx: ReadContext, from: number, to: number, signal: Signal): boolean {
  if (signal.start <= from || signal.end >= to) return false;
  return SAID_BY_OTHER.test(ctx.text.slice(Math.max(from - 60, 0), from));
}

/**
 * "I'm not going to say that…", "ik ga niet zeggen dat…", "niemand bij ons gaat zeggen dat…": the negation reaches into
 * the that-clause.
 */
const NEGATED_SAYING = phrases({
  en: /(?:not|n't|never|nobody|no one|no-one)\s+(?:\p{L}+\s+){0,5}(?:say|saying|said|pretend|pretending|claim|claiming|claimed|tell you|act as if|promise|promising|promised|guarantee)(?![\p{L}])/iu,
  nl: /(?:niet|nooit)\s+(?:\p{L}+\s+){0,2}(?:zeggen|beweren|doen alsof|net doen alsof|vertellen|beloven|garanderen|gezegd|beweerd|beloofd)(?![\p{L}])|(?<![\p{L}])niemand\s+(?:\p{L}+\s+){0,4}(?:zeggen|beweren|zegt|beweert)(?![\p{L}])|(?:ga|zal|kan)\s+(?:\p{L}+\s+){0,2}niet\s+(?:zeggen|beweren|beloven|garanderen)|(?<![\p{L}])(?:zeg|zei|beweer|beweerde|beloof|beloofde)\s+(?:\p{L}+\s+){0,2}?(?:niet|nooit)\s+(?:dat|of)(?![\p{L}])/iu,
});

/**
 * A question that asks for agreement through a negation: "Isn't it only natural that…?", "Wouldn't you agree…?",
 * "Why don't we…?", "Is het niet logisch dat…?", "Vind je ook niet dat…?", "Waarom bel ik je niet gewoon…?". It says
 * what it asks: the negation denies nothing, and an act in it is done.
 */
const AFFIRMING_ASK = String.raw`^(?:isn't|wasn't|wouldn't|won't|doesn't) (?:it|that|this)|^(?:don't|wouldn't) you (?:\p{L}+ )?(?:think|agree)|^why (?:don't|not)(?: (?:i|we))?|^(?:is|was|zou|lijkt) (?:het|dat|dit) (?:je |jou |ook )?niet|^(?:vind|denk) (?:je|jij) (?:het |ook )?niet|^waarom (?:\p{L}+ ){1,2}(?:ik|we|wij) (?:\p{L}+ ){0,4}?niet`;
const ASKS_AGREEMENT = new RegExp(`(?:${AFFIRMING_ASK})(?=[^\\p{L}][^?]*\\?$)`, 'iu');

/**
 * An apology word talked about rather than said: in quotation marks ("'Sorry' is a word people throw around"), named
 * as a word ("the word sorry", "dat woord sorry"), or the subject of a sentence about words ("Sorry is maar een
 * woord", "Sorry is just a word to you").
 */
const WORD_NAMED_BEFORE =
  /(?:^|[^\p{L}])(?:the|that|a|this|het|dat|dit|een) (?:little |simple |magic |kleine |simpele |magische )?(?:word|woord|woordje)(?: like| als)? ['"‘“„]?$/iu;
const OPENING_QUOTE = /['"‘“„«]$/u;
const CLOSING_QUOTE = /^['"’”»]/u;
const IS_A_WORD_AFTER =
  /^['"’”»]?,?\s+(?:is|was|blijft)\s+(?:(?:just|only|merely|still|not|never|maar|slechts|ook maar|niet|nooit|toch|gewoon|geen)\s+)*(?:a|an|een)?\s*(?:\p{L}+\s+)?(?:word|woord|woordje)(?![\p{L}])/iu;

/**
 * Right after an act's words put first, the saying of them denied: "Gecondoleerd ga ik nog niet zeggen", "Excuses krijg
 * je van mij niet", "Sorry is not something you'll hear from me".
 */
const FRONTED_AND_DENIED: Record<Language, RegExp> = {
  en: /^['"’”»]?,?\s+(?:is|are)\s+(?:not|never)\s+(?:something|a word|what)\s+(?:i|you)(?:'ll|\s+will|'m|\s+am)?\s+(?:going\s+to\s+)?(?:say|hear|get)|^['"’”»]?,?\s+you\s+(?:won't|will\s+not|will\s+never)\s+(?:hear|get)(?:\s+\p{L}+)?\s+from\s+me/iu,
  nl: /^['"’”»]?,?\s+(?:ga|zal|wil|hoef|kan)\s+(?:ik|je|jij)\s+(?:\p{L}+\s+){0,2}?(?:niet|nooit|echt\s+niet|heus\s+niet)(?:\s+\p{L}+){0,2}?\s+(?:zeggen|aanbieden|maken|geven|beloven|uitspreken)(?![\p{L}])|^['"’”»]?,?\s+(?:krijg|hoor)\s+(?:je|jij)\s+(?:\p{L}+\s+){0,2}?(?:niet|nooit|echt\s+niet)(?![\p{L}])/iu,
};

/**
 * An apology handed over to be done with it: a bare "Sorry." after "Fine." or after the speaker asked whether one was
 * wanted, or followed by "Happy now?"; "Nou, sorry dan.", "Sorry hoor, tevreden?".
 */
const BARE_APOLOGY =
  /^\W*(?:(?:fine|okay|ok|there|well|nou|goed|oké|prima)[,.!:]*\s+)?(?:sorry|i'm sorry|het spijt me)(?:\s+(?:dan|hoor|then))?\W*$/iu;
const GIVEN_UP_BEFORE =
  /^\W*(?:fine|okay|ok|there|right|goed dan|prima|nou|oké dan|vooruit)\W*$|(?:want|need|expect) me to (?:say sorry|apologi[sz]e)[^.!?]*\?\W*$|(?:wil|moet) (?:je|jij) dat ik (?:\p{L}+ )?(?:sorry zeg|excuses maak|mijn excuses aanbied)[^.!?]*\?\W*$/iu;
const GIVEN_UP_AFTER = /^\W*(?:happy now|satisfied|there you go|tevreden|blij nu|zo goed|is het zo goed)\b/iu;

function grudging(sentence: Sentence, ctx: ReadContext): boolean {
  if (!BARE_APOLOGY.test(sentence.text)) return false;
  const at = ctx.sentences.indexOf(sentence);
  const before = ctx.sentences[at - 1]?.text ?? '';
  const after = ctx.sentences[at + 1]?.text ?? '';
  return (
    GIVEN_UP_BEFORE.test(before) ||
    GIVEN_UP_AFTER.test(after) ||
    /^\W*(?:nou|fine|okay|ok),/iu.test(sentence.text)
  );
}

/** The speaker saying the quoted word: "I owe you a real 'sorry'", "ik wil gewoon 'sorry' zeggen". */
const SPEAKER_IN_CLAUSE = /(?:^|[^\p{L}'])(?:i|i'd|i'll|i'm|ik|let me|laat me)(?![\p{L}'])[^.,;:!?]*$/iu;

function apologyMentioned(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // From the end of the apology's first word: "Sorry is maar een woord" may be read as one act, "Sorry is maar".
  const firstWord = /^[\p{L}']+/u.exec(text.slice(start, end))?.[0].length ?? 0;
  return (
    (OPENING_QUOTE.test(before) &&
      CLOSING_QUOTE.test(text.slice(end, end + 1)) &&
      !SPEAKER_IN_CLAUSE.test(before)) ||
    WORD_NAMED_BEFORE.test(before) ||
    IS_A_WORD_AFTER.test(text.slice(start + firstWord, start + firstWord + 60))
  );
}

/**
 * Pseudo-negations: a negator that negates nothing but intensifies or grants. "Not only…", "no doubt",
 * "I can't thank you enough", "I couldn't be more sorry", "I can't tell you how sorry I am", "I can't help but…",
 * "I don't know how to thank you", "I've never been prouder", "I couldn't have written it better"; "niet alleen",
 * "geen twijfel", "ik kan je niet genoeg bedanken", "ik kan niet anders dan…", "ik kan niets anders zeggen dan dat het
 * me spijt". Blanked before negators are counted (a denied denial, "I don't deny", is read in the text itself: see
 * `affirmDoubleNegations`).
 */
const PSEUDO_NEGATION = new Phrase(
  new RegExp(
    String.raw`(?<![\p{L}])(?:not only|not just|no doubt|without (?:a |any )?doubt|no question|(?:there's|there is) no denying|(?:can't|cannot|can not|couldn't|could not) (?:\p{L}+ ){0,3}enough|(?:can't|cannot|couldn't|could not) be (?:any )?more|(?:can't|cannot|couldn't|could not) (?:begin to )?(?:tell|say|express|describe)(?: to)?(?: you)? how|(?:don't|do not) know (?:how (?:to |i can |i'll ever )?(?:thank|repay) you|what (?:i|we)(?:'d| would)(?: have)? (?:do|done) without you)|never been (?:more proud|prouder)|(?:couldn't|could not) have (?:written|done|put|made|asked for|wished for|planned) (?:it |this |that )?(?:a )?(?:better|more)|never (?:been|felt) (?:more|so)|(?:don't|do not) think (?:i've|i have|i'd|i had) ever (?:been|felt) (?:more |so )?\p{L}+|(?:denk|geloof) (?:\p{L}+ )?niet dat ik (?:\p{L}+ )?ooit (?:zo|meer)|nothing but|(?:can't|cannot|couldn't|could not) (?:help but|do (?:anything )?other than|say (?:anything )?other than)|(?:kan|kon|kun) (?:\p{L}+ ){0,2}niet anders dan|(?:niets|niks) anders (?:\p{L}+ ){0,2}dan|(?:can't|cannot|can not) (?:\p{L}+ ){0,2}anything but|niet alleen|niet enkel|geen twijfel|zonder twijfel|(?:kan|kun|kon|kunnen) (?:\p{L}+ ){0,3}niet (?:\p{L}+ ){0,2}genoeg|(?:kan|kun|kon) (?:\p{L}+ ){0,2}niet (?:zeggen|vertellen|beschrijven|uitleggen) hoe|nog nooit (?:eerder |zo(?![\p{L}]))|niet zomaar|niet voor niets|you (?:have|had) no idea how|(?:je|jij) (?:hebt|had) geen idee hoe|(?:^(?:is|are|was) there (?:not|nothing|no)|^(?:isn't|aren't|wasn't) there|^(?:can't|couldn't|won't|wouldn't|shouldn't) (?:i|we)|^(?:is|zijn|was) er (?:niets|niks|geen)|^(?:kan|kunnen|zal|zullen|mag|mogen) (?:ik|we|wij) (?:je )?(?:niet|niets|niks|geen)|${AFFIRMING_ASK})(?=[^\p{L}][^?]*\?$))(?![\p{L}])`,
    'giu',
  ),
);
/** Any word a pseudo-negation holds: most sentences have none, and are then returned as they are. */
const MAY_NEGATE = /n't|not|no|never|cannot|niet|niks|geen|nooit/iu;
/**
 * "There's no world in which I don't owe you an apology", "er is geen wereld waarin ik je geen excuses schuldig
 * ben": the frame's negation governs the clause it opens. Its connector is blanked, so that the frame and the clause
 * are counted as one: two negations say it, one denies it ("there's no version where I owe you an apology").
 */
const NO_WORLD_WHERE =
  /(?<=(?<![\p{L}])(?:no|geen) (?:world|version|way|scenario|universe|situation|wereld|versie|manier|situatie)(?: of this| hier)?) (?:in which|where|waarin|waarbij)(?![\p{L}])/giu;
/**
 * The frame of `NO_WORLD_WHERE` a few words before an act, its connector blanked. Not "no way", "no situation":
 * "there's no way I can" is itself a refusal.
 */
const NO_WORLD_BEFORE =
  /(?<![\p{L}])(?:no|geen) (?:world|version|scenario|universe|wereld|versie)(?: of this| hier)?\s+(?:\p{L}+\s+){0,3}$/iu;
const unpseudo = (text: string) =>
  MAY_NEGATE.test(text)
    ? PSEUDO_NEGATION.replace(text, (m) => ' '.repeat(m[0].length)).replace(NO_WORLD_WHERE, (m) =>
        ' '.repeat(m.length),
      )
    : text;
/**
 * A reading of each sentence of the reply being read, made once however many signals ask it. A reply is read
 * whole before the next, so only the last one's readings are kept, by the sentence's place in it. (Kept
 * per sentence in a map cleared for each reply, and the blanked sentences in a `WeakMap`, they cost more to
 * fill and to collect than a list: about a twenty-fifth of a reply's time, the garbage collector's share
 * halved.) Safe as module state: the rubric reads one reply at a time, synchronously.
 */
class PerSentence<T> {
  private ctx: ReadContext | undefined;
  private readonly values: (T | undefined)[] = [];

  constructor(private readonly read: (sentence: Sentence, ctx: ReadContext) => T) {}

  of(sentence: Sentence, ctx: ReadContext): T {
    if (this.ctx !== ctx) {
      this.ctx = ctx;
      this.values.length = 0;
    }
    const at = ctx.sentences.indexOf(sentence);
    if (at < 0) return this.read(sentence, ctx);
    let value = this.values[at];
    if (value === undefined) {
      value = this.read(sentence, ctx);
      this.values[at] = value;
    }
    return value;
  }
}

/** A sentence with its pseudo-negations blanked: asked for each signal in it, so read once. */
const PLAIN = new PerSentence((sentence) => unpseudo(sentence.text));
const plainSentence = (sentence: Sentence, ctx: ReadContext): string => PLAIN.of(sentence, ctx);
/** "It's not as if you never warned me": what follows is denied, so blame in it is not blame. */
const NOT_AS_IF = new Phrase(
  /(?<![\p{L}])(?:not as if|not like|not that|niet zo dat|niet alsof|alsof)(?![\p{L}])/iu,
);
/**
 * Questions that answer themselves: why the speaker would ever do it, what there is to ask, why the other
 * never or always does something. A reproach or a refusal, not a question put to the other.
 */
const RHETORICAL: Record<Language, RegExp> = {
  en: /^(?:\p{L}+,\s+)?(?:(?:so|and|but|honestly|seriously|really),?\s+)?(?:why (?:would|should|must) (?:i|we)|what(?:'s| is| was) there to|who (?:cares|asked)|why (?:don't|do|won't|can't) you (?:\p{L}+ )?(?:ever|always|never)|since when|what did you expect|how (?:could|can) (?:you|anyone) (?:even|possibly|seriously)|who (?:said|says) (?:that|there(?:'s| is)|anything)|why (?:pretend|bother)|when (?:have|did|do|has|had) you (?:\p{L}+ )?ever|who (?:would|could) (?:possibly|ever|seriously))(?![\p{L}])/iu,
  nl: /^(?:\p{L}+,\s+)?(?:(?:dus|en|maar|eerlijk gezegd|serieus|o|oh|nou),?\s+)?(?:waarom (?:zou|zouden|moet|moeten) (?:ik|we|wij)|wat valt er (?:\p{L}+ )?te|wie (?:vroeg|maalt)|waarom (?:\p{L}+ ){1,2}(?:nooit|altijd)|sinds wanneer|wat had je (?:dan |nou )?verwacht|moet ik (?:me )?(?:nu|nou) (?:ook nog|ineens|opeens|gaan)|wie zegt (?:dat|er)|waarom (?:zouden we )?(?:doen alsof|moeite doen)|wanneer (?:heb|hebt|had) (?:jij|je) (?:\p{L}+ )?ooit|wie zou (?:er )?(?:nou|nu|dan)|wat dacht (?:jij|je) (?:zelf|nou|dan)|wil (?:jij|je) soms)(?![\p{L}])/iu,
};

const NEVER_WORD = /(?<![\p{L}])(?:never|nooit)(?![\p{L}])/iu;
/**
 * A never said of what will not happen to the other again: "you'll never have to chase us again", "you will never
 * hear it from your buyer first again", "dan hoor je het nooit meer als laatste", "je hoeft nooit meer te bellen".
 * Not a habit complained of ("you never listen any more", "je komt nooit meer naar het overleg"), nor a sanction on
 * a condition ("je zult nooit meer iets van mij horen als je zo doorgaat").
 */
const NEVER_AGAIN_PROMISED: Record<Language, RegExp> = {
  en: /(?:(?:'ll|will|won't|shall)\s+(?:\p{L}+\s+)?(?:never|ever)|never\s+(?:have|need)\s+to)\s(?:[^.!?]*\s)?again(?![\p{L}])(?![^.!?]*(?<![\p{L}])(?:if|unless)\s)/iu,
  nl: /(?:^(?:\p{L}+,\s+)?dan\s+(?:\p{L}+\s+){1,3}|(?:hoef|hoeft|hoeven|zul|zult|zal|zullen)\s+(?:\p{L}+\s+){0,3})nooit\s+meer(?![\p{L}])(?![^.!?]*(?<![\p{L}])(?:als (?:je|jij|u|jullie)|tenzij)\s)/iu,
};

/** The speaker's own say supposed, not had: "if it were up to me", "als het aan mij lag", "als ik het voor het zeggen had". */
const UP_TO_ME: Record<Language, RegExp> = {
  en: /(?<![\p{L}])if (?:it (?:were|was) (?:up to me|my (?:call|decision|choice))|i (?:had|got) (?:my way|the final say|a say|the say)|i were (?:in charge|deciding|the one deciding))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])als (?:het aan mij lag|het aan mij zou liggen|ik het (?:voor het|te|alleen te) zeggen (?:had|zou hebben)|het mijn (?:beslissing|keuze) was|ik mocht kiezen)(?![\p{L}])/iu,
};
/**
 * Where the frame and the main clause that answers it end (up to the next break after the frame's own comma), in
 * the text; -1 where the sentence has no such frame. Read once a sentence: every signal in it asks.
 */
const UP_TO_ME_REACH = new PerSentence((sentence, ctx) => {
  for (const language of ctx.languages) {
    const frame = UP_TO_ME[language].exec(sentence.text);
    if (!frame) continue;
    const after = frame.index + frame[0].length;
    return sentence.start + after + /^\s*,?[^,;:]*/u.exec(sentence.text.slice(after))![0].length;
  }
  return -1;
});

/** The sentence after this one in the reply, if any. */
const nextSentence = (sentence: Sentence, ctx: ReadContext): Sentence | undefined =>
  ctx.sentences[ctx.sentences.indexOf(sentence) + 1];

/** A question the speaker answers or waves off at once: "Nee dus.", "Thought not.", "Nou ja, laat maar." */
const ANSWERED_AFTER: Record<Language, RegExp> = {
  en: /^(?:(?:no|well|oh),?\s+)?(?:thought not|i didn't think so|didn't think so|never mind|forget it|don't answer that|exactly|quite|i don't (?:even )?(?:need|have) to ask)(?![\p{L}])/iu,
  nl: /^(?:nee dus|dacht ik al|(?:nou ja,?\s+|ach,?\s+)?laat (?:ook )?maar|precies|nooit dus|dat hoef ik (?:je )?niet (?:eens )?te vragen)(?![\p{L}])/iu,
};
const answeredAfter = (sentence: Sentence, ctx: ReadContext): boolean => {
  const next = nextSentence(sentence, ctx);
  return next !== undefined && ctx.languages.some((l) => ANSWERED_AFTER[l].test(next.text));
};

/**
 * Acts Dutch negates after the verb ("het spijt me niet", "dat neem ik niet op me"); a sanction too ("in je
 * beoordeling komt het niet terug" takes it off the table).
 */
const POST_NEGATED = new Set<SignalId>([
  'apology-with-responsibility',
  'takes-ownership',
  'offers-support',
  'appreciation',
  'self-disclosure',
  'forgives',
  'threatens',
]);

/**
 * "het spijt me niet", "dat neem ik niet op me" — but not "het spijt me dat het niet …" or "we hebben te
 * laat geleverd en je niet gewaarschuwd": a new clause.
 */
const POST_NEGATION =
  /^\s*(?:(?!(?:dat|als|of|omdat|wanneer|die|wat|waarop|waar|hoe|en|maar|want)\s)\p{L}+\s+){0,2}(?:niet|nooit)(?![\p{L}])/iu;

/** Words that open a clause of their own: a negation before them does not reach past them. */
const CLAUSE_BREAK: Record<Language, RegExp> = {
  en: /[,;:—–]|\s-\s|(?<![\p{L}])(?:but|and|because|so|though|although|while|yet|it's|it is|that's)(?![\p{L}])/giu,
  nl: /[,;:—–]|\s-\s|(?<![\p{L}])(?:maar|en|want|omdat|dus|hoewel|terwijl|het is|dat is)(?![\p{L}])/giu,
};
/**
 * A clause of its own too: a relative "which" after a whole clause, and what follows a verb of finding out,
 * which the negation leaves true ("I didn't realise it was my call", "ik had niet door dat het mijn fout
 * was"). Not after a verb of saying or thinking, whose negation reaches in ("I don't think it was your
 * fault"), nor after a present "see" ("ik zie niet dat het jouw schuld is"). Read apart from the other
 * breaks, as a `Phrase`: most replies hold none of these words, and are then not scanned for them.
 */
const FOUND_OUT = phrases({
  en: /(?<![\p{L}])(?:which|(?:(?:realis|realiz)(?:e|ed)|noticed?|(?:didn't|did not|never|hadn't|had not) know|knew|known|aware|forg[eo]t(?:ten)?)(?:\s+that)?|(?:(?:didn't|did not|never|hadn't|had not) see|saw|seen|spotted|heard|understood|appreciated?|remember(?:ed)?) that)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:wist|wisten|geweten|besefte|besefd|realiseerde|gerealiseerd|merkte|gemerkt|opgemerkt|zag|gezien|hoorde|gehoord|door|doorhad|bewust|stilgestaan|begreep|begrepen|vergeten|vergat)(?:\s+\p{L}+){0,3}?\s+dat(?![\p{L}])/giu,
});

/**
 * The speaker's "I'll"/"dan" after a condition opens the main clause: "if you can't commit to Friday I'll
 * have to take you off the project" denies nothing of the consequence. It breaks the clause only where a
 * condition is open before it (`CONDITION_BEFORE`), asked in code: as a look-behind of any length, the
 * condition was looked for backwards from every position of the text.
 */
const MAIN_CLAUSE = phrases({
  en: /(?<![\p{L}'])(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])dan(?![\p{L}])/iu,
});
const CONDITION_BEFORE = phrases({
  en: /(?<![\p{L}])(?:if|unless)\s[^,;:.!?]*$/iu,
  nl: /(?<![\p{L}])(?:als|tenzij|mocht)\s[^,;:.!?]*$/iu,
});

/** Someone else's words: "Jan said it was your fault", "according to HR". */
const REPORTED = phrases({
  en: /(?<![\p{L}])(?:(?<!(?:that|having|all that|that being) )said|says|told me|claims?|thinks?|according to|you (?:say|feel|felt|reckon)|(?:people|they|others|colleagues|some|some people|the team|everyone) (?:who )?(?:\p{L}+ ){0,2}?(?:say|saying|said|claim|think)|i heard|rumou?r)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zei|zegt|zeiden|vertelde|beweert|beweerde|denkt|volgens|ik hoorde|ze zeggen|men zegt|(?:mensen|sommigen|collega's|anderen|iedereen|het team) (?:die )?(?:\p{L}+ ){0,2}?(?:zeggen|zeiden|beweren|vinden)|er wordt gezegd)(?![\p{L}])/iu,
});

/**
 * The other's own saying or thinking, with the charge straight after it: "je zegt nooit…", "you think you always…".
 * "You say nobody listens" reports the other's words: English puts the habit's "never" before the verb.
 */
const HABIT_OF_SAYING =
  /(?<![\p{L}])(?:(?:je|jij) (?:zegt|denkt)(?: (?:ook|echt|gewoon|zelf))?|you think you)\s*$/iu;

/** Where a reported saying ends and the speaker speaks again: a colon, a semicolon, a "but". */
const OWN_WORDS_AGAIN = /[:;]|(?<![\p{L}])(?:but|maar)(?![\p{L}])/giu;

/** The text after the last match of `pattern` (a global expression), or all of it. */
function afterLast(text: string, pattern: RegExp): string {
  let cut = 0;
  for (const match of text.matchAll(pattern)) cut = match.index + match[0].length;
  return text.slice(cut);
}

/**
 * Someone else wants the apology: "HR says I should apologise", "mijn baas vindt dat ik sorry moet zeggen". Not the
 * speaker's own words: "What I said was unfair, and I'm sorry".
 */
const OTHERS_WISH = phrases({
  en: /(?<![\p{L}])(?<!(?<![\p{L}])i )(?:says|said|thinks|thought|seems to think|seem to think|reckons|wants me to|wanted me to|told me to|(?:telling|tells|tell) me to|asked me to|insists|insisted|according to (?:\p{L}+ ){1,2}i (?:should|must|have to|need to|ought to))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:vindt dat|vond dat|vonden dat|vinden dat|wil dat ik|wilde dat ik|willen dat ik|zegt dat ik|zei dat ik|zeiden dat ik|zeggen dat ik|(?:vertellen|vertelt|vertelde) (?:me |mij )?dat ik|vroeg of ik|moest ik van|volgens (?:\p{L}+ ){1,2}(?:moet|zou|hoor) ik)(?![\p{L}])/iu,
});
/**
 * Others' view of what the speaker should own, reported: "HR reckons I should own my part", "Catherine reckons I owe
 * you an apology", "everyone keeps telling me I owe you an apology", "collega's vinden dat…".
 */
const OTHERS_SAY = phrases({
  en: /(?<![\p{L}])(?:(?:thinks|reckons|feels|believes|suggests|says|seems to think|think|reckon|feel|believe|suggest|say|seem to think) (?:that )?i (?:should|owe|ought|must|need|have to)|(?:people|they|some|others|everyone|everybody|colleagues|hr|the team|a few|a couple) (?:\p{L}+ ){0,3}(?:think|reckon|feel|believe|say|seem to think|(?:telling|tell|tells|told|reminding) me)(?: that)?\s*$|(?:thinks|reckons|feels|believes|suggests|says|insists|(?:keeps?|kept) (?:telling|reminding) me) (?:that )?$)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:vindt dat ik|vinden dat ik|vond dat ik|vonden dat ik|zegt dat ik|zeggen dat ik|denkt dat ik|denken dat ik|(?:vindt|vond|vonden|vinden|zegt|zeggen|zeiden|denkt|denken)\s*$)(?![\p{L}])/iu,
});

/** Words said on someone else's behalf: "Marketing asked me to say I understand…", "HR wil dat ik zeg dat…". */
const ON_BEHALF = phrases({
  en: /(?<![\p{L}])(?:wants|wanted|asked|told|reminded) me to (?:say|tell you|mention|pass on|let you know)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:wil|wilde|willen|wilden) dat ik (?:je |jou )?(?:zeg|zou zeggen|laat weten)|moest ik (?:\p{L}+ ){0,3}(?:zeggen|doorgeven|laten weten)|vroeg (?:me|mij) (?:\p{L}+ ){0,3}te (?:zeggen|laten weten))(?![\p{L}])/iu,
});

/** After an offer of help in its sentence: the help taken back for want of time, or the other left to it. */
const HELP_WITHDRAWN = phrases({
  en: /(?:(?<![\p{L}])(?:but|only|except|though)[, ]+(?:[\p{L}']+ ){0,6}(?:(?:don't|do not|won't|haven't|have no|had no|didn't) (?:\p{L}+ ){0,2}(?:time|room|bandwidth)|no time|can't this week|can't right now|(?:sort|figure|work|fix|solve|handle) (?:it|this|that) (?:out )?(?:yourself|on your own|alone)|(?:be )?(?:putting|put|getting|get) (?:it|this|that) (?:in writing|on (?:the )?record))(?![\p{L}]))|(?<![\p{L}])(?:but|only)[, ]+(?:[\p{L}']+,? ){0,12}you (?:can|could|get to|will|'ll|may) be the one (?:to|who)(?![\p{L}])/iu,
  nl: /(?:(?<![\p{L}])(?:maar|alleen)[, ]+(?:\p{L}+ ){0,6}(?:geen tijd|geen ruimte|niet aan toe|lukt (?:me|mij|dat) (?:\p{L}+ ){0,2}niet|(?:los|zoek|regel|fiks|red) (?:je|jij|jullie) (?:het|dat|dit)(?: \p{L}+)? (?:maar )?(?:zelf|alleen)|(?:het|dat|dit) (?:\p{L}+ ){0,2}zelf (?:maar )?(?:oplossen|uitzoeken|regelen|opknappen))(?![\p{L}]))|(?<![\p{L}])maar[, ]+(?:\p{L}+,? ){0,12}(?:(?:mag|kun|kan|moet) (?:jij|je) (?:het|dat)|(?:dat|het) (?:mag|kun|kan|moet) (?:jij|je)) (?:\p{L}+ ){0,3}(?:zelf )?(?:gaan )?(?:vertellen|uitleggen|zeggen|opbiechten)(?![\p{L}])/iu,
});

/**
 * The help withdrawn in the rest of its sentence, or in the next one when that opens with the turn ("Alleen…"): no
 * time for it, or the other left to it ("normaal help ik je graag. Maar dit keer los je het zelf maar op").
 */
function helpWithdrawn(after: string, sentence: Sentence, ctx: ReadContext): boolean {
  const next = nextSentence(sentence, ctx);
  const rest =
    next && /^(?:but|only|maar|alleen)(?![\p{L}])/iu.test(next.text) ? `${after} ${next.text}` : after;
  return ctx.languages.some((language) => HELP_WITHDRAWN[language].test(rest));
}

/**
 * After praise, in the rest of its sentence or the next: the praise taken back ("…, or it would be if the numbers
 * held up", "trek ik dat compliment weer in", "dat slik ik maar in", "Nou ja, sterk…"), given only in a world that
 * did not happen ("I'd have thanked you two weeks ago", "als de cijfers hadden geklopt, had ik gezegd dat…"), or
 * passed on from someone else and kept at arm's length ("Mark found it strong, but that's his opinion").
 */
const PRAISE_WITHDRAWN = phrases({
  en: /(?<![\p{L}])(?:or (?:at least )?(?:it|that|they|he|she) (?:would|could|might) (?:be|have been)|i take (?:that|it) back|scratch that|forget i said (?:that|it)|what good is (?:it|that|any of it)|can't say i've (?:seen|noticed) (?:much|any|a lot)|(?:it )?hardly matters how|if that's what you(?:'d like| want| wanted|'re hoping) to hear|(?:don't|do not) expect me to (?:butter you up|praise|compliment|flatter|sing your praises|pat you on the back)|i(?:'d| would) have (?:thanked|appreciated|praised|been (?:impressed|grateful|glad|pleased))|i(?:'d| would) (?:thank|praise) you[^.!?]{0,40} if you(?:'d| had)|(?:but )?that's (?:his|her|their) (?:opinion|view|take)|(?:said|says|thought|thinks|reckoned|reckons|told me)[^.!?]{0,60}, apparently|i haven't (?:had (?:the )?time to )?(?:read|seen|looked at) it (?:properly |myself |properly myself )?)(?![\p{L}])|^not (?:before|until then)(?=[.!]|$)|^(?:well|ok(?:ay)?),? (?:\p{L}+ )?\p{L}+ ?(?:\.\.\.|…)/iu,
  nl: /(?<![\p{L}])(?:(?:trek|neem) (?:ik|we) (?:dat|het|die|dit|mijn|m'n) (?:\p{L}+ ){0,3}(?:in|terug)|slik (?:ik|we) (?:\p{L}+ ){0,3}in|of (?:althans )?(?:dat )?zou (?:het|die|hij|ze) (?:\p{L}+ )?zijn|wat heb je (?:er )?(?:aan|eraan)|(?:daar|er) heb ik (?:\p{L}+ ){0,2}(?:weinig|niks|niets) van (?:gemerkt|gezien)|(?:verwacht|reken) (?:\p{L}+ ){0,2}niet op (?:complimentjes|een compliment|lof|een schouderklopje)|als je dat (?:graag |zo graag )?(?:wilt|wil) horen|als [^.!?]{1,60} (?:had|hadden)(?: \p{L}+)?,? (?:dan )?had ik (?:\p{L}+ ){0,2}(?:gezegd|gewaardeerd|bedankt|geprezen|gevonden)|ik had (?:het|dat|je) (?:\p{L}+ ){0,2}(?:meer|beter|liever|eerder) (?:gewaardeerd|op prijs gesteld) als|(?:telt|tellen) (?:die|de|het|dat|dit) (?:\p{L}+ )?(?:ook |dus )?niet (?:meer )?mee|(?:maar )?dat is (?:zijn|haar|hun) mening)(?![\p{L}])|^niet (?:eerder|daarvoor)(?=[.!]|$)|^nou ja,? (?:\p{L}+ )?\p{L}+ ?(?:\.\.\.|…)/iu,
});

/** The praise taken back in its own sentence (its rest, or an echo that takes it back) or in the next. */
function praiseWithdrawn(sentence: Sentence, ctx: ReadContext): boolean {
  const next = nextSentence(sentence, ctx);
  return ctx.languages.some(
    (language) =>
      PRAISE_WITHDRAWN[language].test(sentence.text) ||
      (next !== undefined && PRAISE_WITHDRAWN[language].test(next.text)),
  );
}

/** An "if" before the act: a conditional apology is no apology. */
const CONDITIONAL = phrases({
  en: /(?<![\p{L}])(?:if|in case|should it turn out)(?![\p{L}])/iu,
  // "als jullie accountmanager", "bij mij als jouw aanspreekpunt" is a role, not a condition.
  nl: /(?<![\p{L}])(?:als(?! (?:jullie|je|jouw|uw|hun|zijn|haar|mijn|onze|de) (?:\p{L}+ )?(?:accountmanager|contactpersoon|aanspreekpunt|manager|leidinggevende|teamleider|projectleider|directeur|baas|chef|collega|klant|partner|leverancier|verantwoordelijke|eigenaar)(?![\p{L}]))|indien|mocht|mochten)(?![\p{L}])/iu,
});

/** Acts that a negation undoes, and what the negated act becomes (undefined: nothing). */
const NEGATED: Partial<Record<SignalId, SignalId | undefined>> = {
  'apology-with-responsibility': 'defensive',
  'takes-ownership': 'defensive',
  blames: undefined,
  appreciation: undefined,
  'offers-support': undefined,
  'self-disclosure': undefined,
  forgives: undefined,
  'acknowledges-feeling': 'dismisses',
  'invites-ownership': undefined,
  condolence: undefined,
  'offers-alternative': undefined,
  'concrete-next-step': undefined,
  dismisses: undefined,
  // "Ik ga er niet mee akkoord", "I won't agree to that": refusing to give in is a no.
  'gives-in': 'clear-no',
  threatens: undefined,
  'invites-talk': undefined,
  absolutes: undefined,
  'clear-no': undefined,
};

/**
 * A hedge word named as a thing, not used: "I won't leave you hanging with a maybe", "no maybes", "ik ga
 * je niet met een misschien afschepen". The article before it makes it the word held up, mostly to refuse it.
 */
const HEDGE_NAMED =
  /(?<![\p{L}])(?:a|an|no|another|that|this|een|geen|zo'n|dat|dit|nog een)\s+(?:\p{L}+\s+)?$/iu;
const HEDGE_NOUN = /^(?:maybe|perhaps|misschien|wellicht|mogelijk)$/iu;
const HEDGE_QUOTED = /(?<![\p{L}])(?:a|an|no|any|another|een|geen|zo'n)\s+['"]$/iu;

/** "You never let us down", "je hebt ons nooit laten zitten": never failing is praise, not blame. */
const NEVER = new Phrase(/(?<![\p{L}])(?:never|nooit)(?![\p{L}])/iu);
const NEVER_FAILED: Record<Language, RegExp> = {
  en: /^[^.!?,;]{0,30}?(?<![\p{L}])(?:let(?:ting|s)? (?:\p{L}+ )?(?:us|me|anyone|them|the team|a customer|a client) down|fail(?:ed|s|ing)?|miss(?:ed|es|ing)? (?:a|one|an?) |disappoint(?:ed|s|ing)?|dropp(?:ed|ing) the ball|complain(?:ed|s|ing)?|been late|let (?:us|me) wait)/iu,
  nl: /^[^.!?,;]{0,40}?(?:laten zitten|laten vallen|in de steek (?:gelaten|laten)|teleurgesteld|gemist|verzuimd|geklaagd|te laat (?:geweest|geleverd|gekomen)|een steek laten vallen|laten wachten)/iu,
};

const AUDIENCE = /(?:in front of|before|voor|met|waar)\s+(?:\p{L}+\s+)?$/iu;
const AUDIENCE_AFTER = /^\s+(?:bij (?:was|zat|stond|waren|zaten))/iu;
const NEVER_THE_PROBLEM = /^(?:never|nooit)\s+(?:the|het|de)\s+(?:problem|issue|probleem|punt)/iu;

/**
 * "You always deliver", "jij zegt altijd waar het op staat": always doing well is praise, not blame. "You can
 * always come to me", "je kunt altijd bij me terecht", "je mag me altijd bellen": an open door, not a charge.
 */
const ALWAYS = new Phrase(/(?<![\p{L}])(?:always|altijd)(?![\p{L}])/iu);
const ALWAYS_GOOD: Record<Language, RegExp> = {
  en: /^[^.!?,;]{0,30}?(?<![\p{L}])(?:on time|honest|straight with|there for|deliver(?:ed|s)?|reliable|fair|kept your word|keep your word|help(?:ed|s)?|come through|came through|step(?:ped|s)? up|tell it like it is|say what you think|(?:come|talk|turn) to (?:me|us)|(?:call|ring|text|ask|reach) (?:me|us)|count on (?:me|us)|drop by|knock)(?![\p{L}])/iu,
  nl: /^[^.!?,;]{0,30}?(?<![\p{L}])(?:waar het op staat|eerlijk|op tijd|klaar(?:gestaan)? voor|voor (?:ons|me|mij) klaar|netjes|geleverd|levert|betrouwbaar|je woord|geholpen|helpt|zegt wat je denkt|(?:zo |heel |erg )?goed voor (?:ons|me|mij)|bij (?:me|mij|ons) (?:terecht|binnen ?lopen|binnenlopen|langs ?komen|langskomen|aankloppen|aan ?kloppen)|(?:(?:me|mij|ons) )?(?:bellen|appen|bereiken|een berichtje sturen)|(?:me|mij|ons) vragen|op (?:me|mij|ons) rekenen)(?![\p{L}])/iu,
};

/** "Nobody doubts…", "when nobody else would", "toen niemand anders dat deed": a time or a doubt, not a charge. */
const DOUBTS_BEFORE = new Phrase(/(?<![\p{L}])(?:twijfelt|doubts|questions|when|toen)\s*$/iu);
const LIKE_YOU =
  /^[^.!?,;]{0,60}?(?<![\p{L}])(?:doubts?|questions?|twijfelt|the way you do|like you(?:r| do)?|as well as you|better than you|zoals jij|zoals jou|beter dan jij|zo goed als jij|more (?:\p{L}+ ){0,4}than you|meer (?:\p{L}+ ){0,4}dan (?:jij|jou)|as (?:\p{L}+ ){1,4}as you|zo (?:\p{L}+ ){1,4}als (?:jij|jou)|the way you did|\p{L}+er than you|\p{L}+er dan (?:jij|jou)|(?:comes?|came) close to you|aan (?:je|jou) (?:kan )?tippen|until you (?:\p{L}+ed|did|came|wrote|said|brought|showed)|except you|behalve (?:jij|jou))(?![\p{L}])/iu;

/**
 * "Nobody's blaming you", "no one is out to get you", "nobody will see it as letting them down", "niemand neemt het
 * je kwalijk", "niemand is boos op je": a "nobody" that denies a charge against the other reassures; it is no
 * sweeping charge.
 */
const NOBODY_WORDS = 'nobody|no one|no-one|none of us|niemand|geen mens|geen van ons';
const NOBODY = new RegExp(`^(?:${NOBODY_WORDS})$`, 'iu');
/** A "nobody" said again on its own: "Niemand.", "Echt niemand.", "Really, nobody." */
const NOBODY_AGAIN = new RegExp(
  `^(?:(?:echt|really|absolutely|helemaal|werkelijk),?\\s+)?(?:${NOBODY_WORDS})[.!]*$`,
  'iu',
);
const NOBODY_SAID = new RegExp(`(?<![\\p{L}])(?:${NOBODY_WORDS})(?![\\p{L}])`, 'iu');
const AGAINST_YOU: Record<Language, RegExp> = {
  en: /^[^.!?,;]{0,40}?(?<![\p{L}])(?:blam\p{L}*|angry|mad|cross|upset|furious|out to get|against you|thinks? (?:any )?less|judg\p{L}*|doubts? you|fault(?:s|ing)? you|holds? (?:it|this|that) against|(?:see|think of) (?:it|that|this) as|think (?:you(?:'re| are)|of you as)|let(?:ting)? (?:\p{L}+ ){0,2}down)(?![\p{L}])/iu,
  nl: /^[^.!?,;]{0,40}?(?<![\p{L}])(?:kwalijk|boos|kwaad|verwijt\p{L}*|tegen (?:je|jou)|op je aan|uit op|twijfelt|rekent (?:het|dat) (?:je|jou) aan|veroordeelt|de schuld|ziet (?:het|dat) als|in de steek|laat (?:\p{L}+ ){0,2}vallen)(?![\p{L}])/iu,
};

/** "I can't imagine how hard this is" acknowledges the feeling: imagining is the point. */
const IMAGINING = /(?:imagine|voorstellen|indenken|voorstel)/iu;
/** "Ik had je niet zo moeten aanvallen", "I shouldn't have": the negation is part of owning it. */
const SHOULD_NOT_HAVE = new Phrase(
  /(?<![\p{L}])(?:had(?:den)?(?: \p{L}+){0,4} (?:niet|nooit)(?: \p{L}+){0,3} (?:moeten|mogen)|shouldn't have|should not have|should never have)(?![\p{L}])/iu,
);
const PRETENDING = /(?:pretend|pretending|doen alsof|net doen alsof)(?:\s+(?:to|that|dat))?\s*$/iu;
const REASONS = /(?<![\p{L}])(?:why|waarom)(?![\p{L}])/iu;

/** Praise or sympathy that a sarcastic reading turns round. */
const PRAISE = phrases({
  en: /(?<![\p{L}])(?:loved it|love it|bravo|brilliant|great|lovely|fantastic|wonderful|perfect|wow|well done|good job|nice|congratulations|thanks so much|thank you so much|how (?:generous|kind|lovely|nice|thoughtful|sweet)|what a (?:loyal|lovely|great|generous)|that's sweet|masterstroke|outdone yourself|bold (?:move|choice|plan|call)|(?<!(?:make|making|makes|made|for|be|not|i'm|am) )sure|absolutely)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:bravo|briljant|knap|goed gedaan|lekker bezig|geweldig|fantastisch|prachtig|leuk hoor|mooi zo|gefeliciteerd|wat (?:gul|aardig|lief|schattig|fijn)|aardig dat|meesterzet|tuurlijk|ja hoor|dank je wel voor|bedankt voor|nou,? lekker|top van je|jezelf (?:echt )?overtroffen|gedurfd|gewaagd)(?![\p{L}])/iu,
});
/** What went wrong: praise next to it, with a cue, is sarcasm. */
const FAILURE = phrases({
  en: /(?<![\p{L}])(?:breach(?:es)?|disaster|fiasco|wrong|mistakes?|errors?|typos?|(?:don't|doesn't|didn't|do not|does not|did not|never) (?:quite |even )?add up|missed|late|broke|broken|mess(?:ed)?|fail(?:ed|ure)?|useless|forgot|sloppy|silenced|without (?:a|one|a single) word|holes?|behind my back|stay exactly where|until \p{L}+day|worked so well|go wrong|stopped|wait|patch(?:ed)? (?:it )?(?:afterwards|later)|fix (?:it )?later|(?:weeks|days|months) later|(?:hasn't|has not|didn't|haven't) said a (?:single )?word|not a (?:single )?word|without (?:even )?asking)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:datalek|ramp|fiasco|\p{L}*fout(?:en)?|(?:klopt|kloppen|klopte|klopten) (?:\p{L}+ ){0,2}(?:niet|nooit)|(?:niet|nooit) (?:\p{L}+ )?(?:klopt|kloppen|klopte|klopten|optelt|optellen)|verkeerd|gemist|te laat|kapot|verpest|mislukt|vergeten|slordig|monddood|zonder (?:één|een) woord|lekken|achter mijn rug|blijven waar je zit|pas op \p{L}+dag|zo goed|misgaan|mis|stillag|gewacht|deadline|achteraf (?:repareren|patchen|oplappen|fixen)|daarna (?:patchen|repareren|fixen|dichten)|(?:weken|dagen|maanden) later|spelling|geen woord|zonder (?:het )?(?:even |eerst )?(?:te vragen|te overleggen|iets te zeggen)|(?:had|hadden) (?:je|jij|jullie) (?:dat|het) (?:\p{L}+ ){0,3}ook maar)(?![\p{L}])/iu,
});
/** What makes praise next to a failure sarcastic rather than a kind opening to feedback. */
const SARCASM_CUE: Record<Language, RegExp> = {
  en: /(?<![\p{L}'])(?:oh|wow|really|another|again|as always|as usual|once again|only took you|for once|finally|because|(?<!(?:make|making|makes|made|for|be|not|i'm|am) )sure|keep it up|a record|would have loved|will be thrilled|while you're at it|possibly|(?:very|so|such) creative|never seen|bold move|this time)(?![\p{L}])|(?<=\s|^)'[^']{2,25}'(?=[\s.,!?]|$)|"[^"]{2,25}"/iu,
  nl: /(?<![\p{L}])(?:o|oh|ach|goh|echt|weer|alweer|nog een|weer een|zoals altijd|zoals gewoonlijk|eindelijk|want|ga zo door|een record|gesmuld|zeg|nou|joh|creatieve|zelden gezien|nooit gezien|knap hoor|gedurfd hoor)(?![\p{L}])|(?<=\s|^)'[^']{2,25}'(?=[\s.,!?]|$)|"[^"]{2,25}"/iu,
};
/** Sarcastic by themselves, whatever surrounds them. */
const SARCASM_ALONE = phrases({
  en: /(?:we'll|i'll|we can|i can) (?:just )?(?:do|build|knock out|squeeze in|squeeze) (?:it|that|them|this)(?: \p{L}+){0,2} (?:in|during|over) (?:our|my|the) lunch ?breaks?|timing is everything,? (?:eh|huh|isn't it|right|hey)(?![\p{L}])|(?:loved|enjoyed|relished) (?:hearing|being told|finding out|learning|reading)(?: that)? (?:\p{L}+ ){0,5}(?:was |is |were |are )?(?:pointless|useless|worthless|stupid|rubbish|nonsense|a waste|wrong)|🙄|😒|🙃|(?:lovely|great|nice|perfect|wonderful|what a) (?:way|start) to (?:start|begin) the (?:week|day|morning|year)|nothing says [^.!?]{1,40} like|(?:really|very|so|truly) (?:inspiring|powerful|moving|uplifting) stuff|how much you love (?:letting|making|leaving|watching|telling|dumping|skipping)|^(?:well,? )?aren't you (?:just )?(?:so )?(?:efficient|clever|smart|quick|brave|productive|helpful|special|a ray of sunshine|a delight|a treat|a joy)|made of (?:glass|sugar|porcelain)|snowflake|(?:so |really )?nice to be the last to (?:know|hear)|how(?:ever)? will you survive|(?<=\s|^)'(?:hurt|upset|offended|sad|hard|worried|stressed|ready|busy|urgent)'|(?:oh sure|yeah right|i'm sure)[^.!?]{0,40}(?<=\s)'[^']{2,30}'(?=[\s.,!?]|$)|(?:perfect|great|lovely|brilliant|nice) timing|(?:^|,\s*)(?:(?:oh|ah|well|wow),?\s+)?(?:very|so|how|really) (?:creative|original|efficient|visionary)(?=[.!,]| of you| indeed|$)|that's what [^.!?]{1,30} (?:are|is) for,? right\?|shall i (?:also |just )?throw in|in (?:our|my) sleep|with (?:my|our) eyes closed|(?:oh sure|yeah sure|oh yes),? (?:because )?(?:you're|you are) (?:so|SO) (?:good|great) at|'(?:honest |constructive )?(?:input|feedback|help|advice|contribution|support|idea)'|^(?:oh\s+)?(?:great|brilliant|wonderful|fantastic|perfect|lovely|nice|well done|good job|great job|nice work|great work)(?:\s+(?:job|work|timing))?,?\s+really[.!]*$|what could possibly go wrong|what could go wrong(?=[.!]*$)|why not make it|while you're at it|oh sure,? because|worked so well last time|that must be a record|that's sweet|was a masterstroke|how generous of you|great timing as always|why not [^.!?]{1,60}(?:as well|too)\?|(?:shame|pity|too bad) (?:that )?you only |you only dare|(?:chosen|picked|selected|allowed|get) to stay (?:exactly |right )?where you are|how(?:ever)? (?:will|shall|would|did|do) (?:you|they|we|\p{Lu}\p{L}+)(?: \p{L}+)? (?:ever )?(?:survive|recover|cope|manage)|^oh no,? a whole|only took (?:a |an |one |two |three |\p{N}+ )?[^.!?]{1,30} to (?:get|make|fix|notice|realise|realize|see)|that's one way (?:to put it|of putting it)|(?:thanks|thank you) ever so much|only (?:two|three|four|a few|\p{N}+) (?:weeks|days|months) (?:after|later)|^shocking[.!]*$|who(?:'d| would) have (?:guessed|thought)[.!]*$|colou?r me surprised|what are the odds|(?:i suppose|i guess|presumably) you'(?:ll|d) (?:also )?want [^.!?]{1,40}(?:as well|too)\?|(?:congratulations|good news)[^.!?]{0,20}you (?:get to|can) (?:keep|stay|remain)|how (?:thoughtful|considerate|kind|generous|nice) of you to (?:fit|squeeze|pencil|schedule|slot)|,? but hey[.!]*$|(?:so|as) (?:were|was|are|is|did|does) [^.!?]{1,30},? apparently[.!]*$|(?:really|so|very|truly|such) (?:encouraging|helpful|inspiring|motivating|uplifting|reassuring|kind|thoughtful)[^.!?]{0,40},? i'm sure[.!]*$|^(?:oh,? )?i'm sure (?:you'll|you will|you're|you are|he'll|she'll|they'll|we'll) (?:be )?(?:absolutely |just |so )?(?:thrilled|delighted|over the moon|so happy|ecstatic)|my heart bleeds|boo hoo|cry me a river|(?:the )?world's smallest violin|that's what (?:i'm|i am|we're|we are) (?:here )?for,? (?:right|isn't it|eh)\?|^(?:sure|oh sure|fine|right|great),? (?:\p{Lu}\p{L}+,? )?let me just [^.!?]{1,60} for you|^(?:oh|ah|wow|well),? (?:fantastic|brilliant|great|wonderful|perfect|lovely|marvellous|super|splendid)[.!]*$/iu,
  nl: /doen (?:we|wij|ik) (?:\p{L}+ )?(?:gewoon |wel |even )*(?:in|tijdens) (?:de|onze|mijn) lunchpauze|timing is alles,? (?:hè|he|hé|toch|hoor)(?![\p{L}])|(?:vond het (?:vast |zeker )?(?:heerlijk|prachtig|geweldig|fijn)|genoot (?:er )?(?:vast |zeker )?(?:van)) (?:om )?(?:te horen|te lezen|te merken)(?: dat)? (?:\p{L}+ ){0,5}(?:zinloos|nutteloos|waardeloos|onzin|dom|niks waard|fout)|🙄|😒|🙃|(?:mooi|fijn|lekker|leuk|goed) begin van de (?:week|dag|ochtend|maand)|daar word ik (?:nou |zo |echt )?(?:blij|vrolijk) van|goeie grap|goede grap|van (?:suiker|porselein|glas) bent|(?:heerlijk|fijn|leuk) om (?:het )?als laatste te (?:horen|weten)|hoe overleef je (?:het|dat)|(?<=\s|^)'(?:gekwetst|boos|beledigd|verdrietig|overvallen|klaar|druk|dringend|zwaar)'|(?:ja hoor|tuurlijk|vast)[^.!?]{0,40}(?<=\s)'[^']{2,30}'(?=[\s.,!?]|$)|lekker getimed|(?:perfecte|mooie|prima) timing|(?:^|,\s*)(?:(?:o|oh|ah|nou|goh|wow),?\s+)?(?:heel|zo|wat|echt) (?:creatief|origineel|efficiënt|visionair)(?=[.!,]| van je| hoor|$)|daar (?:zijn|is) [^.!?]{1,30} (?:toch )?voor,? (?:toch|niet)\?|zal ik er (?:meteen |gelijk |ook )?[^.!?]{1,40} bij (?:doen|gooien)\?|in (?:mijn|onze) slaap|met (?:mijn|onze|de) ogen dicht|(?:ja natuurlijk|tuurlijk),? (?:jij bent|je bent) (?:zo|zó) (?:goed|geweldig) in|'(?:eerlijke |opbouwende )?(?:input|feedback|hulp|advies|bijdrage|inbreng|steun|idee)'|^(?:nou,?\s+)?knap(?:\s+hoor)?[.!]*$|want dat ging [^.!?]{0,20}zo goed|wat kan er (?:nou |nu )?(?:mis|misgaan)|waarom niet meteen|dat is vast een record|wat schattig|was (?:echt )?een meesterzet|wat gul van je|ach gossie|nou,? lekker dan|dat ging snel,? zeg|lekker bezig|(?:de )?volgende keer [^.!?]{0,40}ook (?:meteen|gelijk|nog)[^.!?]*\?|jammer dat (?:je|jij) (?:alleen|pas) |alleen [^.!?]{0,30}durft|(?:je|jij) mag (?:lekker |gewoon )?blijven (?:zitten )?waar je (?:zit|bent)|ach gut|wie had dat (?:nou |nu )?(?:gedacht|verwacht)[.!]*$|^schokkend[.!]*$|gefeliciteerd[^.!?]{0,20}(?:jij|je) mag (?:lekker |gewoon )?[^.!?]{0,30}blijven|(?:geweldig|briljant|fantastisch|top|super|prachtig) (?:idee|plan) hoor|dat de wereld nog (?:draait|bestaat)|hoe overleeft? (?:je|jij|jullie|hij|zij|\p{Lu}\p{L}+) (?:het|dat) (?:ooit|nog)|(?:je|jij|zij|ze|hij) (?:bent|is|zal|zult) vast (?:heel |erg |ontzettend |reuze )?(?:blij|gelukkig|dolblij|trots)(?: zijn)? (?:voor|met)|mijn hart bloedt|wat ben (?:jij|je) (?:toch )?(?:een |me een )?(?:zonnestraaltje|zonnetje|lieverdje|held)|huil huil|zielig hoor|dat (?:je|jij) (?:het|dat) (?:nu|nou) (?:ineens |eindelijk )?wél|^(?:(?:ah|oh|o|nou|goh),? )(?:top|fijn|mooi|geweldig|prachtig|heerlijk|lekker|super|fantastisch|complimenten|geniaal|chapeau|bravo)(?: hoor| zeg)?[.!]*$|^(?:top|fijn|mooi|geweldig|prachtig|heerlijk|lekker|super|fantastisch) hoor[.!]*$|(?:fijn|mooi|leuk|geweldig|heerlijk|top) hoor,? (?:weer|alweer|nog zo) /iu,
});
/**
 * Stock mockery: mock thanks for a harm or for nothing ("thanks for nothing", "bedankt voor niks"), mock pity,
 * mock surprise, the mock offer of more ("Anything
 * else? Coffee?"), "a whole chat post", "must be nice". Sarcastic wherever it stands.
 */
const MOCKERY = phrases({
  en: /(?<![\p{L}])(?:(?:nice|good|lovely|great|refreshing|a treat) [^.!?]{0,40}(?:for a change|for once)(?=[.!,]|$)|(?:our|the) resident (?:martyr|genius|expert|hero|oracle|comedian)|kept a straight face|(?:have|get) (?:a|you a) medal (?:made|struck)|nobody's handing out medals|(?:will|'ll) (?:just |really )?love it when|will be (?:thrilled|delighted|over the moon)(?=[.!]*$)|^yeah,? right|(?:oh )?sure,? i'll just (?:\p{L}+ ){0,3}(?:your|the|a) whole|(?:well done|bravo|congratulations|impressive|nice one|good job)[^.!?]{0,40}you(?:'ve| have) (?:\p{L}+ )?finally|must be nice|always a (?:pleasure|joy|treat|delight)|did wonders for|what a (?:surprise|shock)|surprised\?|(?:well done|nice one|bravo|congratulations|thanks),? genius|poor (?:thing|baby|lamb|darling)|you poor thing|(?:thanks|thank you|cheers|much obliged) (?:\p{L}+ )?for nothing(?! (?:less|short|but|else))|a whole (?:\p{L}+ ){0,2}(?:post|message|sentence|line|letter|paragraph|email|chat|word|idea)|anything else\?\s*(?:coffee|tea|biscuits|a massage|cake)|i'm sure (?:\p{L}+ ){0,4}(?:will )?(?:get over it|survive|cope|live)|(?:shame|pity|too bad) (?:that )?the rest of us|(?:thanks|thank you)(?: (?:a lot|so much|very much|ever so much))? for (?:\p{L}+ ){0,4}(?:skipping|ignoring|dumping|springing|going (?:over|behind)|taking (?:\p{L}+ ){0,3}to|promising (?:my|our)|leaving (?:me|us)|shouting|yelling|the (?:lovely |little )?(?:wake-up call|masterclass|lecture|surprise))|without asking me\. (?:great|lovely|brilliant)|(?:oh )?sure,? as if|how (?:very )?(?:mature|grown-up|professional) of you|mission accomplished|you always know better|(?:didn't|did not|never) (?:know|realise|realize|think) you (?:were|are|could be) (?:so |that |this |such a )?(?:sensitive|touchy|fragile|thin-skinned|delicate|easily (?:hurt|offended|upset))|(?:i know |since |as )you(?: always)? take (?:these things|things|everything|this stuff|such things|it) (?:so |too |very )?personally|you(?:'re| are) (?:just )?(?:so|too|a bit|rather|quite|awfully|a little) (?:sensitive|touchy|thin-skinned|fragile|delicate)|(?:thanks|thank you|grateful)[^.!?]{0,40}(?:teaching|showing) (?:\p{L}+ ){0,3}(?:how to (?:stop talking|keep quiet|shut up|be quiet|stay quiet)|the (?:value|art|joy|beauty) of (?:silence|keeping quiet)|to (?:stop talking|keep quiet|stay quiet))|(?:thanks|thank you)[^.!?]{0,30}(?:volunteering|signing up|offering up|promising) (?:my|our|me|us)(?![\p{L}])|(?:amazing|funny|strange|shocking|surprising|wonder) (?:that )?(?:nobody|no one) (?:has )?(?:ever )?thought of (?:it|that|this) (?:before|sooner)|(?:saves|spares) (?:us|me|everyone) (?:the (?:trouble|bother|effort) of )?(?:having to )?think(?:ing)?|(?:we|i) (?:don't|won't) (?:even )?(?:have|need) to think (?:about it )?any ?more|^(?:yeah|oh|right|sure|well),? because (?:[\p{L}']+ ){0,4}(?:obviously|definitely|of course|clearly|naturally)|^because (?:[\p{L}']+ ){0,3}(?:obviously|of course|clearly) (?:[\p{L}']+ ){0,4}(?:nothing (?:else|better)|(?:all )?my fault|so easy|no problem)|(?:ten|10|full marks|an a|a gold star) (?:out of (?:ten|10) )?for effort|just what i needed (?:on a (?:monday|friday)|right now|today of all days)|^(?:well,? |oh,? )?(?:that's|this is|isn't that) just (?:perfect|great|wonderful|brilliant|lovely|fantastic|marvellous)[.!]*$|^(?:oh,? )?(?:good|great|super|lovely|fantastic|wonderful|brilliant),? (?:more|extra|even more) (?:work|meetings|admin|fun)|^(?:absolutely |so |really |just )?(?:thrilled|delighted|ecstatic)[.!]*$|(?:that's (?:exactly )?why|which is (?:exactly )?why|so) you(?:'re| are| get to| will|'ll)? (?:staying|stay) (?:put|where you are))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:fijn|leuk|prettig|mooi|goed|attent) [^.!?]{0,40}(?:voor de verandering|ook eens van (?:jou|je)|toch nog even)|wat een luxe|(?:ik laat|laat ik) er (?:\p{L}+ )?(?:een|wel een) (?:medaille|lintje|standbeeld) (?:voor )?(?:maken|oprichten|slaan)|dat we dat (?:gaan|zullen) overleven|(?:procent|euro|%)[,.]? (?:heel|erg|zeer) bescheiden|lekker origineel|(?:zal|zullen) (?:\p{L}+ )?(?:dolblij|in de wolken|heel blij) zijn(?=[.!]*$)|zal het (?:vast )?(?:prachtig|geweldig|heerlijk|fantastisch|leuk) vinden als|^ja,? (?:vast|tuurlijk)[.!]*$|(?:tuurlijk|ja hoor),? ik (?:\p{L}+ ){0,2}(?:je|jouw) hele|(?:knap|bravo|goed zo|top|gefeliciteerd)(?: hoor)?,? [^.!?]{0,40}(?:je|jij) (?:hebt|bent) (?:\p{L}+ )?eindelijk|(?:knap|bravo|goed zo|top|mooi|fijn)(?: hoor| zeg)?,? dat (?:het|je|jij|jullie) (?:\p{L}+ )?(?:nu|nou) (?:ineens |opeens |eindelijk )?(?:wel|wél)(?![\p{L}])|heel (?:volwassen|professioneel|sportief)|missie geslaagd|wat een (?:verrassing|drama)|altijd leuk|altijd een (?:feest|genoegen)|wil je er (?:ook |nog )?(?:koffie|thee|een koekje|taart) bij|arme (?:jongen|meid|ziel|stakker)|(?:bedankt|dank je(?: wel)?|dank u(?: wel)?|merci) (?:\p{L}+ )?voor (?:niks|niets)(?! (?:minder|anders))|arm kind|ach gossie|och gut|och arme|een heel (?:berichtje|zinnetje|mailtje|bericht|briefje|idee)|overleeft het (?:vast|heus|wel) (?:wel)?|zal (?:wel )?(?:zwaar|erg|vreselijk) (?:zijn )?geweest|jij weet het (?:ook )?altijd (?:beter|het best)|(?:tuurlijk|natuurlijk|ja hoor),? alsof|(?:bedankt|dank je(?: wel)?|fijn)(?: hoor)?,? (?:dat je|voor) [^.!?]{0,50}(?:zonder (?:het )?(?:even |eerst )?te vragen|oversloeg|overslaat|(?:hebt|heeft) neergelegd|tegen me te (?:schreeuwen|roepen)|over mijn hoofd)|nou,? fijn(?=[.!,])|(?:wist|wist ik|had) (?:\p{L}+ )?(?:niet|nooit|geen idee) dat (?:je|jij) (?:zo |zó |dat |zo'n )?(?:gevoelig|lichtgeraakt|kwetsbaar|snel beledigd|fijnbesnaard|teergevoelig)(?: \p{L}+)? (?:was|bent|kon zijn)|(?:je|jij) (?:neemt|vat|pakt) (?:\p{L}+ ){0,3}(?:altijd |ook )?(?:zo |te |nogal )persoonlijk|(?:je|jij) bent (?:ook )?(?:zo|zó|wel erg|nogal|een beetje|te) (?:gevoelig|lichtgeraakt|fijnbesnaard|teergevoelig|snel (?:geraakt|beledigd))|(?:bedankt|dank je(?: wel)?|bedanken|dankzij (?:jou|jouw|je))[^.!?]{0,80}(?:niemand (?:zegt|durft) (?:er )?(?:meer |nog )?(?:wat|iets)|zegt (?:niemand|geen mens) (?:meer |nog )?(?:wat|iets)|(?:rustig|stil|kort) (?:is |wordt |blijft )?(?:als|wanneer) \p{L}+ (?:aan de beurt|praat|spreekt|iets (?:wil )?zegt)|(?:de )?waarde van (?:stilte|zwijgen))|(?:bedankt|dank je(?: wel)?)[^.!?]{0,30}(?:mijn|ons) (?:team|mensen) (?:\p{L}+ ){0,2}(?:aangeboden|opgegeven|beloofd|weggegeven)|dat (?:er |daar )?(?:nog )?nooit (?:eerder )?iemand op (?:is )?(?:ge)?kom(?:en|t)(?: is)?|(?:dan|zo) hoeven (?:we|wij|ik|jullie) (?:ook |tenminste )?(?:niet|nergens) (?:meer )?(?:over )?na te denken|^(?:ja|o|oh|nou),? want (?:\p{L}+ ){0,4}(?:natuurlijk|uiteraard|overduidelijk)|^want (?:\p{L}+ ){0,3}(?:natuurlijk|uiteraard) (?:\p{L}+ ){0,4}(?:(?:niks|niets) (?:anders|beters)|(?:allemaal )?mijn schuld|zo makkelijk)|(?:een )?(?:tien|10|dikke voldoende) voor de moeite|precies wat ik nodig had op (?:een )?(?:maandag|vrijdag)(?:ochtend|middag)?|nu (?:je|jij) (?:toch|er toch) (?:mee )?bezig bent|^(?:o,? |oh,? |nou,? )?(?:fijn|mooi|super|top|heerlijk|geweldig),? (?:nog meer|meer|extra) (?:werk|overleg|vergaderingen|gedoe)|^(?:echt |zo |helemaal )?(?:dolblij|in de wolken|opgetogen)[.!]*$|(?:daarom|dus) blijf (?:je|jij) (?:lekker |gewoon )?(?:zitten )?waar (?:je|jij) (?:zit|bent))(?![\p{L}])/iu,
});
/**
 * Pity for a plight that is no loss: "Oh, poor you", "Ach, arme jullie", "arm ding". To someone who just
 * reported a loss ("Poor you, your dad in a hospice since Sunday") it is sympathy, so it is read only where
 * no loss was reported.
 */
const MOCK_PITY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:poor (?:little )?you|you poor (?:dears?|things))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:arme (?:jij|jullie|schat|schatten|drommel)|arm ding)(?![\p{L}])/iu,
};
/**
 * The cost to the speaker played down until it mocks: "I only spent my whole evening cleaning it up", "it
 * only took me the entire weekend", "ik heb er maar mijn hele zondag aan besteed". "Only" with "whole" says
 * the opposite of what it says; after praise it turns the praise ("Fantastic work. I only spent…"). So does what
 * is at stake played down: "No rush at all. It's only the biggest go-live of the year", "het is maar de
 * belangrijkste klant van het jaar" (not a condition: "that's only the biggest risk if we skip the tests").
 */
const IRONIC_ONLY: Record<Language, RegExp> = {
  en: /(?<![\p{L}'])(?:(?:i|we|i've|we've|i have|we have) only (?:[\p{L}']+ ){0,2}(?:my|our) (?:whole|entire)|only (?:cost|took|lost|wasted) (?:me|us) (?:[\p{L}']+ )?(?:my|our|the|a) (?:whole|entire)|(?:it's|it is|that's|that is|this is|friday's|friday is) (?:only|just|merely) (?:the|our|my|your) (?:[\p{L}']+ ){0,2}(?:biggest|most important|largest|busiest|hardest|main|key|single most)(?![^.!?]{0,60}(?<![\p{L}])(?:if|unless)(?![\p{L}])))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:ik|we|wij|het|dat) (?:heb|hebben|kostte|kost|heeft|ben|zijn) (?:\p{L}+ ){0,3}(?:maar|slechts) (?:\p{L}+ ){0,2}(?:mijn|onze|m'n|me|ons) (?:\p{L}+ )?(?:hele|complete|volledige|gehele)|(?:het|dat|dit|vrijdag) is (?:ook |toch |alleen |gewoon )?(?:maar|slechts) (?:even )?(?:de|het|onze|mijn|jouw|je) (?:\p{L}+ ){0,2}(?:grootste|belangrijkste|drukste|zwaarste|allerbelangrijkste|allergrootste)(?![^.!?]{0,60}(?<![\p{L}])(?:als|tenzij)(?![\p{L}])))(?![\p{L}])/iu,
};
/**
 * Praise that holds only for someone who likes the failure: "Not bad at all, if the client enjoys hunting
 * for typos", "Great plan, if you enjoy explaining a breach to the press", "Prima rapport, als de klant van
 * zoekplaatjes houdt". Group 1 is what is liked; it must be a failure or a chore ("if you like a challenge"
 * is praise, "if you like, we can…" an offer).
 */
const PRAISE_IF_YOU_LIKE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:great|lovely|brilliant|nice|fine|good|excellent|fantastic|wonderful|perfect|solid|impressive|not bad)(?![\p{L}])[^.!?]{0,50}?,\s+if (?:you|the client|the board|they|anyone|people|your \p{L}+|\p{Lu}\p{L}+) (?:really )?(?:enjoy|enjoys|like|likes|love|loves|fancy|fancies|are into|is into) (?!(?:i|we|you|to|it)(?![\p{L}]))([^.!?;]{2,60})/iu,
  nl: /(?<![\p{L}])(?:mooi|prima|goed|geweldig|prachtig|knap|top|fijn|sterk|briljant|niet slecht)(?![\p{L}])[^.!?]{0,50}?,\s+als (?:je|jij|jullie|de klant|de directie|ze|iemand|\p{Lu}\p{L}+) (?:tenminste )?(?:van ([^.!?,;]{2,50}) houdt|dol (?:bent |is )?op ([^.!?,;]{2,50}))/iu,
};
const LIKED_FAILURE =
  /(?<![\p{L}])(?:surprises?|guess\p{L}*|hunt\p{L}*|puzzl\p{L}*|gambl\p{L}*|chaos|firefight\p{L}*|overtime|rework|redo\p{L}*|clean\p{L}* up|doing (?:their|your|his|her) own|explaining|apologi\p{L}*|typos?|mistakes?|errors?|breach(?:es)?|holes?|zoekplaatjes|verrassingen|gokken|raden|puzzel\p{L}*|brandjes blussen|overuren|herstelwerk|uitleggen|rekenfouten|tikfouten|fouten|lekken|datalekken)(?![\p{L}])/iu;

/**
 * A yes with an impossible means, overstated until it mocks: cloning a colleague, building it overnight,
 * the sick skipping their recovery, working from a hospital bed, the one on leave with nothing better to do
 * ("We'll just clone Priya", "bouwen we 's nachts even", "Tim slaat zijn herstel gewoon over"). Said
 * straight ("we can't clone Priya", "Esra klonen gaat niet", "I wish I could clone her") it is a no.
 */
const ABSURD = phrases({
  en: /(?<![\p{L}])(?:clon(?:e|ing) (?:\p{L}+|my team|the team|half the team|(?:a|another|two|three|\p{N}+) (?:developers?|engineers?|people|drivers?|testers?))|(?:skip|skips|skipping) (?:\p{L}+ ){0,2}(?:his|her|their|the|your) (?:recovery|rehab|sick leave|chemo|operation|surgery|funeral|maternity leave|paternity leave|burn-?out)|from (?:her|his|their|the|a) (?:hospital|sick|maternity|death|delivery|hospice) ?bed|from the (?:delivery|maternity|labou?r) (?:room|ward)|(?:has|have|had|'s got|'ve got) (?:[\p{L}-]+ ){0,3}nothing better to do|(?:wave|waving) (?:a|my|the|our) (?:magic )?wand|pull (?:it|them|that|those|one|a \p{L}+|(?:\p{N}+|two|three|four|five|a couple of|a few) \p{L}+) out of (?:a|my|the|our) hat|who needs sleep|sleep is (?:overrated|for the weak)|(?:we'll|i'll|they'll|we can|let's|we'll simply|i'll simply) just (?:build|code|write|deliver|do|knock out|bolt on|finish|squeeze in|throw in) (?:it|that|this|the (?:\p{L}+ )?(?:integration|thing|feature|project)|the whole thing|everything) (?:overnight|in our sleep|in an afternoon|in a weekend|in five minutes|over lunch|between meetings)(?: then)?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:kloon|kloont|klonen|kopieer) (?:\p{L}+|mijn team|het team|(?:een paar|twee|drie|\p{N}+) (?:mensen|ontwikkelaars|developers|chauffeurs))|\p{L}+ (?:wel |gewoon |maar |dan )+(?:even )?klonen|\p{L}+ even klonen|(?:sla|slaat|slaan) (?:\p{L}+ ){0,2}(?:zijn|haar|hun|het|je) (?:herstel|revalidatie|ziekteverlof|chemo|operatie|zwangerschapsverlof|bevallingsverlof|begrafenis|burn-?out)(?: \p{L}+)? (?:gewoon |even |wel |maar )*over|(?:zijn|haar|hun) (?:herstel|revalidatie|ziekteverlof|chemo|operatie|zwangerschapsverlof|bevallingsverlof|burn-?out) (?:\p{L}+ ){0,2}overslaan|(?:vanaf|vanuit) (?:de|het|haar|zijn|hun) (?:commode|kraambed|ziekbed|ziekenhuisbed|operatietafel|verloskamer|kraamkamer)|(?:heeft|hebben|hebt|heb) (?:[\p{L}-]+ ){0,5}(?:niks|niets) beters te doen|(?:even |wel )?(?:tevoorschijn )?toveren|(?:tover|tovert) (?:\p{L}+ ){0,4}(?:uit (?:mijn|m'n|de|onze) (?:hoed|hoge hoed|mouw)|tevoorschijn)|uit de hoge hoed|uit (?:mijn|onze|m'n) mouw (?:schudden|schud)|(?:schud|schudt|schudden) (?:[\p{L}-]+ ){0,5}uit (?:mijn|onze|m'n) mouw|wie heeft er (?:nou |nu )?slaap nodig|slapen is (?:overrated|voor watjes)|(?:bouwen|maken|doen|programmeren|fixen|regelen|bouw|maak|doe|bouwt|maakt) (?:\p{L}+ ){0,3}(?:'s nachts|vannacht|in een nachtje|tussen de middag|in vijf minuten) (?:wel )?(?:even|eventjes|tussendoor)(?: bij)?)(?![\p{L}])/iu,
});
/**
 * Regret over a habit of the other's: "Shame we never hear a peep out of you", "Shame none of us will ever
 * hear you say it", "Jammer dat we je in het overleg nooit horen", "zonde dat jij nooit eens iets zegt". A
 * "shame" whose clause holds both "you" and "never"/"ever" points at the person, not at bad luck. Not what
 * befell them or what they could not do ("Shame you never got the credit", "jammer dat je het nooit hebt
 * kunnen presenteren"), nor the other's people or things ("je vader"), nor to someone who reports a loss.
 */
const REGRET: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:shame|pity|too bad)(?![\p{L}])[^.!?;]*/iu,
  nl: /(?<![\p{L}])(?:jammer|zonde)(?![\p{L}])[^.!?;]*/iu,
};
const HABIT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:never|ever)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:nooit|ooit)(?![\p{L}])/iu,
};
const YOU: Record<Language, RegExp> = {
  en: /(?<![\p{L}'])you(?![\p{L}'])/iu,
  nl: /(?<![\p{L}])(?:jij|jou|je(?! (?:vader|moeder|ouders|man|vrouw|partner|kind|kinderen|familie|zoon|dochter|broer|zus|vriend|vriendin|kans|team|werk|idee|ideeën|collega's|\p{L}+en(?![\p{L}]))))(?![\p{L}])/iu,
};
const BEFELL =
  /(?<![\p{L}])(?:got|get|gets|given|received|chance|could|been able|kans|kreeg|kregen|krijgt|gekregen|overkwam|overkomt|kon|konden|kunnen)(?![\p{L}])/iu;
const MAY_REGRET = /shame|pity|too bad|jammer|zonde/iu;

/**
 * Regret over what it took, right after thanks or praise for the deed: "Well done on fixing the figures. Shame it took the whole
 * leadership team watching", "jammer dat daar eerst de hele directie voor nodig was". Not what it took the
 * speaker ("Shame it took us so long", "jammer dat wij er zo lang over deden").
 */
const IT_TOOK: Record<Language, RegExp> = {
  en: /(?<![\p{L}])it took(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:voor nodig (?:was|had|hadden)|nodig (?:was|had) om)(?![\p{L}])/iu,
};
const SPEAKER = /(?<![\p{L}'])(?:i|me|my|we|us|our|ik|mij|me|mijn|wij|we|ons|onze)(?![\p{L}'])/iu;

/** Thanks or praise for the deed, in the sentence before: "Well done on fixing the figures", "Goed dat je…". */
const KUDOS =
  /(?<![\p{L}])(?:well done|thanks|thank you|great|good|nice|glad|goed|fijn|mooi|knap|bedankt|dank je|top)(?![\p{L}])/iu;

function regretsAtTheOther(text: string, language: Language, before: string | undefined): boolean {
  const clause = REGRET[language].exec(text)?.[0];
  if (clause === undefined) return false;
  if (IT_TOOK[language].test(clause))
    return before !== undefined && KUDOS.test(before) && !SPEAKER.test(clause);
  return HABIT[language].test(clause) && YOU[language].test(clause) && !BEFELL.test(clause);
}

/** A wish or a condition around the means: "I wish I could clone her", "als ik Esra kon klonen". */
const ABSURD_STRAIGHT =
  /(?<![\p{L}])(?:wish|if only|would love to|even if|unless|if|zou willen|was het maar|kon ik maar|zelfs als|tenzij|als)(?![\p{L}])|^(?:kon|konden|had|hadden|mocht) (?:ik|we|wij)(?![\p{L}])/iu;
/** An impossible means, not negated or wished for in its clause (the means itself excepted). */
function absurdMeans(sentence: Sentence, ctx: ReadContext, language: Language): boolean {
  if (!matchesIn(ABSURD[language], ctx.text, sentence.text)) return false;
  const match = ABSURD[language].exec(sentence.text)!;
  const before = lastClause(unpseudo(sentence.text.slice(0, match.index)), language);
  const rest = sentence.text.slice(match.index + match[0].length);
  const after = rest.slice(0, rest.search(/[,;:—–]|$/u));
  // "Nothing better to do" holds a negator of its own; any other in the means denies it ("zijn herstel niet overslaan").
  const inside = match[0].replace(/nothing better|ni(?:k|et)s beters/giu, '');
  const count = negations(before, language) + negations(inside, language) + negations(after, language);
  return count === 0 && !ABSURD_STRAIGHT.test(before);
}

/**
 * Praise for what was the harm, or for coming late: "decent of you to go behind my back", "good of you to
 * finally tell me", "netjes van je dat je het nu pas zegt".
 */
const PRAISED_HARM = phrases({
  en: /(?<![\p{L}])(?:(?:good|kind|decent|nice|big|sweet|lovely|thoughtful|considerate|generous|brave|honest) of you\b|how (?:thoughtful|kind|nice|lovely|considerate|generous|sweet) (?:that|of you))[^.!?]{0,60}(?<![\p{L}])(?:finally|at last|(?:weeks|days|months) later|after (?:two|three|a few|\p{N}+) (?:weeks|days|months)|already|too late|behind my back|over my head|without (?:asking|telling|a word)|in front of)/iu,
  nl: /(?<![\p{L}])(?:(?:goed|netjes|aardig|lief|sterk|knap|dapper|moedig|eerlijk) van (?:je|jou)\b|wat (?:attent|aardig|lief|gul|sportief) (?:dat|van))[^.!?]{0,60}(?<![\p{L}])(?:eindelijk|nu pas|pas nu|(?:weken|dagen|maanden) later|na (?:twee|drie|een paar|\p{N}+) (?:weken|dagen|maanden)|alvast|ook nog even|(?:nu|nou) ineens|opeens|te laat|achter mijn rug|over mijn hoofd|zonder (?:het )?(?:te vragen|te zeggen|iets te zeggen|een woord)|waar iedereen bij)/iu,
});

/** Words that say the sentence before was meant: "Ik meen het.", "I mean that.", "Zonder ironie:". */
const IN_EARNEST = String.raw`ik meen het|dat meen ik|meen ik(?: echt| oprecht)?|echt waar|eerlijk waar|in alle ernst|zonder ironie|geen sarcasme|i (?:really |truly )?mean (?:it|that|every word)|no irony|no sarcasm|genuinely`;
/**
 * A sentence that vouches for the praise before it: "Knap hoor, die analyse. Serieus, dat had ik niet eerder
 * gezien", "Zonder grapje:", "Nee echt,", "No joke,". Not "Serieus?", which mocks.
 */
const VOUCHES = new Phrase(
  new RegExp(
    String.raw`^(?:(?:echt|really),?\s+)?(?:serieus|zonder (?:grapje|gekheid|dollen|gein)|geen grap|geen beleefdheid|niet uit beleefdheid|nee,? echt|seriously|no joke|no kidding|no,? really|i'm (?:not joking|serious)|${IN_EARNEST})(?![\p{L}])(?!\s*\?)`,
    'iu',
  ),
);
/**
 * Does the text after a sentence open by saying it was meant? Not "Seriously, though", which turns from a jibe to
 * the point, nor "No joke", which may too.
 */
const EARNEST_AFTER = new RegExp(
  String.raw`^(?:(?:echt|really),?\s+)?(?:${IN_EARNEST})(?![\p{L}])(?!\s*\?)`,
  'iu',
);
export const meantAfter = (after: string): boolean => EARNEST_AFTER.test(after.trimStart());

/**
 * The next sentence turning to what needs work ("Alleen kloppen twee tabellen niet", "Er is ook iets wat we
 * moeten oplossen", "That said, …"): praise before it opens feedback, it does not mock. Not a bare "but":
 * "Really clever, well done. But two tables don't add up" may still be read as a jibe.
 */
const FEEDBACK_TURN: Record<Language, RegExp> = {
  // The feedback itself, counted out after the praise: "There are quite a few errors…", "But two tables…".
  en: /^(?:that said|at the same time|there's (?:one|something) (?:we|i)|there is (?:one|something) (?:we|i)|(?:but |though |that said,? )?there (?:are|were) (?:also |still )?(?:quite )?(?:a few|a couple|some|several|two|three|four|\p{N}+)|but (?:two|three|four|a few|a couple of|several|\p{N}+))(?![\p{L}])/iu,
  nl: /^(?:alleen (?:kan|kunnen|moet|moeten|zit|zitten|klopt|kloppen|is|zijn|wil)|tegelijk|(?:maar |alleen )?er (?:is|zit|zijn|zitten) (?:ook )?(?:nog )?(?:wel )?(?:iets|een paar|een aantal|flink wat|best wat|twee|drie|vier)|maar (?:twee|drie|vier|een paar|een aantal))(?![\p{L}])/iu,
};

const SINCERE = new Phrase(
  /(?<![\p{L}])(?:i (?:\p{L}+ )?learned (?:a lot |something )?from (?:it|that|you)|daar heb ik (?:zelf )?(?:veel |iets )?van geleerd|i mean (?:it|that)|i really mean (?:it|that)|genuinely|no sarcasm|not being sarcastic|dat meen ik|ik meen (?:het|dat)|meen ik (?:echt|oprecht)|oprecht|zonder sarcasme|geen sarcasme)(?![\p{L}])/iu,
);

/** Shouted emphasis on a kind word ("I'm SO sorry", "wat ERG") reads as mockery. */
const SHOUTED = new Phrase(
  /(?<![\p{L}])(?:SO|SOOO+|REALLY|TERRIBLY|SOOO|ERG|VRESELIJK|VRÉSELIJK|vréselijk|ZO|ECHT|HEEL|DANK|LOVE|LOVELY|GREAT|AMAZING|THRILLED|SORRY|FANTASTIC|WONDERFUL|GEWELDIG|FIJN|HEERLIJK|GEWELDIG|FANTASTISCH|BLIJ|TOP)(?![\p{L}])/u,
);

/** Loss or illness in what the other just said: "sorry" to that is sympathy, not an apology. */
const LOSS = new Phrase(
  /(?<![\p{L}])(?:hospice|dying|died|passed away|death|funeral|cancer|terminal|palliative|illness|ill|sick|diagnos\w*|hospital|stervende|stervend|sterft|overleden|overlijden|dood|begrafenis|kanker|ongeneeslijk|palliatie\w*|ziek|ziekte|ziekenhuis|hospice|diagnose|miskraam|miscarriage|divorce|scheiding)(?![\p{L}])/iu,
);
/** An apology that names one's own fault stays an apology even then. */
const OWN_FAULT = new Phrase(
  /(?<![\p{L}])(?:i should|i shouldn't|my fault|my mistake|i was wrong|i didn't|i forgot|ik had|mijn fout|mijn schuld|ik heb .{0,20}(?:vergeten|laten liggen))(?![\p{L}])/iu,
);

/** An apology drawn as the conclusion of what came before: "Dus ja, sorry", "So yeah, sorry about Monday". */
const SO_SORRY = /^(?:(?:dus|so),? (?:ja|yeah|yes)|anyway|maar goed|hoe dan ook|enfin)(?![\p{L}])/iu;
const sentenceIndex = (ctx: ReadContext, s: Signal) =>
  ctx.sentences.indexOf(sentenceAt(ctx.sentences, s.start) as Sentence);

/** A sentence that opens by turning against what came before: "But…", "That said,", "Maar eerlijk is eerlijk:". */
const TURNS_BACK =
  /^(?:but|however|that said|having said that|even so|still|though|in fairness|to be fair|maar|al|alleen|toch|dat gezegd hebbende|eerlijk is eerlijk)(?![\p{L}])/iu;

/**
 * Does sentence `index` answer an apology in sentence `at`? The next one does, and any later one that turns back
 * ("Sorry voor maandag. Dat kwam hard aan. Maar als je dat bestand had nagelopen…", "I'm sorry. … Though in fairness,
 * if their forecasts hadn't shifted…"), or follows a bare turn ("Sorry van maandag. Maar ja... als jij dat bestand…").
 * A blame or a defence there takes the apology back.
 */
export function answersApology(sentences: readonly Sentence[], at: number, index: number): boolean {
  if (index === at + 1) return true;
  if (index <= at + 1) return false;
  return TURNS_BACK.test(sentences[index]?.text ?? '') || BARE_TURN.test(sentences[index - 1]?.text ?? '');
}

/** "Maar ja…", "Alleen…", "But.": a turn cut off by its dots, whose sentence goes on in the next one. */
const BARE_TURN = /^(?:but|still|though|maar(?: ja)?|alleen|toch|tja)[\s.…,!]*$/iu;

/** "I'm sorry, I had no idea": sorry for news one just heard, not for something one did. */
const NEWS_TO_ME = new Phrase(
  /(?<![\p{L}])(?:i had no idea|i didn't know|i did not know|dat wist ik niet|ik had geen idee|wist ik niet)(?![\p{L}])/iu,
);

/**
 * "Sorry, man. That's a horrible spot to be in", "I'm so sorry. It went to Ben": sorry for the other's plight
 * or for the news one brings, not for something one did.
 */
const PLIGHT_OR_NEWS =
  /(?:horrible|awful|tough|terrible|rotten|difficult|nasty|rough|lousy|hard|impossible) (?:spot|position|place|situation|corner) to be in|(?:[Ii]t|[Tt]he role|[Tt]he job|[Tt]he position|[Tt]he promotion) went to|(?:[Yy]ou|[Yy]ou've) (?:didn't|did not|haven't|have not) (?:got|get|gotten) (?:it|the role|the job)|(?:rotte|lastige|vervelende|nare|moeilijke) (?:positie|situatie|plek)|[Hh]et is (?:jou )?niet geworden|[Hh]et is \p{Lu}\p{L}+ geworden|(?:[Jj]e|[Jj]ij) hebt (?:hem|haar|de rol|de functie|de baan) niet gekregen|is naar \p{Lu}\p{L}+ gegaan/u;

/** "Don't worry", "geen zorgen": reassurance, when the other asked whether to worry. */
const REASSURANCE =
  /^(?:no worries|don't worry|do not worry|geen zorgen|maak je geen zorgen|nee hoor|welnee)/iu;
const ASKS_WORRY = /(?:worr(?:y|ied)|zorgen|ongerust)[^.!?]*\?/iu;

const BARE_YES = /^(?:ja|ja hoor|yes|yeah|sure|of course|tuurlijk|natuurlijk|oké|okay|ok|prima)[\s,.!]*$/iu;

export type ReadContext = {
  text: string;
  sentences: Sentence[];
  languages: readonly Language[];
  history?: HistoryTurn[] | undefined;
  /** Does a rule of this act match in the text? Asked of a phrase with its negators blanked. */
  holds?: ((id: SignalId, text: string) => boolean) | undefined;
};

/** Does the signal start inside an owning clause of the reply? */
const insideOwning = (read: Signal[], s: Signal) =>
  read.some((o) => o.id === 'takes-ownership' && o.start <= s.start && s.start < o.end);

/** The signals as the reply means them: negated, reported, conditional or sarcastic acts re-read. */
export function readSignals(found: Signal[], ctx: ReadContext): Signal[] {
  const out: Signal[] = [];
  const lossBefore = lossReported(ctx);
  const hasInvitation = found.some((s) => s.id === 'invites-talk');
  const quotes = mayQuote(ctx.text)
    ? [...ctx.text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const)
    : [];
  // The learned reading of sarcasm (sarcasm.ts), unless the other just told of a loss (sympathy then is meant, and the
  // harm to look for is work put first) or the reply invites them to talk ("Hoi Marco, ja hoor. Vertel.").
  const learned = lossBefore || hasInvitation ? NOT_MOCKING : readMocking(ctx.text);
  const refusedApologies = new Set<Signal>();
  for (const signal of found) {
    // 'I brushed you off with "it'll be fine"': words quoted are reported, not done now.
    // A stock excuse opened in quotes is held up even where its pattern runs on past them ("'sorry voor het ongemak', maar").
    if (
      QUOTABLE.has(signal.id) &&
      quotes.some(
        ([from, to]) =>
          signal.start > from &&
          (signal.end < to || (signal.id === 'apology-with-excuse' && signal.start < to)),
      )
    )
      continue;
    // 'You said it yourself: "it's my fault"': an act in quotes that someone else said is theirs.
    if (OWNABLE.has(signal.id) && quotes.some(([from, to]) => quotedFromOther(ctx, from, to, signal)))
      continue;
    const sentence = sentenceAt(ctx.sentences, signal.start);
    const read = readOne(signal, sentence, ctx, lossBefore, hasInvitation, learned);
    // "Not the 'sorry' kind": a phrase in quotes that its reading turns into a harm still only reports it.
    if (
      read &&
      read.id !== signal.id &&
      QUOTABLE.has(read.id) &&
      quotes.some(([from, to]) => read.start > from && read.end < to)
    )
      continue;
    if (read) out.push(read);
    if (
      read?.id === 'defensive' &&
      (signal.id === 'apology-with-responsibility' || APOLOGY_WORD.test(ctx.text.slice(read.start, read.end)))
    )
      refusedApologies.add(read);
  }
  apologyForTheOtherThing(out, refusedApologies, ctx);
  // "I'm sorry. But you should have checked it yourself", "…but there was nothing I could do": blame or
  // a defence right after the apology makes it an excuse; the defence is then that excuse, counted once.
  const excuses = new Set<Signal>();
  for (const [index, signal] of out.entries()) {
    if (signal.id !== 'apology-with-responsibility') continue;
    const at = sentenceIndex(ctx, signal);
    // The rest of the apology's own sentence counts only when another follows, as it always has.
    const answers = (s: Signal) => {
      const index = sentenceIndex(ctx, s);
      return (index === at && at + 1 < ctx.sentences.length) || answersApology(ctx.sentences, at, index);
    };
    const after = out.filter((s) => s.start >= signal.end && answers(s));
    // "I'm so sorry. But three days late is nothing": waving it away after the sorry takes the sorry back too.
    // A blame read inside an owning clause ("jij had dit nooit van je inkoper moeten horen") is the ownership.
    if (after.some((s) => (s.id === 'blames' && !insideOwning(out, s)) || s.id === 'dismisses'))
      out[index] = { ...signal, id: 'apology-with-excuse' };
    else if (after.some((s) => s.id === 'defensive' && RETRACTS.test(ctx.text.slice(s.start, s.end))))
      // "I'm sorry I didn't listen. Actually, no, I did listen": the sorry unsaid, and what is left is the defence.
      excuses.add(signal);
    else if (after.some((s) => s.id === 'defensive')) {
      out[index] = { ...signal, id: 'apology-with-excuse' };
      for (const s of after) if (s.id === 'defensive') excuses.add(s);
    } else if (SO_SORRY.test(ctx.sentences[at]?.text ?? '')) {
      // "Ik had drie deadlines en zat er helemaal doorheen. Dus ja, sorry voor maandag": the excuse first, the sorry drawn
      // from it.
      const before = out.filter(
        (s) => s.id === 'defensive' && s.start < signal.start && sentenceIndex(ctx, s) === at - 1,
      );
      if (before.length > 0) {
        out[index] = { ...signal, id: 'apology-with-excuse' };
        for (const s of before) excuses.add(s);
      }
    }
  }
  if (excuses.size > 0) out.splice(0, out.length, ...out.filter((s) => !excuses.has(s)));
  // "Wat verdrietig. Maar vrijdag moet staan": sympathy for a loss taken back by a demand of work.
  if (lossBefore) out.push(...demandsAfterSympathy(out, ctx));
  // "It's fine, water under the bridge" to someone who just owned what they did: forgiveness, said lightly.
  if (otherJustSaid(ctx.history).some((said) => OWNED.test(said))) lettingGo(out, ctx);
  // "Water under the bridge. Was there anything else?": letting it go and closing the talk in one breath
  // brushes the other off.
  const letGo = out.find((s) => s.id === 'glosses-over' || s.id === 'forgives');
  if (letGo)
    for (const sentence of ctx.sentences)
      if (
        sentence.start >= letGo.end &&
        ctx.languages.some((language) => CLOSES_TALK[language].test(sentence.text))
      )
        out.push({ id: 'dismisses', start: sentence.start, end: sentence.end });
  // "Let it go. Anyway, how's the migration going?": a new subject, after what the other brought, waves it away.
  for (const sentence of ctx.sentences.slice(1))
    if (ctx.languages.some((language) => CHANGES_SUBJECT[language].test(sentence.text)))
      out.push({ id: 'dismisses', start: sentence.start, end: sentence.end });
  // "If you raise your voice again, we'll review whether you're still a customer we want": a sanction on a condition.
  for (const sentence of ctx.sentences)
    if (ctx.languages.some((language) => sanctionOnCondition(sentence.text, language)))
      out.push({ id: 'threatens', start: sentence.start, end: sentence.end });
  // "Joh, vergeten. Het is al goed, zand erover.": nothing but letting go, in a few words, brushes it off.
  if (onlyLettingGo(out, ctx)) out.push({ id: 'dismisses', start: 0, end: ctx.text.trimEnd().length });
  // "I'm not going to say no outright", "ik zeg niet dat het niet kan": refusing to refuse keeps it open.
  for (const sentence of ctx.sentences) {
    for (const language of ctx.languages) {
      const match = NO_REFUSAL[language].exec(sentence.text);
      if (!match) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      for (let i = out.length - 1; i >= 0; i--) {
        const s = out[i]!;
        if (s.id === 'clear-no' && s.start < end && start < s.end) out.splice(i, 1);
      }
      const rest = sentence.text.slice(match.index);
      const yes = !SOFTENED_REFUSAL.test(rest) && UNABLE_TO_REFUSE.test(match[0]);
      if (!yes || !out.some((s) => s.id === 'gives-in' && s.start < end && start < s.end))
        out.push({ id: yes ? 'gives-in' : 'hedges', start, end });
      break;
    }
  }
  // A sarcastic sentence is contempt even when no kind phrase was matched in it; not one vouched for, nor one of a
  // reply the learned reading finds plainly meant (sarcasm.ts).
  for (const sentence of ctx.sentences) {
    if (out.some((s) => s.id === 'contempt' && s.start >= sentence.start && s.start < sentence.end)) continue;
    if (
      vouchedFor(sentence, ctx) &&
      out.some((s) => s.id === 'appreciation' && s.start >= sentence.start && s.start < sentence.end)
    )
      continue;
    const short = ctx.sentences.length <= 3;
    if (
      (!learned.sincere && sarcasticAlone(sentence, ctx)) ||
      echoMocked(sentence, ctx) ||
      incredulous(sentence, ctx) ||
      challenges(sentence, ctx) ||
      (short && !learned.sincere && isSarcastic(sentence, ctx)) ||
      learned.sentence?.start === sentence.start
    ) {
      out.push({ id: 'contempt', start: sentence.start, end: sentence.end });
    }
  }
  // Pressure put politely: a regret over the other's record, their mind claimed with a tag, their feeling
  // prescribed, a motive laid on them. A sentence already read as a harm is that harm.
  for (const sentence of ctx.sentences) {
    if (out.some((s) => PRESSES.has(s.id) && s.start >= sentence.start && s.start < sentence.end)) continue;
    const pressure = pressureIn(sentence.text, ctx.languages);
    if (pressure) out.push({ id: pressure, start: sentence.start, end: sentence.end });
  }
  return out;
}

const PRESSES = new Set<SignalId>(['contempt', 'threatens', 'dismisses']);

/** A refusal that names the apology: "I won't apologise for", "geen excuses", "het spijt me" denied. */
const APOLOGY_WORD = /(?:sorry|apologi|excuse|spijt)/iu;

/** The turn of "not X but Y", and Dutch's "maar wel" that leaves the apology unsaid: "…, maar wel hoe ik het deed". */
const CONTRAST_TURN = /^[^.!?]*?(?<![\p{L}])(?:but|maar)(?![\p{L}])/iu;
const ELLIPTIC_YES = /^\s*(?:wel|i am|i do)(?![\p{L}])[^.!?;]*/iu;

/**
 * "I'm not sorry I raised the figures, but I am sorry I did it in front of everyone", "het spijt me niet dat
 * ik de cijfers aankaartte, maar wel hoe ik dat deed": an apology refused for one thing and made for another
 * in the same sentence is an apology for that other thing. The refusal is standing by the first, not a
 * defence, and the "sorry …, but" in it no excuse.
 */
function apologyForTheOtherThing(out: Signal[], refused: Set<Signal>, ctx: ReadContext): void {
  for (const no of refused) {
    const sentence = sentenceAt(ctx.sentences, no.start);
    if (!sentence) continue;
    const turn = CONTRAST_TURN.exec(ctx.text.slice(no.end, sentence.end));
    if (!turn) continue;
    const after = no.end + turn[0].length;
    const made = out.some(
      (s) => s.id === 'apology-with-responsibility' && s.start >= after && s.start < sentence.end,
    );
    const elided = made ? null : ELLIPTIC_YES.exec(ctx.text.slice(after, sentence.end));
    if (!made && !elided) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      const s = out[i]!;
      if (s === no || (s.id === 'apology-with-excuse' && s.start < after && s.end > no.start))
        out.splice(i, 1);
    }
    if (elided) {
      const start = after + elided.index + (elided[0].length - elided[0].trimStart().length);
      out.push({ id: 'apology-with-responsibility', start, end: after + elided[0].length });
    }
  }
}

/**
 * A condition on the other's conduct, or an "or", then a sanction aimed at them: "If you raise your voice again,
 * we'll have to review whether Northfield is still a customer we want", "congratulate Ben tomorrow, or I'll start
 * questioning your commitment", "als het vrijdag niet foutloos is, lever je je projecten in", "als je het nog
 * een keer doet, zorg ik dat Ingrid je van het account haalt". The sanction names the other as its object; a
 * condition of their wish ("if you'd rather not", "als je liever…") offers a choice, not a threat.
 */
const CONDITION_ON_YOU: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:if|unless|next time|the next time|once more)\s+(?:you|your|\p{Lu}\p{L}+)(?![\p{L}'])(?!(?:'d| would)? (?:want|need|like|prefer|wish|feel|rather)(?![\p{L}]))|,?\s+or(?: else)?(?=\s+(?:i|we)(?:'ll| will| am| are|'m|'re)))/iu,
  nl: /(?<![\p{L}])(?:(?:als|wanneer|tenzij|zodra)\s+(?:je|jij|jullie|het|dat|\p{Lu}\p{L}+)(?![\p{L}])(?! (?:\p{L}+ )?(?:wilt|wil|liever|nodig hebt|fijn vindt|zin hebt))|,?\s+anders(?=\s+(?:ga|zal|zorg|haal|moet) (?:ik|we)))/iu,
};
const SANCTION: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:review|reconsider|rethink|question|look at|think about) (?:whether|if) (?:you(?:'re)?|your|\p{Lu}\p{L}+)(?: \p{L}+){0,4} (?:still|really) (?:a|an|the|our|part of|on|in|welcome|worth|committed|the right)(?![\p{L}])|question(?:ing)? your (?:commitment|loyalty|judgement|judgment|attitude|future|place|professionalism)|(?:take|taking) you off|(?:remove|removing|replace|replacing|drop|dropping) you(?![\p{L}])|let you go|(?:find|finding) (?:someone|somebody) to replace you|(?:your|the) (?:contract|account|role|bonus|promotion) (?:is|goes|will go|will be) (?:gone|off the table|cancell?ed|pulled))/iu,
  nl: /(?<![\p{L}])(?:(?:heroverwegen|herzien|bekijken|nadenken over|afvragen) of (?:je|jij|jullie|\p{Lu}\p{L}+)(?: \p{L}+){0,4} (?:nog|wel)|of (?:je|jij|jullie|\p{Lu}\p{L}+) (?:\p{L}+ ){0,3}nog (?:wel )?(?:klant|leverancier|welkom|in (?:het|mijn|ons) team)|twijfel(?:en)? aan (?:je|jouw) (?:inzet|betrokkenheid|loyaliteit|toekomst|instelling)|(?:haal|haalt|halen) (?:\p{L}+ ){0,3}(?:je|jou|jullie) (?:\p{L}+ ){0,3}(?:van|af)(?![\p{L}])|(?:je|jou|jullie) (?:van|uit) (?:\p{L}+ ){0,3}(?:haalt|halen|haal|zet|zetten)(?![\p{L}])|lever (?:je|jij) (?:\p{L}+ ){0,4}in(?![\p{L}])|(?:vervang|vervangen) (?:we|ik) (?:je|jou|jullie)|(?:je|jouw) (?:contract|account|rol|bonus|promotie|projecten|project) (?:\p{L}+ ){0,2}(?:kwijt|ingetrokken|van tafel))/iu,
};
const MAY_CONDITION = /if|unless|next time|once more|or|als|wanneer|tenzij|zodra|anders/iu;

/** What makes an "if" a charge: the other's conduct again, or not as asked ("again", "nog een keer", "niet foutloos"). */
const FAULT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:again|another|once more|one more time|ever|still|keep|not|never)(?![\p{L}])|n't(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:nog een keer|nog eens|nog zo'n|weer|opnieuw|ooit|nog steeds|blijft|niet|nooit|geen)(?![\p{L}])/iu,
};
const CONDITION_ENDS = /,|:|;|\s(?:then|dan)\s/u;
const CONDITION_WORD = /^\s*(?:if|unless|next|the|once|als|wanneer|tenzij|zodra)(?![\p{L}])/iu;

function sanctionOnCondition(text: string, language: Language): boolean {
  if (!MAY_CONDITION.test(text)) return false;
  const condition = CONDITION_ON_YOU[language].exec(text);
  if (condition === null) return false;
  const rest = text.slice(condition.index);
  // "…, or I'll …" is an ultimatum by its form; an "if" must name a fault of the other's.
  const ultimatum = !CONDITION_WORD.test(condition[0]);
  const end = rest.slice(condition[0].length).search(CONDITION_ENDS);
  const clause = end < 0 ? rest : rest.slice(0, condition[0].length + end);
  return (ultimatum || FAULT[language].test(clause)) && SANCTION[language].test(rest);
}

/**
 * A sentence that moves to another subject: "Anyway, how's the migration going?", "By the way, did you see
 * the menu?", "Right, about Friday.", "Let's talk about the budget instead", "Hoe staat het trouwens met
 * de migratie?", "Goed, door naar het volgende punt". Not a question about the other ("Anyway, how are
 * you holding up?").
 */
const CHANGES_SUBJECT = phrases({
  en: /^(?:(?:anyway|anyhow|by the way|moving on|right|okay|ok|so)[,.]?\s+(?!how (?:are|is|'s) (?:you|your|things with you|he|she)|what (?:do|would|did) you (?:need|want|feel|think))(?:how(?:'s| is| are) (?:the|our|that)\b|where are we (?:with|on)\b|what about\b|about (?:the |friday|monday|next)|did you (?:see|hear|get)|have you (?:seen|heard)|on to\b|back to\b|let's (?:talk about|get (?:back )?to|move on))|(?:let's|can we|shall we) (?:talk about|move on to|get (?:back )?to) [^.!?]{1,40} instead)/iu,
  nl: /^(?:(?:enfin|afijn|maar goed|goed|nou|oké|trouwens)[,.]?\s+(?:hoe staat het met|over (?:de |het |vrijdag|maandag|volgende)|heb je (?:trouwens )?(?:het|de) \p{L}+ (?:al )?gezien|door naar|terug naar|laten we het (?:even )?over)|hoe staat het trouwens met|heb je trouwens (?:het|de) |laten we het (?:liever|maar|even) over [^.!?]{1,40} hebben)/iu,
});

/**
 * A few words and every sentence an idiom of letting it go: "Forget it. It's fine.", "Joh, vergeten. Het is
 * al goed, zand erover." Not an apology accepted in words of one's own ("Het zat me dwars. Excuses aanvaard.").
 */
function onlyLettingGo(found: Signal[], ctx: ReadContext): boolean {
  // Most replies let nothing go: they are not split into words for it.
  if (!found.some((s) => s.id === 'forgives' || s.id === 'glosses-over')) return false;
  if (ctx.sentences.length > 3 || words(ctx.text).length > 18) return false;
  const idioms = found.filter(
    (s) =>
      (s.id === 'forgives' || s.id === 'glosses-over') &&
      ctx.languages.some((l) => LET_GO[l].test(ctx.text.slice(s.start, s.end)) || s.id === 'glosses-over'),
  );
  // What else is read on the idiom's own words ("niks aan de hand" evades too) is the same letting go.
  const onIdiom = (s: Signal) => idioms.some((i) => i.start <= s.start && s.end <= i.end);
  if (found.some((s) => s.id !== 'absolutes' && s.id !== 'candour' && !idioms.includes(s) && !onIdiom(s)))
    return false;
  return (
    idioms.length > 0 &&
    ctx.sentences.every(
      (sentence) =>
        idioms.some((s) => s.start >= sentence.start && s.start < sentence.end) ||
        ctx.languages.some((l) => LET_GO[l].test(sentence.text.replace(/[.!]+$/u, ''))),
    )
  );
}

/**
 * A refusal refused: not saying no ("I won't say no outright", "ik ga geen nee zeggen", "nee zeggen doe ik
 * niet"), or denying that it cannot be done ("I'm not saying it's impossible", "I can't say it isn't you", "ik
 * zeg niet dat het niet kan"). The English contractions are whole words here ("can't", "wouldn't"): a
 * look-behind for a word start never let "n't" match. "I can't say no" is not among them: that is a yes.
 */
const NO_REFUSAL = phrases({
  en: /(?<![\p{L}])(?:(?:not|never|won't|wouldn't|don't|didn't|shouldn't) (?:[\p{L}']+ ){0,3}(?:say|saying|tell you|give you) (?:a )?(?:flat |straight |outright |firm )?no(?![\p{L}])|(?:not|never|cannot|\p{L}+n't) (?:[\p{L}']+ ){0,3}(?:say|saying|claim|claiming|tell you) (?:that )?(?:[\p{L}']+ ){0,4}(?:impossible|out of the question|(?:isn't|is not|won't|can't|cannot|aren't|not)(?![\p{L}])))/iu,
  nl: /(?<![\p{L}])(?:(?:ga|zal|wil|kan|kun) (?:[\p{L}']+ ){0,2}(?:geen|niet) (?:meteen |direct |zomaar |gelijk )?nee (?:tegen (?:je|jou|u|jullie) )?(?:zeggen|verkopen)|zeg (?:[\p{L}']+ ){0,2}(?:niet|geen) (?:meteen |direct |zomaar |gelijk )?nee(?![\p{L}])|nee zeggen (?:[\p{L}']+ ){0,3}(?:doe|ga|zal) ik (?:[\p{L}']+ )?niet|(?:niet|nooit) (?:[\p{L}']+ ){0,2}(?:zeggen|beweren) (?:dat )?(?:[\p{L}']+ ){0,5}(?:onmogelijk|uitgesloten|niet|geen)(?![\p{L}])|(?:zeg|beweer) (?:[\p{L}']+ ){0,2}niet dat (?:[\p{L}']+ ){0,6}(?:onmogelijk|uitgesloten|niet|geen)(?![\p{L}]))/iu,
});

/**
 * Not being able to refuse: "ik kan geen nee tegen je zeggen", as "I can't say no to you", is a yes. Softened
 * ("niet meteen"), wished or followed by a "maar", it keeps the answer open. Refusing to refuse ("ik zeg geen
 * nee", "I won't say no to you") keeps it open too: whether it gives in is said by what follows.
 */
const UNABLE_TO_REFUSE = /^(?:kan|kun)(?![\p{L}])/iu;
const SOFTENED_REFUSAL =
  /(?<![\p{L}])(?:meteen|direct|zomaar|gelijk|nog|outright|flat|straight|firm|yet|just|want|wil|wilde|saying|but|maar|maybe|misschien)(?![\p{L}])/iu;

/**
 * The other's own word thrown back with a knowing "indeed" or tag: "Puzzelen, zeg dat wel.", "A real puzzle
 * indeed", "Samen eruit komen, ja natuurlijk.", "A real puzzle, was it?", "Druk, hè?". Not when the word echoed is a feeling ("a tough week
 * indeed" agrees), nor when the sentence goes on: "Handig was het inderdaad niet" agrees with the other.
 */
const ECHO_MOCK = new Phrase(
  /^(?:(?:oh|o|goh|nou|well|ah),?\s+)?((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+),?\s+(?:zeg dat wel|inderdaad|indeed|alright|all right|ja natuurlijk|ja ja|ja hoor|i can tell|i bet|dat zie ik|dat geloof ik graag|(?:(?:was|is) it|were (?:they|you|we)|are we|hè|was het|waren ze|zeker)(?=\s*\?))(?=\s*(?:[.!?,;:…]|$))/iu,
);
const FEELING_WORD = new Phrase(
  /(?<![\p{L}])(?:tough|hard|rough|awful|sad|difficult|heavy|zwaar|moeilijk|rot|lastig|erg|verdrietig|naar|pijnlijk)(?![\p{L}])/iu,
);

/**
 * A bare pronoun asked back beside another fragment of a question: "Worried? You?", "Sorry? Me? For telling
 * the truth?", "Jij? Zorgen maken?", "Sorry zeggen? Ik?". Disbelief thrown at the other, not a question:
 * a real one asks something ("Who could lead it? You?" opens with its question word and is left alone).
 */
const PRONOUN_ASKED =
  /^(?:(?:who|wie|wat),?\s+)?(?:me|you|us|him|her|them|ik|jij|jou|mij|wij|jullie|hij|zij)(?:,?\s+\p{Lu}\p{L}+)?\?$/iu;
const FRAGMENT_ASKED =
  /^(?!(?:who|what|when|where|why|how|which|wie|wat|wanneer|waar|waarom|hoe|welke)(?![\p{L}']))(?:[\p{L}'’-]+[\s,]*){1,5}\?$/iu;

function incredulous(sentence: Sentence, ctx: ReadContext): boolean {
  if (!PRONOUN_ASKED.test(sentence.text)) return false;
  const index = ctx.sentences.indexOf(sentence);
  return [ctx.sentences[index - 1], ctx.sentences[index + 1]].some(
    (s) => s !== undefined && FRAGMENT_ASKED.test(s.text),
  );
}

/**
 * A question tag answered at once and gone on from: "Your report for Riverside, was it? Yes, I read it."
 * confirms, it does not mock. A bare "Yeah." after it agrees with the jibe.
 */
const TAG_ANSWERED = /^(?:yes|yeah|yep|ja|jazeker|klopt),?\s+\p{L}/iu;

function echoMocked(sentence: Sentence, ctx: ReadContext): boolean {
  const match = ECHO_MOCK.exec(sentence.text);
  if (!match || FEELING_WORD.test(match[1]!)) return false;
  const next = nextSentence(sentence, ctx);
  if (sentence.text.endsWith('?') && next !== undefined && TAG_ANSWERED.test(next.text)) return false;
  const stem = (word: string) => word.slice(0, 6);
  const said = new Set(
    words(otherJustSaid(ctx.history).join(' '))
      .filter((word) => word.length >= 5)
      .map(stem),
  );
  return words(match[1]!).some((word) => word.length >= 5 && said.has(stem(word)));
}

/**
 * A question that doubts the other rather than asks them: "Do you really think you can stay on this team
 * if…?", "Do you honestly believe shouting at me gets it here faster?", "Denk je nou echt dat iemand ooit
 * een muurbloempje promoveert?". The answer is put in the asking: a put-down, whatever kind words stand
 * around it. Not about the speaker ("Do you really think I'd let you down?") nor about the other's own
 * fault or failure, where it reassures ("Denk je echt dat het jouw schuld was?", "…that you failed?").
 */
const CHALLENGE: Record<Language, RegExp> = {
  en: /(?<![\p{L}'])(?:do|did|would) you (?:really|honestly|seriously|actually|truly|genuinely) (?:think|believe|expect|imagine|suppose)(?: that)? (?:you|you're|you'll|your|anyone|anybody|someone|somebody|people|the (?:board|team|client|customer)|\p{L}+ing)(?![\p{L}'])[^?]*\?$|(?<![\p{L}'])do you (?:\p{L}+ )?think (?:that )?(?:anyone|anybody|someone|somebody|people) (?:will |would |is going to |are going to |can |could )?ever(?![\p{L}'])[^?]*\?$/iu,
  nl: /(?<![\p{L}])(?:denk|dacht|geloof|verwacht|meen) (?:je|jij|jullie) (?:nou |nu |zelf |dan )*(?:echt|werkelijk|serieus|oprecht|heus)(?: dat)? (?:je|jij|jullie|jouw|iemand|mensen|de (?:raad|klant|directie)|het team|\p{L}+en (?:tegen|naar|op))(?![\p{L}])[^?]*\?$|(?<![\p{L}])(?:denk|geloof) (?:je|jij|jullie) (?:\p{L}+ )?dat (?:iemand|mensen) (?:\p{L}+ ){0,2}ooit(?![\p{L}])[^?]*\?$/iu,
};
const SELF_DOUBT =
  /(?<![\p{L}])(?:fault|blame|to blame|failed|failure|let (?:\p{L}+ )?down|not good enough|useless|you can't|you cannot|schuld|fout|gefaald|tekortgeschoten|niet goed genoeg|waardeloos|nutteloos|teleurgesteld|(?:je|jij) (?:\p{L}+ )?niet (?:kunt|kan|aankunt))(?![\p{L}])/iu;

const MAY_CHALLENGE = /think|believe|expect|imagine|suppose|denk|dacht|geloof|verwacht|meen/iu;

function challenges(sentence: Sentence, ctx: ReadContext): boolean {
  return (
    sentence.text.endsWith('?') &&
    MAY_CHALLENGE.test(sentence.text) &&
    !SELF_DOUBT.test(sentence.text) &&
    ctx.languages.some((language) => CHALLENGE[language].test(sentence.text))
  );
}

/** A question that closes the talk: "Was there anything else?", "Was er verder nog wat?", "Gewoon door, toch?". */
const CLOSES_TALK: Record<Language, RegExp> = {
  en: /^(?:(?:so|right|okay|ok|good|great|anyway|now),?\s+)?(?:(?:(?:was|is) there |(?:do you have |you got )?)?(?:anything|something) else(?: (?:you wanted|on your mind|for me|i can do))?|coffee|back to work|shall we (?:just )?(?:get back to (?:it|work)|crack on|carry on|get on with (?:it|things)|move on|talk about [^.!?]{1,40}))\?$/iu,
  nl: /^(?:(?:dus|oké|goed|nou|verder|kom),?\s+)?(?:(?:was|is) er (?:verder |nog |verder nog )?(?:iets|wat|nog iets|nog wat)(?: anders)?|koffie|zullen we (?:gewoon |dan |maar )?(?:weer )?(?:aan de slag|verder|door(?:gaan)?|aan het werk)|zullen we het (?:nu |dan |even |maar )*over [^.!?]{1,40} hebben)\?$|^(?:gewoon )?(?:weer )?(?:door|verder),? (?:toch|oké|goed|ja)\?$/iu,
};

/** The other owns or apologises for something they did: "that wasn't great of me", "dat was niet handig van me". */
const OWNED = new Phrase(
  /(?<![\p{L}])(?:sorry|apologi[sz]e|my (?:fault|mistake|bad)|(?:wasn't|was not|wasn't very) (?:great|good|smart|fair|okay|ok|right) of me|(?:put|make) (?:something|it|things|this) right|excuses|het spijt me|mijn (?:fout|schuld)|(?:niet|weinig) (?:handig|netjes|goed|slim|fair|oké) van me|(?:iets|het|dat) (?:recht)?zetten|goedmaken)(?![\p{L}])/iu,
);

/** Idioms of letting it go; said to someone who owned what they did, they forgive, however lightly. */
const LET_GO: Record<Language, RegExp> = {
  en: /(?:water under the bridge|forget (?:it|about it)|(?:put|leave) it behind us|draw a line under it|no harm done|it's (?:fine|okay|ok|all good|forgotten)$|(?:nothing to worry about|no big deal|don't worry about it)$)/iu,
  nl: /(?:het is al goed|laat (?:het )?maar (?:zitten|rusten)|(?:zand|streep) erover|(?:vergeten|bij laten)$|geen man overboord|het is (?:al )?vergeten)/iu,
};

/** Moving on: after forgiving it completes the letting go; without it, it skips the conversation. */
const MOVE_ON: Record<Language, RegExp> = {
  en: /(?:move on|crack on|carry on|get on with it|get back to (?:it|work))$/iu,
  nl: /(?:weer (?:door|verder)|weer aan het werk)$/iu,
};

/**
 * A let-go idiom in reply to an owned fault is forgiveness, one act in its clause; moving on after it
 * ("zand erover, we gaan weer verder") is part of letting go, not glossing over. What such a reply
 * still lacks, saying what it did to you, is the scenario's core act, scored on its own.
 */
function lettingGo(found: Signal[], ctx: ReadContext): void {
  let forgiven = false;
  for (const [index, s] of found.entries()) {
    if (s.id !== 'glosses-over' || !saidIn(ctx, s, LET_GO)) continue;
    found[index] = { ...s, id: 'forgives' };
    forgiven = true;
  }
  if (!forgiven) return;
  for (let index = found.length - 1; index >= 0; index--) {
    const s = found[index]!;
    if (s.id === 'glosses-over' && saidIn(ctx, s, MOVE_ON)) found.splice(index, 1);
  }
}

/** Does the signal's quote say one of the patterns, in a language of the reply? */
const saidIn = (ctx: ReadContext, s: Signal, patterns: Record<Language, RegExp>) =>
  ctx.languages.some((l) => patterns[l].test(ctx.text.slice(s.start, s.end)));

/**
 * "But Friday has to land", "maar de klant wacht niet", "fijn dat je vrijdag wel haalt": work put first,
 * after a word of sympathy. The group before the demand must not be negated ("but Friday doesn't have to…"); work that may wait is care.
 */
const WORK_FIRST = phrases({
  en: /(?<![\p{L}])(?:(?:but|however|that said|still|because|since)[, ]+(?=[^.!?]{0,60}?(?:friday|monday|deadline|go-live|go live|launch|release|client|customer|handover|project|work|delivery|the job))([^.!?]{0,60}?)(?:has to|have to|must|needs? to|need you|needs? (?:an owner|someone|somebody|a (?:lead|driver|body))|counting on you|can't wait|won't wait|can't slip|non-negotiable|expect you)(?!(?: \p{L}+){0,3} wait)|(?:good|great|glad|nice|relieved|pleased)(?: to hear)?,? (?:that )?you(?:'ll| will| can|'re| are)? (?:still )?(?:make|manage|be there|do|be on|be around|can make)(?=[^.!?]{0,30}(?:friday|go-live|go live|launch|handover|deadline|project|work))|(?:(?:are )?you sure about|will you still (?:make|manage)|can you still (?:make|manage|do))(?= (?:\p{L}+ )?(?:friday|deadline|go-live|go live|launch|handover|delivery))|make sure (?:you|that you)? ?[^.!?]{0,60}before you (?:go|leave|head off)|(?:great|good|nice|brilliant) (?:that|how) you(?:'re| are) (?:handling|taking|dealing with) (?:it|this|things) so (?:professionally|calmly|well)|(?:i|we) (?:can|could) (?:still )?(?:count|rely|depend) on you(?=[^.!?]{0,40}(?:friday|monday|deadline|go-live|go live|launch|handover|delivery|project))|(?:\p{L}+ ){0,3}(?:is|are|'re|'s|am|'m) (?:all |really |still |very much )?(?:counting|relying|depending) on you(?=[^.!?]{0,40}(?:friday|monday|deadline|go-live|go live|launch|handover|delivery|project|payments?))|(?:can|could|will) you (?:still |just |quickly )?(?:sort|do|finish|wrap up|hand over|get|make sure)(?= [^.!?]{0,40}(?:handover|friday|go-live|go live|deadline|launch|before you (?:go|leave)))|otherwise (?:i'm|i am|we're|we are|i'll be|we'll be) (?:\p{L}+ )?(?:stuck|in trouble|left|screwed|sunk|in a (?:mess|hole|bind))|(?:as long as|so long as|provided|on condition that)(?! (?:you|it) (?:need|needs|like|want|have to|takes))(?! (?:necessary|needed)) [^.!?]{0,60}(?:handover|notes|friday|go-live|go live|deadline|done|finished|ready)|(?:friday|the go-live|the go live|the deadline|the launch|the release|the handover) (?:really |simply |just |absolutely )?(?:can't|cannot|won't|mustn't) (?:slip|move|wait|be moved))[^.!?]*/iu,
  nl: /(?<![\p{L}])(?:(?:vrijdag|de oplevering|de deadline|de livegang) (?:mag|kan) (?:alleen |echt |absoluut |gewoon |wel )*niet (?:schuiven|verschuiven|uitlopen)|als (?:vrijdag|de oplevering|de deadline|de livegang) (?:maar )?niet (?:in gevaar komt|schuift|uitloopt)|als (?:de|je|jouw) (?:overdracht|oplevering|koppeling) (?:\p{L}+ ){0,3}(?:dan )?(?:wel )?(?:rond|klaar|geregeld) is|zorg (?:je|jij|dan|maar) (?:wel |even |wel even |dan wel )?(?:dat|voor) (?=[^.!?]{0,60}(?:overdracht|oplevering|koppeling|vrijdag|voordat (?:je|jij)))|(?:knap|sterk|goed|mooi) dat (?:je|jij) (?:\p{L}+ )?(?:doorgaat|doorwerkt|blijft werken|er toch bent)|(?:knap|sterk|goed|mooi|fijn) dat (?:je|jij) (?:er )?(?:toch |nog |gewoon )?(?:zo )?(?:professioneel|rustig|nuchter|kalm|zakelijk|flink) (?:mee )?(?:omgaat|blijft|bent)|op (?:je|jou) (?:\p{L}+ )?(?:kan|kunnen|mag|mogen) rekenen(?=[^.!?]{0,40}(?:vrijdag|maandag|deadline|livegang|oplevering|overdracht|project|lancering))|(?:vrijdag|de oplevering|de livegang) wordt een (?:\p{L}+ )?(?:mijlpaal|feestje|succes)|(?:dan|zodat) (?:weet ik (?:\p{L}+ )?dat )?(?:vrijdag|de oplevering|de deadline|de livegang) (?:\p{L}+ )?(?:staat|doorgaat)|(?:fijn|mooi|goed|gelukkig|top) dat (?:vrijdag|de oplevering|de deadline|de livegang) (?:\p{L}+ )?(?:doorgaat|staat|lukt)|(?:maar|alleen|toch|want|omdat)[, ]+(?=[^.!?]{0,60}?(?:vrijdag|maandag|deadline|livegang|oplevering|klant|overdracht|project|werk|lancering|levering))([^.!?]{0,60}?)(?:moet|moeten|wacht niet|wachten niet|kan niet wachten|reken ik op je|reken op je|verwacht ik|kan niet schuiven|ligt vast)(?!(?: \p{L}+){0,3} wachten)|(?:fijn|mooi|goed|gelukkig|blij|top) dat (?:je|jij)(?= [^.!?]{0,30}(?:vrijdag|maandag|deadline|livegang|oplevering|overdracht|project|werk|lancering))[^.!?]{0,30} (?:wel|toch|gewoon|nog) (?:\p{L}+ ){0,3}(?:haalt|er bent|kunt|kan|doet|redt|bij bent)|(?:weet je (?:wel )?zeker dat|lukt|haal je|red je)(?= (?:de |het )?(?:vrijdag|deadline|livegang|oplevering|overdracht) (?:wel |nog |echt )*(?:lukt|haalbaar|haalt|redt|\?))|zorg (?:je|jij) (?:wel|even) (?:dat|voor)(?=[^.!?]{0,60}(?:voordat|voor) (?:je|jij) (?:gaat|weggaat|vertrekt))|(?:reken|rekent|rekenen) (?:\p{L}+ ){0,3}op (?:je|jou)(?=[^.!?]{0,40}(?:vrijdag|maandag|deadline|livegang|oplevering|overdracht|project|lancering))|(?:regel|doe|lever|rond|maak|zet) (?:je|jij) (?:\p{L}+ ){0,3}(?:de|het|die|je) (?:\p{L}+ )?(?:overdracht|oplevering|livegang|deadline|lancering|betaalstromen|project)|anders (?:zit|sta|zitten|staan) (?:ik|we|wij) (?:\p{L}+ ){0,3}(?:met|in|voor)|(?:mits|zolang|als)(?! (?:als )?(?:nodig|je (?:wilt|nodig|het nodig))) [^.!?]{0,60}(?:overdracht|oplevering|livegang|deadline)[^.!?]{0,30}(?:rond|klaar|af|geregeld)|(?:vrijdag|de livegang|de oplevering|de deadline|de lancering|de overdracht) (?:mag|kan) (?:echt |absoluut |gewoon )?niet (?:schuiven|verschuiven|uitlopen|wachten))[^.!?]*/iu,
});
const SYMPATHY = new Set<SignalId>(['condolence', 'acknowledges-feeling', 'offers-support']);

/**
 * Grief sent home or to the door: "grief is something for home", "leave it at the door", "verdriet is iets voor
 * thuis", "laat het thuis". Said to someone who reports a loss, it waves the loss away however kindly it opens.
 */
const GRIEF_ELSEWHERE = phrases({
  en: /(?<![\p{L}])(?:(?:grief|feelings|emotions|that|those|it)(?:'s| is| are) (?:something |best kept |kept )?(?:for|at) (?:home|after work|outside (?:work|the office))|leave (?:it|that|them|your (?:feelings|grief|emotions|private life)) at (?:the door|home))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:verdriet|emoties|gevoelens|dat|die) (?:is|zijn|hoort|horen) (?:iets )?(?:voor )?(?:thuis|na werktijd|buiten het werk)(?! (?:te|bij|met|zijn))|laat (?:het|dat|die|je (?:verdriet|emoties|gevoelens|privé)) (?:(?:maar|even|wel|gewoon) )*(?:thuis|bij de deur|buiten))(?![\p{L}])/iu,
});
/** What grants the leave in the same sentence as a "no" ("No, don't even think about Friday, take the whole week"). */
const GRANTS =
  /(?<![\p{L}])(?:take|neem|of course|natuurlijk|tuurlijk|sure|prima|geen probleem|no problem)(?![\p{L}])/iu;

const sympathyBefore = (found: Signal[], at: number) => found.some((s) => SYMPATHY.has(s.id) && s.start < at);

function demandsAfterSympathy(found: Signal[], ctx: ReadContext): Signal[] {
  const out: Signal[] = [];
  for (const signal of found) {
    // "Anyway, Thursday's a no, I need everyone in": the leave refused after the sympathy.
    if (signal.id !== 'clear-no' || signal.end - signal.start <= 3 || !sympathyBefore(found, signal.start))
      continue;
    const sentence = sentenceAt(ctx.sentences, signal.start);
    if (sentence && !GRANTS.test(sentence.text))
      out.push({ id: 'dismisses', start: signal.start, end: signal.end });
  }
  for (const sentence of ctx.sentences)
    for (const language of ctx.languages) {
      const match = GRIEF_ELSEWHERE[language].exec(sentence.text);
      if (match)
        out.push({
          id: 'dismisses',
          start: sentence.start + match.index,
          end: sentence.start + match.index + match[0].length,
        });
    }
  for (const sentence of ctx.sentences) {
    for (const language of ctx.languages) {
      const match = WORK_FIRST[language].exec(sentence.text);
      if (!match || NEGATOR[language].test(match[1] ?? '')) continue;
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      // Sympathy before the demand or after it ("…op je kan rekenen voor vrijdag. Sterkte donderdag."): glued on.
      if (found.some((s) => SYMPATHY.has(s.id) && (s.start < start || s.start >= end)))
        out.push({ id: 'dismisses', start, end });
      break;
    }
  }
  return out;
}

function readOne(
  signal: Signal,
  sentence: Sentence | undefined,
  ctx: ReadContext,
  lossBefore: boolean,
  hasInvitation: boolean,
  learned: MockingReading,
): Signal | undefined {
  if (!sentence) return signal;
  const { text } = ctx;
  const before = text.slice(sentence.start, signal.start);
  // The clause before the act with its pseudo-negations blanked, read whole so that "I can't thank you enough" is seen.
  const plain = plainSentence(sentence, ctx).slice(0, signal.start - sentence.start);
  const quote = text.slice(signal.start, signal.end);
  const after = text.slice(signal.end, sentence.end);

  // "Your fault it wasn't", "jouw schuld is het niet", "Thank you I won't say": the act put first and denied after it.
  if (frontedAndDenied(signal.id, before, quote, after, ctx.languages)) {
    const becomes = NEGATED[signal.id];
    return becomes ? { ...signal, id: becomes } : undefined;
  }
  // "Als het aan mij lag, zei ik nee", "if it were my call, I'd say no": a no in a world where the speaker decides is
  // not said here, and the frame owns and excuses nothing.
  const upToMe = UP_TO_ME_REACH.of(sentence, ctx);
  if (upToMe >= 0 && (signal.id === 'clear-no' || signal.start < upToMe)) return undefined;
  // "I was going to go through the tables with you, but I don't have time this week": help withdrawn in the same
  // breath is no help.
  if (signal.id === 'offers-support' && helpWithdrawn(after, sentence, ctx)) return undefined;
  if (signal.id === 'appreciation' && praiseWithdrawn(sentence, ctx)) return undefined;
  if (
    (signal.id === 'blames' || signal.id === 'absolutes') &&
    NEVER.test(quote) &&
    ctx.languages.some((l) => NEVER_FAILED[l].test(text.slice(signal.end, sentence.end)))
  )
    return undefined;
  if (
    (signal.id === 'blames' || signal.id === 'absolutes') &&
    ALWAYS.test(quote) &&
    ctx.languages.some((l) => ALWAYS_GOOD[l].test(text.slice(signal.end, sentence.end)))
  )
    return undefined;
  // "In front of everyone", "the figures were never the problem": a place and a defence, not a sweeping charge.
  if (
    signal.id === 'absolutes' &&
    (AUDIENCE.test(before.slice(-16)) ||
      AUDIENCE_AFTER.test(text.slice(signal.end, signal.end + 16)) ||
      NEVER_THE_PROBLEM.test(text.slice(signal.start, signal.end + 20)))
  )
    return undefined;
  // "Nobody's blaming you", "niemand neemt het je kwalijk": a charge denied, not a sweeping one.
  if (
    signal.id === 'absolutes' &&
    NOBODY.test(quote) &&
    ctx.languages.some((l) => AGAINST_YOU[l].test(text.slice(signal.end, sentence.end)))
  )
    return undefined;
  // "Nobody knows these systems like you", "niemand kent ze zoals jij": praise, not a sweeping charge.
  if (
    signal.id === 'absolutes' &&
    (LIKE_YOU.test(text.slice(signal.end, sentence.end)) || DOUBTS_BEFORE.test(before))
  )
    return undefined;
  // "Niemand in het team neemt het je kwalijk. Echt niemand.": the word said again for weight says what it said before.
  if (signal.id === 'absolutes' && NOBODY_AGAIN.test(sentence.text)) {
    const previous = ctx.sentences[ctx.sentences.indexOf(sentence) - 1];
    if (previous && NOBODY_SAID.test(previous.text)) return undefined;
  }
  if (signal.id === 'hedges' && HEDGE_NOUN.test(quote) && HEDGE_NAMED.test(before)) return undefined;
  // "I'm not going to give you an 'I'll see what I can do'": a hedge held up in quotes is named, not used.
  if (signal.id === 'hedges' && HEDGE_QUOTED.test(before)) return undefined;
  // "I don't know yet whether 1 March works", "ik kan nog niet zeggen of het mijn fout was": an act in a
  // question left open is not done, and not refused either; owning it left open owns nothing.
  if (
    (signal.id in NEGATED || signal.id === 'defensive') &&
    ctx.languages.some((l) => LEFT_OPEN[l].test(plain))
  ) {
    if (signal.id === 'defensive') return signal;
    return OWNING.has(signal.id) ? { ...signal, id: 'defensive' } : undefined;
  }
  const saidNot =
    insideDeniedSaying(plain, quote, ctx.languages) ||
    // "There's no world where this wasn't my fault": the frame denies the defence as a denied saying does.
    NO_WORLD_BEFORE.test(plain) ||
    // "Nee, dat doe ik niet": a no taken up by a denial is still the no.
    (signal.id !== 'clear-no' &&
      ctx.languages.includes('nl') &&
      !/[,;:]/u.test(plain) &&
      LEFT_DISLOCATED.test(unpseudo(after)));
  // "I'm not saying it wasn't my fault", "ik zeg niet dat het niet mijn fout was": a defence denied owns it.
  if (saidNot && signal.id === 'defensive')
    return OWN_FAULT_NOUN.test(quote) ? { ...signal, id: 'takes-ownership' } : undefined;
  // "I'm not saying I disagree": a view not said is not given. Only a denied saying in its clause takes it back:
  // many ways of speaking plainly are negations themselves ("not the figures I want to talk about", "niet met een
  // kluitje in het riet"), and "Not much to say, honestly" denies nothing of the "honestly".
  if (
    signal.id === 'candour' &&
    ctx.languages.some((l) => insideDeniedSaying(lastClause(plain, l), quote, [l]))
  )
    return undefined;
  // "I'm not saying we can't", "het is niet zo dat ik nee zeg": a refusal denied is no refusal; "ik kan je
  // niet genoeg bedanken" is no refusal at all.
  if (
    signal.id === 'clear-no' &&
    (saidNot ||
      ctx.languages.some((l) => NOT_AS_IF.test(lastClause(before, l))) ||
      insidePseudo(signal, sentence, ctx))
  )
    return undefined;
  if (
    (signal.id === 'takes-ownership' || signal.id === 'apology-with-responsibility') &&
    SHOULD_NOT_HAVE.test(sentence.text)
  )
    return signal;
  const inner = signal.id in NEGATED ? looseNegations(signal.id, quote, sentence.text, ctx) : 0;
  if (signal.id in NEGATED && signal.id !== 'clear-no' && (saidNot || inner >= 0)) {
    if (saidNot || isNegated(plain, after, ctx.languages, signal.id, quote, inner)) {
      // "I won't pretend to know what this is like": humility about the other's feeling, not a dismissal. Not
      // "ik ga niet doen alsof ik begrijp waarom je het al hebt toegezegd": the other's reasons doubted, no feeling
      // named and none waved away.
      if (signal.id === 'acknowledges-feeling' && (IMAGINING.test(sentence.text) || PRETENDING.test(before)))
        return REASONS.test(quote) ? undefined : signal;
      // "Not your fault but mine", "niet jouw schuld maar de mijne": the contrast names who is at fault.
      if (signal.id === 'blames' && CONTRAST_TO_SELF.test(after)) return { ...signal, id: 'takes-ownership' };
      const becomes = NEGATED[signal.id];
      return becomes ? { ...signal, id: becomes } : undefined;
    }
  }
  // "You're SO good at letting go. What do you think?": a question after mockery is not an opening.
  if (signal.id === 'open-question' && mocking(ctx)) return { ...signal, id: 'closed-question' };
  // "Why would I need your side of it?", "Wat valt er nog te vragen?": a question that answers itself asks nothing.
  if (
    signal.id === 'open-question' &&
    (ctx.languages.some((l) => RHETORICAL[l].test(sentence.text)) || answeredAfter(sentence, ctx))
  )
    return { ...signal, id: 'closed-question' };
  // "What do you want to work on? Never mind, I know already.": the choice offered is taken back.
  if (signal.id === 'invites-ownership' && sentence.text.endsWith('?') && answeredAfter(sentence, ctx))
    return undefined;
  // "'Sorry' is a word people throw around", "het woord sorry", "Sorry is maar een woord": the word talked about, not said.
  if (
    (signal.id === 'apology-with-responsibility' || signal.id === 'apology-with-excuse') &&
    apologyMentioned(text, signal.start, signal.end)
  )
    return undefined;
  // "Do you want me to say sorry? Fine. Sorry.", "Nou, sorry dan. Tevreden?": an apology handed over to be done with it.
  if (signal.id === 'apology-with-responsibility' && grudging(sentence, ctx))
    return { ...signal, id: 'defensive' };
  // "Ik ga ook niet doen alsof het misschien nog kan": a hedge inside a denied pretence hedges nothing.
  if (signal.id === 'hedges' && ctx.languages.some((l) => NEGATED_SAYING[l].test(lastClause(before, l))))
    return undefined;
  // "Gecondoleerd ga ik nog niet zeggen", "Excuses krijg je van mij niet", "Sorry is not something I'm going to say":
  // the act's own words put first, and denied after them.
  if (signal.id in NEGATED && ctx.languages.some((l) => FRONTED_AND_DENIED[l].test(after))) {
    const becomes = NEGATED[signal.id];
    return becomes ? { ...signal, id: becomes } : undefined;
  }
  // "Am I sorry? No." — an act asked about is not done; asked for agreement ("Wouldn't you agree it was my
  // mistake?"), it is.
  if (
    (signal.id === 'apology-with-responsibility' || signal.id === 'takes-ownership') &&
    sentence.text.endsWith('?') &&
    !ASKS_AGREEMENT.test(sentence.text)
  ) {
    return undefined;
  }
  // "People keep saying you never listen": someone else's charge, reported, is not the speaker's. The report
  // ends where the speaker turns to their own words ("Mijn collega's vinden dat…, maar dat doe ik niet: jullie…").
  // "Je zegt nooit wat", "you never say": the saying is what the charge is about, not a report of it.
  if (
    (signal.id === 'blames' || signal.id === 'absolutes') &&
    !HABIT_OF_SAYING.test(before) &&
    ctx.languages.some((l) => REPORTED[l].test(afterLast(before, OWN_WORDS_AGAIN)))
  )
    return undefined;
  if (signal.id === 'blames' && NOT_AS_IF.test(before)) return undefined;
  // "You'll never hear it from your buyer first again", "dan hoor je het nooit meer als laatste": a never that
  // promises, not a verdict on the other.
  if (
    (signal.id === 'blames' || signal.id === 'absolutes') &&
    NEVER_WORD.test(quote) &&
    ctx.languages.some((l) => NEVER_AGAIN_PROMISED[l].test(sentence.text))
  )
    return undefined;
  // "Was it your fault? No." — blame asked about and denied; not "No — don't answer that", which cuts the answer off.
  if (
    signal.id === 'blames' &&
    sentence.text.endsWith('?') &&
    /^\s*(?:no|nee)\b(?!\W*(?:don't|do not|never mind|forget it|laat maar|zeg maar niks|zeg maar niets|geef maar geen))/iu.test(
      text.slice(sentence.end),
    )
  ) {
    return undefined;
  }
  // "Mijn leidinggevende vindt dat ik sorry moet zeggen", "HR reckons I should own my part": someone else's
  // wish is no apology and no ownership, and a feeling or praise passed on for someone else is not the speaker's.
  if (
    (signal.id === 'acknowledges-feeling' || signal.id === 'appreciation') &&
    ctx.languages.some((l) => ON_BEHALF[l].test(before))
  )
    return undefined;
  if (
    (signal.id === 'apology-with-responsibility' && ctx.languages.some((l) => OTHERS_WISH[l].test(before))) ||
    ((signal.id === 'apology-with-responsibility' || signal.id === 'takes-ownership') &&
      ctx.languages.some((l) => OTHERS_SAY[l].test(before)))
  ) {
    return undefined;
  }
  if (
    (signal.id === 'apology-with-responsibility' || signal.id === 'takes-ownership') &&
    ctx.languages.some((l) => CONDITIONAL[l].test(before) || (CONDITIONAL[l].exec(after)?.index ?? 12) < 12)
  ) {
    return { ...signal, id: 'apology-with-excuse' };
  }
  // "Nou, knap hoor, die analyse. Echt, ik meen het: …": a jibe's words vouched for by the next sentence are praise.
  const vouched = vouchedFor(sentence, ctx);
  const nextText = nextSentence(sentence, ctx)?.text ?? '';
  // The learned reading leaves a cave-in alone: giving in with a sigh reads like mock agreement to the words,
  // and either way it is a harm the rules already count.
  if (
    SARCASTIC_TURNS.has(signal.id) &&
    !(vouched && signal.id === 'appreciation') &&
    ((!learned.sincere && (isSarcastic(sentence, ctx) || mocking(ctx))) ||
      (signal.id !== 'gives-in' && mocks(sentence, ctx, learned)))
  )
    return { ...signal, id: 'contempt' };
  // "Ja hoor, geen probleem. Ik tover wel twee mensen uit mijn hoed": a yes the next sentence mocks is no yes.
  if (signal.id === 'gives-in') {
    const next = nextSentence(sentence, ctx);
    if (next && (sarcasticAlone(next, ctx) || ctx.holds?.('contempt', next.text)))
      return { ...signal, id: 'contempt' };
  }
  // "Nou, fijn dat je zelf komt, Bas. Nee echt, dat vraagt lef": praise that reads as a jibe, vouched for.
  if (
    signal.id === 'contempt' &&
    vouched &&
    ctx.languages.some((language) => PRAISE[language].test(quote) || KIND_WORD[language].test(quote))
  )
    return { ...signal, id: 'appreciation' };
  if (
    signal.id === 'apology-with-responsibility' &&
    !OWN_FAULT.test(sentence.text) &&
    (lossBefore ||
      NEWS_TO_ME.test(`${sentence.text} ${nextText}`) ||
      (PLIGHT_OR_NEWS.test(`${sentence.text} ${nextText}`) && !OWN_FAULT.test(nextText)))
  ) {
    return { ...signal, id: 'condolence' };
  }
  // "Should I be worried?" — "Geen zorgen, ik wil het even hebben over…": reassurance answers the question.
  if (
    signal.id === 'dismisses' &&
    REASSURANCE.test(quote) &&
    otherJustSaid(ctx.history).some((said) => ASKS_WORRY.test(said))
  )
    return undefined;
  // "Maak je geen zorgen? Over vrijdag maak ik me geen zorgen. Wel om jou.": the other's own reassurance
  // asked back is taken up, not said.
  if (signal.id === 'dismisses' && sentence.text.endsWith('?') && saidByOther(quote, ctx)) return undefined;
  // "Ja hoor. Vertel." — a bare yes before an invitation agrees to talk, not to the demand.
  if ((signal.id === 'gives-in' || signal.id === 'contempt') && hasInvitation && BARE_YES.test(quote)) {
    return undefined;
  }
  return signal;
}

/**
 * A question left open in the clause before the act: not knowing, not (yet) saying, wondering or checking
 * whether ("I'm not sure whether", "I'll check if", "ik weet nog niet of", "ik vraag me af of"). Not "if
 * you want": that is a condition.
 */
const LEFT_OPEN = phrases({
  en: /(?<![\p{L}])(?:know|knows|knew|sure|certain|tell|tell you|say|decide|decided|clear|wonder|wondering|ask|asking|check|checking|see|find out|promise|guarantee|unsure)(?: [\p{L}']+){0,3}? (?:whether|if(?! (?:you|we) (?:want|like|need|'d like|prefer|wish)))(?![\p{L}])(?:(?! but | and | because )[^,;:])*$/iu,
  nl: /(?<![\p{L}])(?:weet|weten|wist|zeker|zeggen|vertellen|beloven|garanderen|beslissen|duidelijk|vraag me af|vraag ik me af|afvragen|kijken|kijk|checken|check|uitzoeken|nagaan|nakijken)(?: [\p{L}']+){0,3}? of(?![\p{L}])(?:(?! maar | en | want | omdat )[^,;:])*$/iu,
});
/** Owning a fault or saying sorry: left open, it is a fault not owned. */
const OWNING = new Set<SignalId>(['takes-ownership', 'apology-with-responsibility']);

/** Did the other just say these words themselves? */
function saidByOther(quote: string, ctx: ReadContext): boolean {
  const words = quote.toLowerCase().replace(/\s+/g, ' ').trim();
  return otherJustSaid(ctx.history).some((said) => said.toLowerCase().replace(/\s+/g, ' ').includes(words));
}

/** Does a pseudo-negation ("ik kan je niet genoeg bedanken") overlap the signal in its sentence? */
function insidePseudo(signal: Signal, sentence: Sentence, ctx: ReadContext): boolean {
  const from = signal.start - sentence.start;
  const to = Math.min(signal.end, sentence.end) - sentence.start;
  return plainSentence(sentence, ctx).slice(from, to) !== sentence.text.slice(from, to);
}

/** The second half of "not X but Y" naming the speaker: "…but mine", "…, het is de mijne", "…maar aan mij". */
const CONTRAST_TO_SELF =
  /^[^.!?]{0,12}?(?:,|;|but|maar)\s+(?:(?:it's|it is|it was|that's|het is|het was|dat is|het ligt|dat ligt)\s+)?(?:de |het )?(?:mine|on me|me|mijne|aan mij|bij mij|van mij)(?![\p{L}])/iu;

/** "my fault", "my mistake", "mijn fout", "mijn schuld": a fault named as one's own. */
const OWN_FAULT_NOUN = new Phrase(
  /(?<![\p{L}])(?:(?:my|our) (?:own )?(?:fault|mistake|doing|responsibility)|on (?:me|us)|(?:mijn|onze) (?:eigen )?(?:fout|schuld|verantwoordelijkheid)|aan (?:mij|ons))(?![\p{L}])/iu,
);

const JOINED = /^(?:and|but|en|maar)\s/iu;
const SAYING_ENDS = /[;:—–]|,?\s(?:and|but|because|en|maar|want|omdat)\s/iu;

/**
 * Is the act inside a negated saying ("I won't say I'm sorry", "ik ga niet zeggen dat het me spijt")? The
 * saying's reach ends where a new clause is joined on, or at a negation of the that-clause's own, which
 * then governs the act ("I'm not saying I'm not sorry": a double negation, resolved in the text itself by
 * `affirmDoubleNegations` or counted in its clause).
 */
function insideDeniedSaying(plain: string, quote: string, languages: readonly Language[]): boolean {
  return languages.some((language) => {
    const match = NEGATED_SAYING[language].exec(plain);
    if (!match) return false;
    const inner = plain.slice(match.index + match[0].length);
    // "I never said we'd do it, and we won't": the saying's reach ends where a new clause is joined on.
    if (SAYING_ENDS.test(inner) || JOINED.test(quote)) return false;
    return !NEGATOR[language].test(inner);
  });
}

/**
 * The negators inside the phrase that its rule does not need, or -1 where the rule needs them. A rule's
 * word slot takes any word, a negator too: "I'm (…) angry with you" matches "I'm not angry with you", and
 * that "not" denies the act as one before the phrase would. A negator the rule spells out ("I'm not
 * sorry", "don't worry") is the act itself: without it the rule no longer matches.
 */
function looseNegations(id: SignalId, quote: string, sentence: string, ctx: ReadContext): number {
  for (const language of ctx.languages) {
    if (!NEGATOR[language].test(quote)) continue;
    // Only the speaker's verb negated at the head, not in a condition, a counterfactual or a question:
    // "if you'd checked it, none of this would have happened" still blames.
    if (
      id === 'threatens' ||
      sentence.endsWith('?') ||
      !HEAD_NEGATED[language].test(quote) ||
      HYPOTHETICAL[language].test(quote)
    )
      return -1;
    const blanked = NEGATOR[language].replace(quote, (m) => ' '.repeat(m[0].length));
    return ctx.holds?.(id, blanked) ? negations(quote, language) : -1;
  }
  return 0;
}
/**
 * The speaker's own verb negated at the phrase's head: "I'm not angry with you", "we never doubted you",
 * "ik ben niet boos op je". Not a charge put to the other ("you can't keep promising my team's time").
 */
const HEAD_NEGATED: Record<Language, RegExp> = {
  en: /^(?:i|i'm|i've|i'd|we|we're|we've|we'd)\s+(?:[\p{L}']+\s+)?(?:not|never|\p{L}+n't|cannot)(?![\p{L}])/iu,
  nl: /^(?:ik|we|wij)\s+(?:\p{L}+\s+){0,2}(?:niet|nooit|geen)(?![\p{L}])/iu,
};
const HYPOTHETICAL: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:if|unless|would|wouldn't|'d|or)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:als|tenzij|zou|zouden|had|hadden|anders|of)(?![\p{L}])/iu,
};

/** How many negators the text holds. */
function negations(text: string, language: Language): number {
  let count = 0;
  for (const _ of NEGATOR[language].matchAll(text)) count++;
  return count;
}

/** A finite verb, its subject after it, and a "niet" or "nooit" a few words on: the main clause of a fronted act. */
const INVERTED_DENIAL =
  /^\s*(?:(?:van|voor|aan|uit) (?:mij|mijn kant|ons|onze kant)\s+)?(?:(?:aanbieden|maken|zeggen|geven|beloven)\s+)?(?:ga|gaat|zal|zult|zou|zeg|zegt|krijg|krijgt|hoor|hoort|kun|kunt|kan|wil|heb|hebt|doe|geef|hoef|hoeft|vind|vinden|noem)\s+(?:je|jij|ik|u|jullie|hij|ze|zij|we|wij)\s+(?:\p{L}+\s+){0,3}(?:niet|nooit)(?![\p{L}])/iu;

/**
 * A Dutch that-clause put first and denied by the main clause after it: "Dat ik fout zat, geef ik niet
 * toe", "Dat het me spijt, ga ik niet zeggen", "Dat het mijn schuld is, vind ik niet".
 */
const FRONTED = /^\s*(?:dat|of)\s[^,;:]*$/iu;
const FRONTED_DENIED =
  /^[^,.!?;]*,\s*(?:\p{L}+\s+)?(?:ik|je|jij|u|we|wij|jullie)\s+(?:\p{L}+\s+){0,3}?(?:niet|nooit)(?![\p{L}])/iu;

/**
 * A Dutch phrase put first and taken up again by "dat" in a denied main clause: "Beloven dat het nooit
 * meer gebeurt, dat doe ik niet", "Sorry zeggen, dat ga ik niet doen".
 */
const LEFT_DISLOCATED =
  /^[^.!?;]*?,\s*(?:dat|dit|het|daar\p{L}*)\s+(?:\p{L}+\s+)?(?:ik|we|wij)\s+(?:\p{L}+\s+){0,2}?(?:niet|nooit)(?![\p{L}])/iu;

/**
 * An odd number of negators in the clause before the act (`plain`: pseudo-negations blanked), a Dutch
 * "niet" right after it, or a Dutch that-clause denied by the main clause after it.
 */
function isNegated(
  plain: string,
  after: string,
  languages: readonly Language[],
  id: SignalId,
  quote: string,
  inner = 0,
): boolean {
  for (const language of languages) {
    const clause = lastClause(plain, language, quote);
    // "If you can't commit to Friday I'll take you off the project": the negation is the condition's.
    const condition = MAIN_AFTER_CONDITION[language].test(quote) && CONDITION_OPEN[language].test(clause);
    const count = (condition ? 0 : negations(clause, language)) + inner;
    if (count % 2 === 1) return true;
    if (language !== 'nl') continue;
    // Dutch puts "niet" after the verb: "Het spijt me niet", "dat neem ik niet op me".
    if (POST_NEGATED.has(id) && POST_NEGATION.test(after)) return true;
    // The act put first, the verb and its subject after it, then the "niet": "Excuses ga je van mij niet
    // krijgen", "Sorry zeg ik niet", "Bedankt hoef je me niet te zeggen".
    if (POST_NEGATED.has(id) && plain.trim() === '' && INVERTED_DENIAL.test(after)) return true;
    if (FRONTED.test(plain + quote) && FRONTED_DENIED.test(after)) return true;
  }
  return false;
}

/**
 * An act put first in its clause and denied by what follows: a fault ("my fault it wasn't", "your fault alone it
 * isn't", "jouw schuld is het niet", "helemaal jouw schuld was het niet"), or a kind act whose verb the speaker then
 * denies doing ("thank you I won't say", "feel sorry for you I don't"). Not "sorry it wasn't clearer": an apology for
 * what went wrong, so only a fault and a verb left bare at the clause's end.
 */
function frontedAndDenied(
  id: SignalId,
  before: string,
  quote: string,
  after: string,
  languages: readonly Language[],
): boolean {
  if (!(id in NEGATED) || !CLAUSE_START.test(before)) return false;
  return languages.some((language) =>
    FAULT_NOUN_PHRASE[language].test(quote)
      ? FAULT_DENIED_AFTER[language].test(after)
      : BARE_VERB_DENIED[language].test(after),
  );
}
/** Nothing of the clause before the act: the reply's start, or a break (the comma after a name is one). */
const CLAUSE_START =
  /(?:^|[.!?;:,—–]\s*|(?<![\p{L}])(?:[Hh]elemaal|[Nn]iet|[Ee]cht|[Ff]ully|[Ee]ntirely|[Nn]ot)\s+)$/u;
const FAULT_NOUN_PHRASE: Record<Language, RegExp> = {
  en: /^(?:my|your|our|his|her|their)\s+(?:own\s+)?(?:fault|mistake|doing|blame)$/iu,
  nl: /^(?:mijn|jouw|je|onze|zijn|haar|hun)\s+(?:eigen\s+)?(?:schuld|fout)$/iu,
};
const FAULT_DENIED_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:alone\s+|entirely\s+|really\s+)?(?:it|that|this)\s+(?:wasn't|isn't|was not|is not|wasnt|isnt|was never|is never)(?![\p{L}])/iu,
  nl: /^\s*(?:alleen\s+|helemaal\s+)?(?:is|was)\s+(?:het|dat|dit)\s+(?:\p{L}+\s+)?(?:niet|nooit|allerminst)(?![\p{L}])/iu,
};
const BARE_VERB_DENIED: Record<Language, RegExp> = {
  en: /^\s*(?:[\p{L}']+\s+){0,2}(?:i|we)\s+(?:don't|won't|do not|will not|dont|wont|can't|cannot)(?:\s+(?:say|do|give|offer|feel|make))?\s*(?=[,.!?;:—–]|$)/iu,
  nl: /^\s*(?:doe|zeg|geef|bied|ga)\s+(?:ik|we|wij)\s+(?:\p{L}+\s+)?(?:niet|nooit)(?:\s+(?:doen|zeggen|geven))?\s*(?=[,.!?;:—–]|$)/iu,
};

/** A defence that unsays what was just said: "actually, no, I did listen", "nou nee, eigenlijk niet", "scratch that". */
const RETRACTS =
  /^(?:(?:actually|well|hmm|wait|no wait|nou|nee|ach),?\s+(?:no|nee|ja)(?![\p{L}])|nee,?\s+eigenlijk)|scratch that/iu;

/** A condition opened in the clause ("if", "unless", "als", "tenzij"), and the main clause that follows it. */
const CONDITION_OPEN = phrases({
  en: /(?<![\p{L}])(?:if|unless)\s/iu,
  nl: /(?<![\p{L}])(?:als|tenzij|mocht)\s/iu,
});
const MAIN_AFTER_CONDITION: Record<Language, RegExp> = {
  en: /^(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to)(?![\p{L}])/iu,
  nl: /^(?:dan|(?:ga|zal|moet|zet|haal|geef|neem) (?:ik|we))(?![\p{L}])/iu,
};

/**
 * The clause after the last break. A main clause after a condition and the other breaks never overlap nor
 * start at one place, so the last break of either kind is the last one of both read as one expression.
 */
function lastClause(before: string, language: Language, act = ''): string {
  const breaker = CLAUSE_BREAK[language];
  breaker.lastIndex = 0;
  let cut = 0;
  let from = 0;
  for (const match of before.matchAll(breaker)) {
    from = match.index;
    cut = match.index + match[0].length;
  }
  // Where nothing is denied, where a denial's reach ends changes nothing: most clauses hold no negator.
  const denies = MAY_DENY.test(before);
  if (denies)
    for (const match of FOUND_OUT[language].matchAll(before))
      if (match.index + match[0].length > cut) {
        from = match.index;
        cut = match.index + match[0].length;
      }
  for (const match of MAIN_CLAUSE[language].matchAll(before))
    if (match.index + match[0].length > cut && CONDITION_BEFORE[language].test(before.slice(0, match.index)))
      from = cut = match.index + match[0].length;
  if (!denies) return before.slice(cut);
  // "Dat het niet bij jou terechtkwam ligt ook aan mij": a clause put first ends before the main clause.
  return before.slice(Math.max(cut, from + mainClauseAfterFronted(before.slice(from), act, language)));
}
/** Any word a negator holds (see `NEGATOR`): "no" stands for "not", "nothing", "nobody", "none", "nor". */
const MAY_DENY =
  /no|n't|never|neither|hardly|barely|scarcely|refuse|lie|lying|niet|geen|nooit|niks|niets|nergens|niemand|allerminst|weiger|nauwelijks|amper|liegen|gelogen/iu;

/** Said to be meant: the sentence itself ("I mean that", "oprecht") or the next one ("Echt, ik meen het:", "No joke,"). */
function vouchedFor(sentence: Sentence, ctx: ReadContext): boolean {
  return VOUCHES.test(nextSentence(sentence, ctx)?.text ?? '') || SINCERE.test(sentence.text);
}

/** Per reply, which sentences are sarcastic by themselves: asked once per signal, so read once. */
const ALONE = new PerSentence(readsSarcasticAlone);

function sarcasticAlone(sentence: Sentence, ctx: ReadContext): boolean {
  return ALONE.of(sentence, ctx);
}

function readsSarcasticAlone(sentence: Sentence, ctx: ReadContext): boolean {
  const before = ctx.sentences[ctx.sentences.indexOf(sentence) - 1];
  const after = nextSentence(sentence, ctx);
  if (SINCERE.test(sentence.text) || (after !== undefined && VOUCHES.test(after.text))) return false;
  return ctx.languages.some(
    (language) =>
      matchesIn(SARCASM_ALONE[language], ctx.text, sentence.text) ||
      matchesIn(MOCKERY[language], ctx.text, sentence.text) ||
      matchesIn(PRAISED_HARM[language], ctx.text, sentence.text) ||
      absurdMeans(sentence, ctx, language) ||
      // The cues below are read only in a sentence that holds their one word (a plain scan, no look-behind).
      (MAY_PITY.test(sentence.text) && MOCK_PITY[language].test(sentence.text) && !lossReported(ctx)) ||
      (MAY_ONLY.test(sentence.text) && IRONIC_ONLY[language].test(sentence.text)) ||
      (MAY_LIKE.test(sentence.text) && likedFailure(sentence.text, language)) ||
      (MAY_REGRET.test(sentence.text) &&
        regretsAtTheOther(sentence.text, language, before?.text) &&
        !lossReported(ctx)) ||
      (sentence.text.length <= 60 && IRONIC_OPENER[language].test(sentence.text) && !lossReported(ctx)) ||
      // "Nadia hasn't said a word since. Impressive.": a bare word of praise right after a failure.
      // Praise after the fact mocks it; praise before it opens feedback.
      // (The anchored praise test fails at the first word of nearly every sentence: it goes before the split.)
      (before !== undefined &&
        PRAISE_WORD.test(sentence.text) &&
        sentence.text.split(/\s+/).length <= 5 &&
        (failureNamed(before.text, language) ||
          QUOTE_ONLY.test(before.text) ||
          overdone(ctx.sentences.indexOf(before), ctx))),
  );
}

/**
 * An opener that in these words is irony, a name at most beside it: "Just great, Mark.", "Oh, simply
 * perfect.", "Lekker dan.", "Fijn is dat.", "Nou, leuk.", "Daar heb ik wat aan, zeg." Not said to someone who
 * just reported a loss ("Donderdag vrij? Lekker dan" may be meant).
 */
const IRONIC_OPENER = phrases({
  en: /^(?:(?:oh|well|ah),?\s+)?(?:just|simply)\s+(?:great|perfect|brilliant|wonderful|marvellous|lovely|fantastic|super|peachy)(?:,?\s+\p{Lu}\p{L}+)?[.!]*$/iu,
  nl: /^(?:(?:nou|o|oh|ach),?\s+)?(?:lekker dan|fijn is dat|mooi is dat|leuk is dat|daar heb ik (?:veel |echt )?wat aan,? zeg)(?:,?\s+\p{Lu}\p{L}+)?[.!]*$|^(?:nou|o|oh),?\s+(?:leuk|mooi|lekker|prachtig|geweldig|top|super|heerlijk)(?:,?\s+\p{Lu}\p{L}+)?[.!]*$/iu,
});

const MAY_PITY = new Phrase(/poor|arme|arm ding/iu);
const MAY_ONLY = new Phrase(/only|maar|slechts/iu);
const MAY_LIKE = new Phrase(/, (?:if|als) /iu);

function likedFailure(text: string, language: Language): boolean {
  const match = PRAISE_IF_YOU_LIKE[language].exec(text);
  const liked = match?.[1] ?? match?.[2];
  return liked !== undefined && LIKED_FAILURE.test(liked);
}

/**
 * Whether the other just reported a loss: asked once per sentence, and the same for every reply to the same
 * turns, so read once for the reply and once for the turns.
 */
let lossRead: { ctx: ReadContext; said: string[]; reported: boolean } | undefined;

function lossReported(ctx: ReadContext): boolean {
  if (lossRead?.ctx === ctx) return lossRead.reported;
  const said = otherJustSaid(ctx.history);
  const last = lossRead;
  const reported = last && sameTurns(last.said, said) ? last.reported : said.some((turn) => LOSS.test(turn));
  lossRead = { ctx, said, reported };
  return reported;
}

/** A failure named and not denied: "two tables are wrong", not "I didn't find a single thing wrong". */
function failureNamed(text: string, language: Language): boolean {
  const match = FAILURE[language].exec(text);
  if (!match) return false;
  const clause = lastClause(unpseudo(text.slice(0, match.index)), language);
  return negations(clause, language) % 2 === 0;
}

/** Some failure in the text named and not denied: each one read in its own clause. */
function anyFailureNamed(text: string, language: Language): boolean {
  let from = 0;
  for (let match = FAILURE[language].exec(text); match; match = FAILURE[language].exec(text, from)) {
    const clause = lastClause(unpseudo(text.slice(0, match.index)), language);
    if (negations(clause, language) % 2 === 0) return true;
    from = match.index + Math.max(1, match[0].length);
  }
  return false;
}

/** A sentence that only quotes: "'Zinloos.'" — the other's word, held up. */
const QUOTE_ONLY = /^['"][^'"]{1,40}['"][.!]*$|^['"][^'"]{1,40}[.!]['"]$/u;

/** A sentence that is nothing but praise: "Impressive.", "Echt top werk.", "Really great stuff, Graham." */
const PRAISE_WORD =
  /^(?:(?:echt|really|truly|heel|zeer|just|simply|gewoon|super|very)\s+){0,2}(?:impressive|brilliant|lovely|wonderful|fantastic|great|perfect|bravo|well done|visionary|genius|inspired|masterful|superb|indrukwekkend|briljant|geweldig|fantastisch|prachtig|knap|top|bravo|goed zo|motiverend|encouraging|inspiring|inspirerend|geniaal|visionair|meesterlijk|subliem|stoer|dapper|brave|heroic)(?:\s+(?:werk|work|job|gedaan|hoor|zeg|stuff|idee|plan|van je|van jou|of you|voor (?:\p{L}+ ){0,2}\p{L}+|for (?:\p{L}+ ){0,2}\p{L}+))?(?:,?\s+\p{L}+)?[.!]*$/iu;

/** A short reply with a shouted or plainly sarcastic sentence: its kind words mock throughout. */
function mocking(ctx: ReadContext): boolean {
  return (
    ctx.sentences.length <= 3 &&
    ctx.sentences.some((s, i) => (SHOUTED.test(s.text) && !loudButMeant(i, ctx)) || sarcasticAlone(s, ctx))
  );
}

/**
 * Shouted words said next to a fault owned ("Really, REALLY sorry. What I said on Monday was unfair.") or
 * vouched for by the next sentence ("SO good, Emily. I mean that."): an apology or praise said loudly. The
 * mocking ones in the sarcasm training sets own no fault of the speaker's.
 */
function loudButMeant(index: number, ctx: ReadContext): boolean {
  const next = ctx.sentences[index + 1];
  if (next !== undefined && (VOUCHES.test(next.text) || SINCERE.test(next.text))) return true;
  return ctx.sentences.some((s) => ctx.holds?.('takes-ownership', s.text) ?? false);
}

const NOT_MOCKING: MockingReading = { mocks: false, sentence: undefined };

/** A kind act the learned reading turns: anywhere in a short mocking reply, in its most mocking sentence in a longer one. */
function mocks(sentence: Sentence, ctx: ReadContext, reading: MockingReading): boolean {
  return reading.mocks && (ctx.sentences.length <= 3 || reading.sentence?.start === sentence.start);
}

/** Kind acts that sarcasm turns into contempt. */
const SARCASTIC_TURNS = new Set<SignalId>([
  'appreciation',
  'takes-ownership',
  'gives-in',
  'apology-with-responsibility',
  'acknowledges-feeling',
  'condolence',
  'offers-support',
  'self-disclosure',
]);

/**
 * Praise or sympathy said the other way round: a phrase sarcastic by itself, shouted emphasis, or
 * praise next to a failure with a cue ("Well done. Another colleague silenced.").
 */
export function isSarcastic(sentence: Sentence, ctx: ReadContext): boolean {
  return SARCASTIC.of(sentence, ctx);
}

const SARCASTIC = new PerSentence(readsSarcastic);

function readsSarcastic(sentence: Sentence, ctx: ReadContext): boolean {
  const index = ctx.sentences.indexOf(sentence);
  const next = ctx.sentences[index + 1];
  const around = ctx.text.slice(sentence.start, (next ?? sentence).end);
  if (SINCERE.test(sentence.text)) return false;
  // Shouted sympathy mocks a plight; to someone who reports a loss it is sympathy said loudly.
  if (
    SHOUTED.test(sentence.text) &&
    ctx.sentences.length <= 4 &&
    !lossReported(ctx) &&
    !loudButMeant(index, ctx)
  )
    return true;
  if (sarcasticAlone(sentence, ctx)) return true;
  if (overdone(index, ctx)) return true;
  const praised = ctx.languages.filter((language) => matchesIn(PRAISE[language], ctx.text, sentence.text));
  if (praised.length === 0) return false;
  if (next !== undefined && sarcasticAlone(next, ctx)) return true;
  if (next !== undefined && VOUCHES.test(next.text)) return false;
  return praised.some(
    (language) =>
      FAILURE[language].test(around) &&
      SARCASM_CUE[language].test(around) &&
      // "There's no right or wrong here, just a nice chat": a failure denied is none to mock.
      (anyFailureNamed(sentence.text, language) ||
        (next !== undefined && anyFailureNamed(next.text, language))) &&
      !(next !== undefined && FEEDBACK_TURN[language].test(next.text)),
  );
}

/** An interjection opening the sentence: "Oh, …", "Wow.", "Goh, …", "Ah, …". */
const INTERJECTION = /^(?:oh|ah|wow|goh|o|ach|ha|nou|well|tja)(?![\p{L}])/iu;
/** A mock offer of more: "Shall I send flowers?", "Zal ik ook even voor je ademhalen?", "Moet er nog een strikje omheen?". */
const MOCK_OFFER: Record<Language, RegExp> = {
  en: /(?:^|[,;]\s*)(?:shall|should) i (?:also |just |even )?[^.!?]{1,50}\?$/iu,
  nl: /(?:^|[,;]\s*)(?:zal ik (?:er |het |dat )?(?:ook |even |meteen |gelijk |nog )+[^.!?]{1,50}|moet er (?:ook )?nog [^.!?]{1,40})\?$/iu,
};
/** Kind words laid on thick: "terribly sorry", "just awful", "ontzettend rot", "echt een drama". */
const OVERSTATED = phrases({
  en: /(?<![\p{L}])(?:highlight of my (?:day|week|month|year)|(?:i'm|i am|i feel) (?:so |truly |deeply )?(?:honou?red|flattered)|what an honou?r|terribly|awfully|dreadfully|just (?:awful|terrible|tragic|devastating)|so (?:lovely|wonderful|inspiring|thrilling)|really inspiring|truly (?:tragic|heartbreaking|inspiring)|the end of the world|heartbreaking|tragic|such a tragedy|(?:generous|lovely|nice|charming|sweet|thoughtful|kind) little (?:[\p{L}']+ ){0,2}(?:present|gift|surprise|bonus|treat))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:hoogtepunt van mijn (?:dag|week|maand|jaar)|(?:ik voel me|ik ben) (?:zeer |echt )?vereerd|wat een eer|zó|héél|écht|érg|ontzettend|verschrikkelijk|vreselijk|afschuwelijk|echt een drama|wat een drama|hartverscheurend|tragisch|het einde van de wereld|dolblij|in de wolken|(?:gul|mooi|lief|aardig|leuk) (?:\p{L}+)?(?:cadeautje|verrassinkje|presentje))(?![\p{L}])/iu,
});
/** A tag that asks the other to share the joke: "eh?", "hè?", "joh", "zeg". */
const KNOWING_TAG: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:eh|huh|right)\?|(?<![\p{L}])i'm sure(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:hè|he|toch)\?|,\s*(?:joh|zeg)[.!]|(?<![\p{L}])(?:vast wel|heus)(?![\p{L}])/iu,
};
/** Praise or sympathy in the sentence: "lovely", "thanks", "sorry", "wat rot", "fijn". */
const KIND_WORD = phrases({
  en: /(?<![\p{L}])(?:sorry|awful|terrible|tough|lovely|wonderful|great|brilliant|thanks|thank you|inspiring|lucky|impressive|fantastic|amazing|generous|kind of you|sweet|nice|honou?red|flattered|well done|good job|brave)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:sorry|rot|vervelend|erg|sneu|naar|fijn|heerlijk|geweldig|geniaal|prachtig|knap|stoer|dapper|bedankt|dank je|attent|aardig|gul|mooi|vereerd|wat een eer)(?![\p{L}])/iu,
});

/** The same again: "another", "weer een". */
const REPEATED = phrases({
  en: /(?<![\p{L}])(?:again|another|yet another|once again|as always|as usual)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:weer een|wéér|alweer|nog maar eens|zoals altijd|zoals gewoonlijk)(?![\p{L}])/iu,
});
/** A particle leaning on the kind word: "knap hoor", "tuurlijk joh", "great, really". */
const PARTICLE = phrases({
  en: /(?<![\p{L}])(?:(?:great|lovely|brilliant|perfect|wonderful|fantastic|nice|sure|thanks|amazing)(?:,? \p{Lu}\p{L}+)?,? really|really,? (?:thanks|thank you|great|lovely|brilliant|perfect|wonderful|nice))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:knap|mooi|fijn|geweldig|top|leuk|prachtig|tuurlijk|natuurlijk|lekker|bedankt|dank je|briljant|super|sorry)(?: (?:idee|plan|werk|gedaan))?,? (?:hoor|joh|zeg)(?![\p{L}])/iu,
});
/** Praise for what the other did: "well done", "impressive", "knap", "stoer van je". */
const DEED_PRAISE = phrases({
  en: /(?<![\p{L}])(?:well done|good job|great job|nice one|impressive|brave|heroic|bravo|hats off|kudos)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:knap|stoer|dapper|bravo|goed zo|petje af|chapeau|heldhaftig|sterk van je)(?![\p{L}])/iu,
});
/** Coming late: "finally", "nu ineens", "pas nu". */
const LATE = phrases({
  en: /(?<![\p{L}])(?:finally|at last|only now|all of a sudden|suddenly)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:nu ineens|nou ineens|opeens|ineens wel|pas nu|nu pas|eindelijk)(?![\p{L}])/iu,
});

/**
 * Praise or sympathy with two marks of irony in its sentence or the next (an opening interjection, kind
 * words laid on thick, a knowing tag, a failure named): none is proof alone, together they are
 * ("Oh, I'm terribly sorry your buyer got to tell you first"; "Ah, wat ontzettend rot voor je. Enfin, het
 * is Koen."). Never said to someone who reports a loss, where thick words are sincere.
 */
function overdone(index: number, ctx: ReadContext): boolean {
  const loss = lossReported(ctx);
  const window = ctx.sentences.slice(Math.max(0, index - 1), index + 2).map((s) => s.text);
  const text = ctx.sentences[index]!.text;
  const around = window.join(' ');
  return ctx.languages.some((language) => {
    if (!matchesIn(KIND_WORD[language], ctx.text, text)) return false;
    // Beside a loss, thick sympathy is sincere; praise for carrying on regardless is not ("Knap hoor, dat je
    // vrijdag tóch nog even haalt").
    if (loss && !DEED_PRAISE[language].test(text)) return false;
    const marks = [
      window.some((s) => INTERJECTION.test(s)),
      OVERSTATED[language].test(around),
      KNOWING_TAG[language].test(around),
      FAILURE[language].test(around),
      window.some((s) => MOCK_OFFER[language].test(s)),
      REPEATED[language].test(text),
      PARTICLE[language].test(text),
      LATE[language].test(around),
      // Bare praise after the kind words: "Thanks for sharing that, Graham. Very encouraging."
      ctx.sentences[index + 1] !== undefined && PRAISE_WORD.test(ctx.sentences[index + 1]!.text),
    ];
    return marks.filter(Boolean).length >= 2;
  });
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

/** The same turns said: a reading of the other's words made for one reply holds for the next reply to them. */
export function sameTurns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((turn, i) => turn === b[i]);
}

/** Is the phrase at start–end negated where it stands (a negator in its clause, or "niet" after it)? */
export function negatedAt(text: string, start: number, end: number, languages: readonly Language[]): boolean {
  const sentence = sentences(text).find((s) => start >= s.start && start < s.end);
  if (!sentence) return false;
  const quote = text.slice(start, end);
  if (languages.some((l) => NEGATOR[l].test(quote))) return false;
  const plain = unpseudo(sentence.text).slice(0, start - sentence.start);
  return (
    insideDeniedSaying(plain, quote, languages) ||
    isNegated(plain, text.slice(end, sentence.end), languages, 'offers-support', quote)
  );
}

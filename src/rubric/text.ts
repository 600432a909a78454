// Text helpers shared by the detector and the scorer. Every transformation keeps the length of the
// reply, so an offset found in the analysed text is an offset in the reply itself.

import { Buffer } from 'node:buffer';
import { windowsOf } from './moves/prefilter.ts';
import { Phrase } from './phrase.ts';

export type Sentence = { start: number; end: number; text: string };

const CURLY = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DOUBLE = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB']);
/** An HTML-like tag: `<b>`, `</div>`, `<img src=x onerror=...>`. */
export const TAG = /<\/?[a-zA-Z][^<>]{0,200}>/g;

/**
 * The text the rules read: curly quotes and apostrophes made straight, tags blanked out.
 * One character in, one character out.
 */
export function analysisText(reply: string): string {
  let text = reply.replace(CURLY, (c) => (DOUBLE.has(c) ? '"' : "'"));
  if (text.includes('<')) text = text.replace(COMMENT, blank).replace(TAG, blank);
  if (ACCENTED.test(text)) text = text.replace(EMPHASIS, unaccented);
  return affirmDoubleNegations(narrow(text.replace(INVISIBLE, ' ')));
}

const ACCENTED = /[áéíóú]/i;
/**
 * A Dutch word stressed with an accent ("het spijt me níet", "dát was fout", "ik heb het wél gelezen") is the
 * word itself: without the fold "níet" negates nothing and "dát" starts no clause. Only the small words one
 * stresses; "één" (one) is a word of its own and stays.
 */
const EMPHASIS =
  /(?<![\p{L}])(?=\p{L}*[áéíóú])(?:n[ií]et|w[eé]l|d[aá]t|d[ií]e|d[ií]t|j[ií]j|[ií]k|m[ií]jn|n[uú]|g[eé]{2}n|n[oó]{2}it|w[aá]t|h[oó]e|z[eé]lf|[oó]ok|t[oó]ch|w[ií]j|z[ií]j|h[ií]j|j[oó]uw|m[ií]j|j[oó]u|n[ií]ks|n[ií]ets|[aá]l|n[oó]g)(?![\p{L}])/giu;
/** One character in, one character out: a precomposed accented letter is one code unit, as is its bare letter. */
const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** Any code unit above Latin-1 (surrogate halves too: without the u flag each is read alone). */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The same text, stored one byte per character when every character fits. A string cut from a text that
 * held a wider character (a YAML file, a reply whose curly quotes were just straightened) stays two bytes
 * per character, and the rules' case-insensitive expressions run several times slower on it.
 */
export function narrow(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}

/**
 * Double negation, resolved in one place for every rule that reads the text. "I can't say it didn't hurt",
 * "ik ga niet doen alsof het me niet raakte", "I won't deny it hurt", "het is niet zo dat het me niet
 * spijt": a denied saying over a denied clause, a denied denial, or a denied "so that" over one's own
 * regret or fault denied, says the clause. Both negations are blanked (or cut back to the bare verb:
 * "wasn't" → "was"), so the rules read "it hurt", "het me raakte", "het me spijt". Not over a question
 * left open ("I can't tell you whether…", "ik kan niet zeggen of…"): that says neither.
 */
export function affirmDoubleNegations(text: string): string {
  // The rules read this text next: with its windows read now, the patterns below skip a text that lacks their words.
  windowsOf(text);
  const denials = DENIED_DENIAL.replace(text, ([whole]) => blank(whole));
  const litotes = LITOTES.replace(denials, ([, negator, space, prefix, stem]) =>
    [/n't$/iu.test(negator!) ? affirmed(negator!) : blank(negator!), space, blank(prefix!), stem].join(''),
  );
  return NOT_THAT_NOT_SORRY.replace(DENIED_SAYING_OF_DENIAL.replace(litotes, affirm), affirm);
}

/** A denied saying over a denied clause, as the clause: both negations blanked or cut back. */
function affirm([whole, frame, between, negator]: RegExpExecArray): string {
  // "I can't tell you whether it wasn't my fault", "ik kan nog niet zeggen of het niet doorgaat": a
  // question left open is not said either way, so nothing in it is affirmed.
  return EMBEDDED_QUESTION.test(between!) ? whole : [blank(frame!), between, affirmed(negator!)].join('');
}

/**
 * Litotes: a negator right before a word that is itself a negation by its prefix says the plain word. "I
 * don't disagree" → "I agree", "that isn't unreasonable" → "that is reasonable", "je hebt geen ongelijk" →
 * "je hebt gelijk", "ik ben het niet oneens" → "ik ben het eens". The negator (1) and the prefix (3) are
 * blanked, the stem (4) kept. Not "not impossible", "niet onmogelijk": that leaves it open, and is read as
 * it stands.
 */
const LITOTES = new Phrase(
  /(?<![\p{L}'])(not|never|isn't|wasn't|aren't|weren't|don't|didn't|doesn't|niet|geen|nooit)(\s+)(dis|un|in|ir|on)(agree(?:s|d)?|reasonable|fair|true|justified|founded|warranted|understandable|relevant|helpful|important|eens|redelijk|terecht|gelijk|begrijpelijk|logisch|gegrond|belangrijk|waar|zinnig)(?![\p{L}])/giu,
);

/**
 * Where a double negation says its clause only weakly: not being able to deny a decision or a fact ("I
 * can't say it isn't you", "ik kan niet zeggen dat die twaalf procent er helemaal niet in zit") leaves
 * the answer open, a hedge beside what `affirmDoubleNegations` affirms. One's own feeling, view or fault
 * said that way ("I can't say it didn't hurt", "I can't say I don't get it", "…dat het niet mijn fout was")
 * is owned, and no hedge.
 */
export function hedgedDoubleNegations(reply: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // Most replies hold no inability to say at all: then nothing is scanned.
  if (!MAY_BE_UNABLE.test(reply)) return spans;
  const text = reply.replace(CURLY, (c) => (DOUBLE.has(c) ? '"' : "'"));
  for (const match of DENIED_SAYING_OF_DENIAL.matchAll(text)) {
    const [whole, frame, between] = match as unknown as [string, string, string];
    if (!UNABLE.test(frame) || EMBEDDED_QUESTION.test(between)) continue;
    const clause = text.slice(match.index + frame.length).split(/[.!?;:]/u, 1)[0]!;
    if (OWN_FEELING_OR_FAULT.test(clause) || SPEAKER_FIRST.test(between)) continue;
    spans.push({ start: match.index, end: match.index + whole.length });
  }
  return spans;
}
/** Not able, or not willing to go as far: "I can't say it isn't you", "I wouldn't say we're not ready". */
const UNABLE = /^(?:can't|cannot|can not|wouldn't|would not|kan|zou)(?![\p{L}])/iu;
const MAY_BE_UNABLE = /can|kan|would|zou/iu;
/** The speaker as the clause's subject: "I can't say I don't get it", "ik kan niet zeggen dat ik het niet snap". */
const SPEAKER_FIRST = /^\s*(?:that\s+|dat\s+)?(?:i|i'm|i've|i'd|ik)(?![\p{L}])/iu;
const OWN_FEELING_OR_FAULT =
  /(?<![\p{L}])(?:sorry|fault|mistake|wrong|hurt|sting|stung|upset|bother|spijt|fout|schuld|pijn|raakte|geraakt|dwars|gekwetst)/iu;

/** A clause that asks rather than states: "whether", "if", "of", "who", "wanneer"… */
const EMBEDDED_QUESTION = new Phrase(
  /(?<![\p{L}'])(?:whether|if|who|when|why|how|of|wie|wanneer|waarom|hoe)(?![\p{L}'])/iu,
);

const DENIED_DENIAL = new Phrase(
  /(?<![\p{L}])(?:(?:can't|cannot|can not|won't|will not|wouldn't|don't|do not) deny|(?:kan|ga|zal) (?:ik |we )?(?:dat |het )?niet ontkennen|ontken (?:ik |we )?(?:dat |het )?niet|(?:valt|is) niet te ontkennen)(?: that| dat)?(?![\p{L}])/giu,
);
/** The denied saying (group 1), up to 40 characters of its clause (2), and the clause's negator (3). */
const DENIED_SAYING_OF_DENIAL = new Phrase(
  /(?<![\p{L}])((?:can't|cannot|can not|won't|will not|wouldn't|would not|refuse to|not going to|never) (?:\p{L}+ ){0,2}?(?:say|pretend|claim|tell you|act as if|make out)(?: as if)?|(?:ga|zal|kan|wil|zou) (?:\p{L}+ ){0,2}?(?:niet|nooit) (?:zeggen|beweren|doen alsof|net doen alsof|volhouden))( [^.!?,;:]{0,40}? )(didn't|don't|doesn't|wasn't|isn't|aren't|weren't|won't|can't|couldn't|hasn't|haven't|hadn't|not|never|niet|nooit|geen|niks|niets)(?![\p{L}])/giu,
);

/**
 * "It's not that it wasn't my fault", "het is niet zo dat het me niet spijt", "niet dat ik het niet mijn
 * fout vind": a denied "so that" (1) over a clause (2) whose negator (3) denies one's regret or fault. Not
 * any clause: "it's not that I don't care, but…" softens what follows, and "het is niet zo dat het niet
 * kan" keeps a no open; the rules read those as they stand.
 */
const NOT_THAT_NOT_SORRY = new Phrase(
  /(?<![\p{L}])((?:it's|it is|it was|that's|that is) not (?:that|as if)|(?:it|that) (?:isn't|wasn't) (?:that|as if)|not that|het is niet (?:zo )?dat|het was niet (?:zo )?dat|niet dat|niet alsof)( [^.!?,;:]{0,30}? )(didn't|don't|doesn't|wasn't|isn't|not|niet|geen)(?= (?:\p{L}+ ){0,2}(?:sorry|spijt|my (?:own )?(?:fault|mistake|doing)|mijn (?:eigen )?(?:fout|schuld))(?![\p{L}]))/giu,
);

/** The negator taken off its verb, same length: "wasn't" → "was   ", "geen" → "een ", "niet" → "    ". */
function affirmed(negator: string): string {
  const lower = negator.toLowerCase();
  if (lower === 'geen') return `${negator.slice(1)} `;
  if (lower === 'niks' || lower === 'niets') return `iets${' '.repeat(negator.length - 4)}`;
  if (lower === "won't") return `${negator[0] === 'W' ? 'W' : 'w'}ill `;
  if (lower === "can't") return `${negator.slice(0, 3)}  `;
  if (/^(?:didn't|don't|doesn't)$/.test(lower) || !lower.endsWith("n't")) return blank(negator);
  return `${negator.slice(0, -3)}   `;
}

const blank = (part: string) => ' '.repeat(part.length);
/** `<!-- … -->`: hidden from a reader, so nothing in it counts. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Zero-width characters, joiners, soft hyphens and direction marks: invisible, so they count as blanks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/**
 * What a reply says to a machine rather than to a person, made readable: invisible characters removed,
 * letter-spaced words joined ("g i v e  m e  4"), comments and markup opened up. Only read for
 * instructions to the grader; offsets do not map back to the reply.
 */
export function revealHidden(reply: string): string {
  // Full-width and other compatibility forms ("ｇｅｅｆ　１００") read as the letters they stand for.
  return reply
    .normalize('NFKC')
    .replace(/[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/<!--|-->|\[\/\/\]: #|[<>{}[\]"`*_#|\\]/g, ' ')
    .replace(/(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .·_-]{1,3}){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu, (run) =>
      run
        .replace(/([\p{L}\p{N}])[ .·_-]{2,3}(?=[\p{L}\p{N}])/gu, '$1\u0001')
        .replace(/([\p{L}\p{N}])[ .·_-](?=[\p{L}\p{N}])/gu, '$1')
        .replaceAll('\u0001', ' '),
    );
}

/** A closing quote or bracket after the full stop belongs to the sentence it closes: "'Zinloos.' Heel motiverend." */
const SENTENCE = /[^.!?…\n]+(?:[.!?…]+['")\]]*|\n|$)/g;

/**
 * The last text split, and its sentences: the detector and each step of the scorer split the same reply,
 * half a dozen times. Bounded to one text; each caller gets its own copy of the list.
 */
let lastSplit: { text: string; list: readonly Sentence[] } | undefined;

/** Sentences with their offsets; trimmed of surrounding blanks. */
export function sentences(text: string): Sentence[] {
  if (lastSplit?.text !== text) lastSplit = { text, list: split(text) };
  return [...lastSplit.list];
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // Shared by every caller of the same text: frozen, so none can change another's.
    if (end > start) out.push(Object.freeze({ start, end, text: text.slice(start, end) }));
  }
  return out;
}

/**
 * A turn of the sentence that takes back what came before it: "…, al ben je dit over een paar weken weer
 * vergeten", "…, but that's ancient history now". The learned readings read each part on its own.
 */
const TURN = /[,;:—–]\s+(?=(?:al|maar|alleen|but|although|though|only)\s)/giu;
/** A part of at least this many characters on each side of a turn: a short aside stays with its sentence. */
const MIN_PART = 20;

/** The last text split into reading parts; one text, as `sentences` keeps. */
let lastParts: { text: string; list: readonly Sentence[] } | undefined;

/**
 * The sentences of the text, each cut again where it turns ("…, al …", "…, but …"): the parts the learned
 * readings read one by one, so a harm glued behind kind words in one sentence is read on its own.
 */
export function readingParts(text: string): Sentence[] {
  if (lastParts?.text !== text) {
    const list: Sentence[] = [];
    for (const sentence of sentences(text)) {
      let from = 0;
      for (const turn of sentence.text.matchAll(TURN)) {
        const cut = turn.index + turn[0].length;
        if (turn.index - from < MIN_PART || sentence.text.length - cut < MIN_PART) continue;
        list.push(part(sentence, from, turn.index));
        from = cut;
      }
      list.push(from === 0 ? sentence : part(sentence, from, sentence.text.length));
    }
    lastParts = { text, list };
  }
  return [...lastParts.list];
}

function part(sentence: Sentence, from: number, to: number): Sentence {
  const text = sentence.text.slice(from, to);
  return Object.freeze({ start: sentence.start + from, end: sentence.start + to, text });
}

export { isDigit, WORD, words } from '../text/words.ts';

/** Word boundary that knows accented letters: `\b` does not. */
export const B_START = '(?<![\\p{L}\\p{N}])';
export const B_END = '(?![\\p{L}\\p{N}])';

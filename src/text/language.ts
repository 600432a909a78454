import type { Language } from '../vocabulary.ts';
import { words } from './words.ts';

// A small stopword-ratio detector: enough to tell Dutch from English and to notice a reply that is
// in neither. Lists hold frequent function words that are rare in the other languages.

const STOPWORDS: Record<Language | 'de' | 'fr' | 'es', readonly string[]> = {
  en: "the and you your i to is it that this was we my me not be have are for with but what how on just can do so if at all they about would could should will there been our us did really i'm you're it's don't that's a an as by from up out no yes then than now too very we're i'll i've we'll can't won't isn't there's let's".split(
    ' ',
  ),
  nl: 'de het een en je jij jouw ik dat niet is was wat we wij mijn me mij van voor met maar hoe op ook zo al nog wel naar dan om als zijn er heb hebt kan kun wil even echt heel hoor toch jullie ons onze dit geen moet zou ben gaat aan bij door uit te die hij ze zij heeft had nu weer laat gewoon nee ja ga gaan kunnen wordt worden'.split(
    ' ',
  ),
  de: 'der die das und ich nicht ist du ein eine mit auf für aber wie wir mein sie es den dem zu auch noch sehr wenn dass haben kann bitte danke ja nein'.split(
    ' ',
  ),
  fr: "le la les et je tu vous il elle est un une des pas que qui avec pour mais comment nous mon ma ne ce sur très merci oui non suis être avoir c'est".split(
    ' ',
  ),
  es: 'el la los las y yo tú usted es un una que no con para pero cómo como nosotros mi muy gracias sí por lo se del está estoy'.split(
    ' ',
  ),
};

type Lang = keyof typeof STOPWORDS;
const LANGS = Object.keys(STOPWORDS) as Lang[];
/** Per stopword, the index in `LANGS` of the one language that has it, or `SHARED` when several do. */
const INDEX = new Map<string, number>();
const SHARED = -1;
LANGS.forEach((lang, at) => {
  for (const word of STOPWORDS[lang])
    INDEX.set(word, INDEX.has(word) && INDEX.get(word) !== at ? SHARED : at);
});
/** The longest stopword: a longer word is no stopword, and is not looked up. */
const LONGEST = Math.max(...[...INDEX.keys()].map((word) => word.length));

export type LanguageProfile = {
  words: number;
  /** The lower-cased words themselves. */
  list: string[];
  /** Hits per language on stopwords found in that language's list only ("is" and "we" tell nothing). */
  hits: Record<Lang, number>;
  /** Share of all words that are stopwords of any language: low in a bag of keywords. */
  functionRatio: number;
};

export function languageProfile(text: string): LanguageProfile {
  const list = words(text);
  // Counted by index, then named: every reply is read here, and most of its words are no stopword.
  const counts = [0, 0, 0, 0, 0];
  let functional = 0;
  for (const word of list) {
    if (word.length > LONGEST) continue;
    const at = INDEX.get(word);
    if (at === undefined) continue;
    functional++;
    if (at !== SHARED) counts[at]!++;
  }
  const [en, nl, de, fr, es] = counts as [number, number, number, number, number];
  const hits: Record<Lang, number> = { en, nl, de, fr, es };
  return { words: list.length, list, hits, functionRatio: list.length ? functional / list.length : 0 };
}

/** The language a reply is written in: 'unknown' when there is too little text to tell. */
export function detectLanguage(text: string): Language | 'other' | 'unknown' {
  return languageOf(languageProfile(text));
}

export function languageOf(profile: LanguageProfile): Language | 'other' | 'unknown' {
  // The first language with the most hits, and the next one level with it (as a stable sort ranks them).
  let best: Lang = LANGS[0]!;
  let level: Lang | undefined;
  for (const lang of LANGS) {
    if (lang === best) continue;
    if (profile.hits[lang] > profile.hits[best]) {
      best = lang;
      level = undefined;
    } else if (profile.hits[lang] === profile.hits[best] && level === undefined) level = lang;
  }
  if (profile.hits[best] < 2 || profile.words < 3) return 'unknown';
  if (level && (best === 'nl' || best === 'en')) {
    // A tie between a supported language and another one: give the supported one the benefit.
    return level === 'nl' || level === 'en' ? 'unknown' : best;
  }
  return best === 'nl' || best === 'en' ? best : 'other';
}

/** Both supported languages clearly present, e.g. a Dutch reply with English sentences in it. */
export function isMixed(profile: LanguageProfile): boolean {
  const { en, nl } = profile.hits;
  return Math.min(en, nl) >= 2 && Math.min(en, nl) >= 0.3 * Math.max(en, nl);
}

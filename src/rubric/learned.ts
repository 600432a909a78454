import { LANGUAGES, type Language } from './ids.ts';
import { LEARNED_MODEL } from './learned-weights.ts';
import { bandOf } from './rating.ts';
import { TokenSpans } from './token-spans.ts';
import { TokenTable, type WeightedFeature } from './token-table.ts';
import type { LearnedModel } from './types.ts';

// A lexical signal learnt from the labelled training replies, added to the rules' overall within the
// rating band the rules gave (and at most the model's bound). The rules name what a reply does; the words
// of many reviewers' good and poor replies carry some of what no rule names yet. Learnt offline (`npm run rubric:learn -- --write`), read here as fixed
// weights: no training at runtime, the same reply always gets the same points.
//
// It is added to the overall within the caps and held under them again, so every ceiling (harm, generic,
// stuffing, instructions, a brief closed reply) still holds, and within the rating band the rules gave:
// the words order replies the rules rate alike, the rules alone decide good, fair or poor.

const FIRST_PERSON: Record<Language, ReadonlySet<string>> = {
  en: new Set(['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'mine', 'myself']),
  nl: new Set(['ik', 'mij', 'me', 'mijn', 'mezelf', 'mijzelf']),
};
const SECOND_PERSON: Record<Language, ReadonlySet<string>> = {
  en: new Set(['you', "you're", "you've", "you'll", "you'd", 'your', 'yours', 'yourself']),
  nl: new Set(['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jezelf', 'jullie']),
};
/** Markup the reader never sees (comments, tags): words hidden there earn nothing. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<\/?[a-zA-Z][^<>]{0,200}>/g;
const CURLY_APOSTROPHE = /[\u2018\u2019\u201B\u2032\u00B4`]/g;

/**
 * The reply lower-cased, apostrophes made straight and markup blanked: what its words are read from. Not
 * the rules' analysed text: reading that again costs as much as a rule pass, and the words need no more.
 */
function lowerVisible(reply: string): string {
  const visible = reply.includes('<') ? reply.replace(MARKUP, ' ') : reply;
  return visible.replace(CURLY_APOSTROPHE, "'").toLowerCase();
}

/** The reply's words (see `lowerVisible`). */
const wordsOf = (reply: string): string[] => lowerVisible(reply).match(/[\p{L}\p{N}']+/gu) ?? [];

/** The words of the last reply read, as `wordsOf` reads them: found in place, see `TokenSpans`. */
const spans = new TokenSpans();
/** The words' sum while a reply is read, kept from one reading to the next: a new typed array costs more. */
const counted = new Float64Array(1);

/**
 * Each word and each pair of neighbouring words once, marked with the language so the two never share a
 * weight, and four shapes: length, a question, how much is about me and how much about you.
 */
export function learnedFeatures(reply: string, language: Language): Map<string, number> {
  const words = wordsOf(reply);
  const features = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    features.set(`${language}:${words[i]}`, 1);
    if (i > 0) features.set(`${language}:${words[i - 1]} ${words[i]}`, 1);
  }
  const n = Math.max(1, words.length);
  let mine = 0;
  let yours = 0;
  for (const word of words) {
    if (FIRST_PERSON[language].has(word)) mine++;
    if (SECOND_PERSON[language].has(word)) yours++;
  }
  features.set('shape:log-words', Math.log(n) / 4);
  features.set('shape:question', reply.includes('?') ? 1 : 0);
  features.set('shape:first-person', mine / n);
  features.set('shape:second-person', yours / n);
  return features;
}

/** The model's unbounded sum for a set of features, in points. */
export function learnedSum(features: Map<string, number>, model: LearnedModel): number {
  let sum = 0;
  for (const [id, value] of features) sum += (model.weights[id] ?? 0) * value;
  return model.scale * sum;
}

/** Per language, the model's words and pairs with their weights; the shapes' weights. */
type Lookup = {
  words: Record<Language, TokenTable>;
  shapes: Map<string, number>;
  /** Per language, by token number: 1 for a first-person pronoun, 2 for a second-person one, else 0. */
  persons: Record<Language, Uint8Array>;
};

const lookups = new WeakMap<LearnedModel, Lookup>();
function lookupOf(model: LearnedModel): Lookup {
  const found = lookups.get(model);
  if (found) return found;
  const byLanguage: Record<Language, WeightedFeature[]> = { nl: [], en: [] };
  const shapes = new Map<string, number>();
  for (const [id, weight] of Object.entries(model.weights)) {
    const colon = id.indexOf(':');
    const prefix = id.slice(0, colon);
    const feature = id.slice(colon + 1);
    if (prefix === 'shape') shapes.set(feature, weight);
    else if (prefix === 'nl' || prefix === 'en') byLanguage[prefix].push([feature, 0, weight]);
  }
  // Every pronoun gets a token number, with no weight where the model gave it none, so a word is told a
  // pronoun by its number: cutting each short word out to ask a set cost 2–4% of scoring a reply.
  for (const language of LANGUAGES)
    for (const word of [...FIRST_PERSON[language], ...SECOND_PERSON[language]])
      if (!(`${language}:${word}` in model.weights)) byLanguage[language].push([word, 0, 0]);
  const words = { nl: new TokenTable(byLanguage.nl, 1), en: new TokenTable(byLanguage.en, 1) };
  const personsOf = (language: Language) => {
    const persons = new Uint8Array(words[language].tokens);
    for (const word of FIRST_PERSON[language]) persons[words[language].token(word)] = 1;
    for (const word of SECOND_PERSON[language]) persons[words[language].token(word)] = 2;
    return persons;
  };
  const lookup = { words, shapes, persons: { nl: personsOf('nl'), en: personsOf('en') } };
  lookups.set(model, lookup);
  return lookup;
}

/**
 * What the words add to the overall, within the model's bound: the same sum as `learnedSum` over
 * `learnedFeatures` (each word and pair once), read in one pass without building the features.
 */
export function learnedPoints(
  reply: string,
  language: Language,
  model: LearnedModel = LEARNED_MODEL,
): number {
  const { words: tables, shapes, persons: personsByLanguage } = lookupOf(model);
  const table = tables[language];
  const persons = personsByLanguage[language];
  const visible = lowerVisible(reply);
  spans.read(visible, false, false);
  const list = spans.spans;
  counted[0] = 0;
  table.startReading();
  let mine = 0;
  let yours = 0;
  let previous = -1;
  for (let i = 0; i < spans.length; i += 2) {
    const start = list[i]!;
    const end = list[i + 1]!;
    const current = table.tokenIn(visible, start, end);
    table.countOnce(table.pair(previous, current), counted);
    table.countOnce(table.rowOfToken(current), counted);
    previous = current;
    if (current >= 0) {
      const person = persons[current];
      if (person === 1) mine++;
      else if (person === 2) yours++;
    }
  }
  let sum = counted[0]!;
  const n = Math.max(1, spans.length / 2);
  sum += (shapes.get('log-words') ?? 0) * (Math.log(n) / 4);
  sum += reply.includes('?') ? (shapes.get('question') ?? 0) : 0;
  sum += ((shapes.get('first-person') ?? 0) * mine) / n;
  sum += ((shapes.get('second-person') ?? 0) * yours) / n;
  const points = model.scale * sum;
  return Math.max(-model.bound, Math.min(model.bound, points));
}

/**
 * The overall with the learnt points, rounded, within the rating band the rules gave it and never above
 * the reply's cap: the words reorder replies the rules rate alike, they never change a rating or lift a
 * reply past what its flags allow. Near either end of that room the sum is eased towards the end instead of
 * cut off at it, so that replies the words push past an end keep their order rather than tie there: a tie
 * orders nothing, and 102 of the 689 misordered pairs of the ranking training sets were replies tied at 59
 * or 42, the ends of the fair band.
 */
export function withLearned(overall: number, points: number, cap: number): number {
  const [low, bandHigh] = bandOf(overall);
  const high = Math.min(bandHigh, cap);
  const ease = Math.min(EASED_POINTS, (high - low) / 2);
  let sum = overall + points;
  if (ease > 0 && sum > high - ease) sum = high - ease * Math.exp((high - ease - sum) / ease);
  else if (ease > 0 && sum < low + ease) sum = low + ease * Math.exp((sum - low - ease) / ease);
  return Math.max(low, Math.min(high, Math.round(sum)));
}

/**
 * How many points at each end of a band are eased: 5, chosen on the ranking training sets of an eighth stop
 * (29,291 → 29,330 of 29,980 pairs; 3 points gained 13, 8 gained 30); the validation ranking gains 4 (1,024
 * → 1,028), the fresh training set 2026-12zz 6 (1,012 → 1,018), the harm validation set 2026-12hp 1.
 */
const EASED_POINTS = 5;

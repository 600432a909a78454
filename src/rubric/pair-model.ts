import type { Sentence } from './text.ts';
import { SENTENCE_BREAK, TokenSpans } from './token-spans.ts';
import { TokenTable, type WeightedFeature } from './token-table.ts';
import type { PairModel } from './types.ts';

export type { PairModel };

// A text read by a small logistic model over its tokens and neighbouring token pairs: the sarcasm reading
// and the harm readings share it. Each token and pair counts once a text.

const CURLY_APOSTROPHE = /[\u2018\u2019\u201B\u2032\u00B4`]/g;
const SENTENCE_END = /(?<=[.!?…])\s+/u;
const TOKEN = /[\p{L}\p{N}']+|[?!]/gu;
const START = '<s>';
const END = '</s>';

/**
 * Each token and each pair of neighbouring tokens once, per sentence, with the sentence's start and end
 * as tokens of their own: "<s> goh" is an opening, "hè ? </s>" a closing tag. Question and exclamation
 * marks count as tokens. One model reads both languages: their words rarely meet, their marks do.
 */
export function pairFeatures(text: string): Set<string> {
  const features = new Set<string>();
  const sentences = text.replace(CURLY_APOSTROPHE, "'").toLowerCase().split(SENTENCE_END);
  for (const sentence of sentences) {
    let previous = START;
    for (const token of sentence.match(TOKEN) ?? []) {
      features.add(token);
      features.add(`${previous} ${token}`);
      previous = token;
    }
    features.add(`${previous} ${END}`);
  }
  return features;
}

/** Per model, or per list of models read together: their tokens, pairs and weights (a column per model). */
const tables = new WeakMap<object, TokenTable>();

function tableOf(key: object, models: readonly PairModel[]): TokenTable {
  let table = tables.get(key);
  if (!table) {
    const features = models.flatMap((model, column) =>
      Object.entries(model.weights).map(([feature, weight]): WeightedFeature => [feature, column, weight]),
    );
    table = new TokenTable(features, models.length);
    tables.set(key, table);
  }
  return table;
}

/** The last text's tokens, read for the models: see `TokenSpans`. */
const spans = new TokenSpans();
/**
 * The models' sums while a text is read (the whole text's, then each sentence's in turn), kept from one
 * reading to the next: a new typed array costs more.
 */
let sums = new Float64Array(16);

const odds = (sum: number) => 1 / (1 + Math.exp(-sum));

/** Each model's odds for the whole text, and with its sentences for each sentence read on its own. */
export type TextOdds = { whole: number[]; bySentence: number[][] | undefined };

/**
 * Each model's odds (0–1), summed in one pass over the text's tokens and pairs: the same tokens and sentences
 * as `pairFeatures` reads, each looked up in place. Given the text's sentences (`sentences(text)`), the same
 * pass also sums each sentence as if it were read alone: the harm readings weigh every sentence of a reply,
 * and a pass per sentence cost as much again as the whole reply's.
 */
function oddsWith(
  text: string,
  table: TokenTable,
  models: readonly PairModel[],
  list?: readonly Sentence[],
): TextOdds {
  const n = models.length;
  const lower = text.replace(CURLY_APOSTROPHE, "'").toLowerCase();
  // Offsets in the lower-cased text stand for the same characters in the text only when its length is kept.
  const inOnePass = list !== undefined && list.length > 1 && lower.length === text.length;
  const size = inOnePass ? n * (list.length + 1) : n;
  if (sums.length < size) sums = new Float64Array(size);
  // Filled and read in plain loops: `Float64Array.from` and `Array.from` with a function cost more than
  // the rest of a short reply's reading.
  for (let at = 0; at < size; at++) sums[at] = models[at % n]!.bias;
  const start = table.token(START);
  const end = table.token(END);
  table.startReading();
  spans.read(lower, true, true);
  const found = spans.spans;
  let previous = start;
  // The sentence being read (its sums at `n * (sentence + 1)`), and its own previous token.
  let sentence = -1;
  let previousInSentence = start;
  let whole = inOnePass;
  for (let i = 0; i < spans.length; i += 2) {
    if (found[i] === SENTENCE_BREAK) {
      table.countOnce(table.pair(previous, end), sums);
      previous = start;
      continue;
    }
    const from = found[i]!;
    const to = found[i + 1]!;
    const current = table.tokenIn(lower, from, to);
    table.countOnce(table.pair(previous, current), sums);
    table.countOnce(current, sums);
    previous = current;
    if (!whole) continue;
    if (sentence < 0 || from >= list![sentence]!.end) {
      if (sentence >= 0)
        table.countOnceInSentence(table.pair(previousInSentence, end), sums, n * (sentence + 1));
      sentence++;
      // A sentence without a token, or a token across two sentences: each sentence is read on its own below.
      const next = list![sentence];
      if (next === undefined || from < next.start || from >= next.end) whole = false;
      table.startSentence();
      previousInSentence = start;
    }
    if (to > list![sentence]!.end) whole = false;
    if (!whole) continue;
    const offset = n * (sentence + 1);
    table.countOnceInSentence(table.pair(previousInSentence, current), sums, offset);
    table.countOnceInSentence(current, sums, offset);
    previousInSentence = current;
  }
  if (whole && sentence >= 0)
    table.countOnceInSentence(table.pair(previousInSentence, end), sums, n * (sentence + 1));
  const read: TextOdds = { whole: [], bySentence: undefined };
  for (let k = 0; k < n; k++) read.whole.push(odds(sums[k]!));
  if (list === undefined) return read;
  if (list.length === 1) read.bySentence = [read.whole];
  else if (whole && sentence === list.length - 1)
    read.bySentence = list.map((_, i) => {
      const bySentence: number[] = [];
      for (let k = 0; k < n; k++) bySentence.push(odds(sums[n * (i + 1) + k]!));
      return bySentence;
    });
  else read.bySentence = list.map((s) => oddsWith(s.text, table, models).whole);
  return read;
}

/**
 * Models read together (the harm readings, the sarcasm reading and the act readings): the first of them asked
 * about a text reads them all in one pass, and the others find their odds ready. Every reply is read by each of
 * them, and a pass costs as much for fifteen models as for one.
 */
const groups = new WeakMap<PairModel, readonly PairModel[]>();
let lastRead: { text: string; group: readonly PairModel[]; read: TextOdds } | undefined;

/** Registers the models as read together; pass the same list to `pairOddsOfEach`. */
export function readTogether(models: readonly PairModel[]): void {
  for (const model of models) groups.set(model, models);
}

function oddsOfGroup(text: string, group: readonly PairModel[], list?: readonly Sentence[]): TextOdds {
  const last = lastRead;
  if (last?.group === group && last.text === text && (list === undefined || last.read.bySentence))
    return last.read;
  const read = oddsWith(text, tableOf(group, group), group, list);
  lastRead = { text, group, read };
  return read;
}

/** The model's group: the models read with it, or the model alone (kept, so its table is built once). */
function groupOf(model: PairModel): readonly PairModel[] {
  let group = groups.get(model);
  if (!group) {
    group = [model];
    groups.set(model, group);
  }
  return group;
}

/**
 * The model's odds (0–1) that the text does what the model reads: the same sum as over `pairFeatures`
 * (each feature once), read in one pass without building the features, since every reply is read.
 */
export function pairOdds(text: string, model: PairModel): number {
  const group = groupOf(model);
  return oddsOfGroup(text, group).whole[group.indexOf(model)]!;
}

/**
 * The model's odds for the text, and for each of its sentences (`sentences(text)`) read on its own, as
 * `pairOdds` reads each.
 */
export function pairOddsBySentence(
  text: string,
  list: readonly Sentence[],
  model: PairModel,
): { whole: number; bySentence: number[] } {
  const group = groupOf(model);
  const k = group.indexOf(model);
  const read = oddsOfGroup(text, group, list);
  return { whole: read.whole[k]!, bySentence: read.bySentence!.map((each) => each[k]!) };
}

/** Several models read in the same pass: their odds in the order given. Pass the same list each time. */
export function pairOddsOfEach(text: string, models: readonly PairModel[]): number[] {
  return oddsOfGroup(text, models).whole;
}

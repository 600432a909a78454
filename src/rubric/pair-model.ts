import { readingParts } from './text.ts';
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

/**
 * Each model's odds for the whole text, and for each of its sentences (`sentences(text)`) read on its own: per
 * sentence, the odds of the first `columns` models.
 */
type TextOdds = { whole: number[]; bySentence: number[][]; columns: number };

/**
 * Each model's odds (0–1), summed in one pass over the text's tokens and pairs: the same tokens and sentences
 * as `pairFeatures` reads, each looked up in place. The same pass sums each sentence of the text as if it were
 * read alone, for the first `columns` models: the harm readings weigh every sentence of every reply, and a
 * pass per sentence cost as much again as the whole reply's.
 */
function oddsWith(text: string, table: TokenTable, models: readonly PairModel[], columns: number): TextOdds {
  const n = models.length;
  const list = columns > 0 ? readingParts(text) : [];
  const lower = text.replace(CURLY_APOSTROPHE, "'").toLowerCase();
  // Offsets in the lower-cased text stand for the same characters in the text only when its length is kept.
  let inOnePass = list.length > 1 && lower.length === text.length;
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
  for (let i = 0; i < spans.length; i += 2) {
    if (found[i] === SENTENCE_BREAK) {
      table.countOnce(table.pair(previous, end), sums);
      previous = start;
      continue;
    }
    const from = found[i]!;
    const to = found[i + 1]!;
    const current = table.tokenIn(lower, from, to);
    const currentRow = table.rowOfToken(current);
    table.countOnce(table.pair(previous, current), sums);
    table.countOnce(currentRow, sums);
    previous = current;
    if (!inOnePass) continue;
    if (sentence < 0 || from >= list[sentence]!.end) {
      if (sentence >= 0) endSentence(table, previousInSentence, end, n * (sentence + 1), columns);
      sentence++;
      table.startSentence();
      previousInSentence = start;
    }
    // A sentence without a token, or a token across two sentences: each sentence is read on its own below.
    const within = list[sentence];
    if (within === undefined || from < within.start || to > within.end) {
      inOnePass = false;
      continue;
    }
    const offset = n * (sentence + 1);
    table.countOnceInSentence(table.pair(previousInSentence, current), sums, offset, columns);
    table.countOnceInSentence(currentRow, sums, offset, columns);
    previousInSentence = current;
  }
  if (inOnePass && sentence >= 0) endSentence(table, previousInSentence, end, n * (sentence + 1), columns);
  const whole: number[] = [];
  for (let k = 0; k < n; k++) whole.push(odds(sums[k]!));
  const read: TextOdds = { whole, bySentence: [], columns };
  if (list.length === 1) read.bySentence = [whole];
  else if (inOnePass && sentence === list.length - 1)
    read.bySentence = list.map((_, i) => {
      const each: number[] = [];
      for (let k = 0; k < columns; k++) each.push(odds(sums[n * (i + 1) + k]!));
      return each;
    });
  else if (list.length > 1) read.bySentence = list.map((s) => oddsWith(s.text, table, models, 0).whole);
  return read;
}

/** Counts the sentence's closing pair (its last token and the end) into its sums at `offset`. */
function endSentence(table: TokenTable, last: number, end: number, offset: number, columns: number): void {
  table.countOnceInSentence(table.pair(last, end), sums, offset, columns);
}

/**
 * Models read together (the harm readings, the sarcasm reading and the act readings): the first of them asked
 * about a text reads them all in one pass, and the others find their odds ready. Every reply is read by each of
 * them, and a pass costs as much for fifteen models as for one. `sentenceColumns`: how many of them, first in
 * the list, are read sentence by sentence in every pass.
 */
type Group = { models: readonly PairModel[]; sentenceColumns: number };
const groupOfModel = new WeakMap<PairModel, Group>();
const groupOfList = new WeakMap<readonly PairModel[], Group>();
let lastRead: { text: string; group: Group; read: TextOdds } | undefined;

/**
 * Registers the models as read together, the first `sentenceColumns` of them sentence by sentence in every
 * pass; pass the same list to `pairOddsOfEach`.
 */
export function readTogether(models: readonly PairModel[], sentenceColumns = 0): void {
  const group = { models, sentenceColumns };
  groupOfList.set(models, group);
  for (const model of models) groupOfModel.set(model, group);
}

/** The list's group, kept (so its table is built once): registered, or the list read with no sentences. */
function groupOf(models: readonly PairModel[]): Group {
  let group = groupOfList.get(models);
  if (!group) {
    group = { models, sentenceColumns: 0 };
    groupOfList.set(models, group);
  }
  return group;
}

/** The model's group: registered with others, or the model read alone (kept, so its table is built once). */
function modelGroup(model: PairModel): Group {
  let group = groupOfModel.get(model);
  if (!group) {
    group = { models: [model], sentenceColumns: 0 };
    groupOfModel.set(model, group);
  }
  return group;
}

function oddsOfGroup(text: string, group: Group, columns = group.sentenceColumns): TextOdds {
  const last = lastRead;
  if (last?.group === group && last.text === text && last.read.columns >= columns) return last.read;
  const read = oddsWith(text, tableOf(group, group.models), group.models, columns);
  lastRead = { text, group, read };
  return read;
}

/**
 * The model's odds (0–1) that the text does what the model reads: the same sum as over `pairFeatures`
 * (each feature once), read in one pass without building the features, since every reply is read.
 */
export function pairOdds(text: string, model: PairModel): number {
  const group = modelGroup(model);
  return oddsOfGroup(text, group).whole[group.models.indexOf(model)]!;
}

/**
 * The model's odds for the text, and for each of its sentences (`sentences(text)`) read on its own, as
 * `pairOdds` reads each. A model outside its group's sentence columns has its text read again, every model
 * sentence by sentence: the reading that asks it (sarcasm) asks only for the few replies it reads at all.
 */
export function pairOddsBySentence(text: string, model: PairModel): { whole: number; bySentence: number[] } {
  const group = modelGroup(model);
  const k = group.models.indexOf(model);
  const read = oddsOfGroup(
    text,
    group,
    k < group.sentenceColumns ? group.sentenceColumns : group.models.length,
  );
  return { whole: read.whole[k]!, bySentence: read.bySentence.map((each) => each[k]!) };
}

/** Several models read in the same pass: their odds in the order given. Pass the same list each time. */
export function pairOddsOfEach(text: string, models: readonly PairModel[]): number[] {
  return oddsOfGroup(text, groupOf(models)).whole;
}

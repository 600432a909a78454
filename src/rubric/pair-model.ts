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
/** The models' sums while a text is read, kept from one reading to the next: a new typed array costs more. */
let sums = new Float64Array(16);

/**
 * Each model's odds (0–1), summed in one pass over the text's tokens and pairs: the same tokens and
 * sentences as `pairFeatures` reads, each looked up in place.
 */
function oddsWith(text: string, table: TokenTable, models: readonly PairModel[]): number[] {
  // Filled and read in plain loops: `Float64Array.from` and `Array.from` with a function cost more than
  // the rest of a short reply's reading.
  if (sums.length < models.length) sums = new Float64Array(models.length);
  for (let k = 0; k < models.length; k++) sums[k] = models[k]!.bias;
  const start = table.token(START);
  const end = table.token(END);
  table.startReading();
  const lower = text.replace(CURLY_APOSTROPHE, "'").toLowerCase();
  spans.read(lower, true, true);
  const list = spans.spans;
  let previous = start;
  for (let i = 0; i < spans.length; i += 2) {
    if (list[i] === SENTENCE_BREAK) {
      table.countOnce(table.pair(previous, end), sums);
      previous = start;
      continue;
    }
    const current = table.tokenIn(lower, list[i]!, list[i + 1]!);
    table.countOnce(table.pair(previous, current), sums);
    table.countOnce(current, sums);
    previous = current;
  }
  const odds: number[] = [];
  for (let k = 0; k < models.length; k++) odds.push(1 / (1 + Math.exp(-sums[k]!)));
  return odds;
}

/**
 * Models read together (the harm readings and the sarcasm reading): the first of them asked about a text
 * reads them all in one pass, and the others find their odds ready. Every reply is read by each of them, and
 * a pass costs as much for five models as for one.
 */
const groups = new WeakMap<PairModel, readonly PairModel[]>();
let lastRead: { text: string; group: readonly PairModel[]; odds: number[] } | undefined;

/** Registers the models as read together; pass the same list to `pairOddsOfEach`. */
export function readTogether(models: readonly PairModel[]): void {
  for (const model of models) groups.set(model, models);
}

function oddsOfGroup(text: string, group: readonly PairModel[]): number[] {
  if (lastRead?.group === group && lastRead.text === text) return lastRead.odds;
  const odds = oddsWith(text, tableOf(group, group), group);
  lastRead = { text, group, odds };
  return odds;
}

/**
 * The model's odds (0–1) that the text does what the model reads: the same sum as over `pairFeatures`
 * (each feature once), read in one pass without building the features, since every reply is read.
 */
export function pairOdds(text: string, model: PairModel): number {
  const group = groups.get(model);
  if (group) return oddsOfGroup(text, group)[group.indexOf(model)]!;
  return oddsWith(text, tableOf(model, [model]), [model])[0]!;
}

/** Several models read in the same pass: their odds in the order given. Pass the same list each time. */
export function pairOddsOfEach(text: string, models: readonly PairModel[]): number[] {
  return oddsOfGroup(text, models);
}

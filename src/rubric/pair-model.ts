import type { PairModel } from './types.ts';

export type { PairModel };

// A text read by a small logistic model over its tokens and neighbouring token pairs: the sarcasm reading
// and the harm readings share it. Each token and pair counts once a text.

const CURLY_APOSTROPHE = /[\u2018\u2019\u201B\u2032\u00B4`]/g;
const SENTENCE_END = /(?<=[.!?…])\s+/u;
const TOKEN = /[\p{L}\p{N}']+|[?!]/gu;

/**
 * Each token and each pair of neighbouring tokens once, per sentence, with the sentence's start and end
 * as tokens of their own: "<s> goh" is an opening, "hè ? </s>" a closing tag. Question and exclamation
 * marks count as tokens. One model reads both languages: their words rarely meet, their marks do.
 */
export function pairFeatures(text: string): Set<string> {
  const features = new Set<string>();
  const sentences = text.replace(CURLY_APOSTROPHE, "'").toLowerCase().split(SENTENCE_END);
  for (const sentence of sentences) {
    let previous = '<s>';
    for (const token of sentence.match(TOKEN) ?? []) {
      features.add(token);
      features.add(`${previous} ${token}`);
      previous = token;
    }
    features.add(`${previous} </s>`);
  }
  return features;
}

/**
 * The weights of a token or pair, one per model read together, and the last reading that counted it, so
 * each token and pair counts once a text without a set.
 */
type Counted = { weights: Float64Array; seenIn: number };
/** A token's weights and the weights of the pairs it starts, so a pair is found without building its key. */
type TokenNode = Counted & { next: Map<string, Counted> };

/** Per model, or per list of models read together: the lookup built from their weights. */
const lookups = new WeakMap<object, Map<string, TokenNode>>();
let readings = 0;

function lookupOf(key: object, models: readonly PairModel[]): Map<string, TokenNode> {
  const lookup = lookups.get(key);
  if (lookup) return lookup;
  const nodes = new Map<string, TokenNode>();
  const node = (token: string) => {
    let found = nodes.get(token);
    if (!found) {
      found = { weights: new Float64Array(models.length), next: new Map(), seenIn: 0 };
      nodes.set(token, found);
    }
    return found;
  };
  models.forEach((model, k) => {
    for (const [feature, weight] of Object.entries(model.weights)) {
      const space = feature.indexOf(' ');
      if (space < 0) {
        node(feature).weights[k] = weight;
        continue;
      }
      const from = node(feature.slice(0, space));
      const second = feature.slice(space + 1);
      let pair = from.next.get(second);
      if (!pair) {
        pair = { weights: new Float64Array(models.length), seenIn: 0 };
        from.next.set(second, pair);
      }
      pair.weights[k] = weight;
    }
  });
  lookups.set(key, nodes);
  return nodes;
}

/** Each model's odds (0–1), summed in one pass over the text's tokens and pairs. */
function oddsWith(text: string, nodes: Map<string, TokenNode>, models: readonly PairModel[]): number[] {
  const reading = ++readings;
  const k = models.length;
  const sums = new Float64Array(k);
  for (let i = 0; i < k; i++) sums[i] = models[i]!.bias;
  const start = nodes.get('<s>');
  for (const sentence of text.replace(CURLY_APOSTROPHE, "'").toLowerCase().split(SENTENCE_END)) {
    let previous = start;
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(sentence); match !== null; match = TOKEN.exec(sentence)) {
      const token = match[0];
      const pair = previous?.next.get(token);
      if (pair !== undefined && pair.seenIn !== reading) {
        pair.seenIn = reading;
        for (let i = 0; i < k; i++) sums[i]! += pair.weights[i]!;
      }
      const current = nodes.get(token);
      if (current !== undefined && current.seenIn !== reading) {
        current.seenIn = reading;
        for (let i = 0; i < k; i++) sums[i]! += current.weights[i]!;
      }
      previous = current;
    }
    const end = previous?.next.get('</s>');
    if (end !== undefined && end.seenIn !== reading) {
      end.seenIn = reading;
      for (let i = 0; i < k; i++) sums[i]! += end.weights[i]!;
    }
  }
  return Array.from(sums, (sum) => 1 / (1 + Math.exp(-sum)));
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
  const odds = oddsWith(text, lookupOf(group, group), group);
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
  return oddsWith(text, lookupOf(model, [model]), [model])[0]!;
}

/** Several models read in the same pass: their odds in the order given. Pass the same list each time. */
export function pairOddsOfEach(text: string, models: readonly PairModel[]): number[] {
  return oddsOfGroup(text, models);
}

import { SARCASM_MODEL } from './sarcasm-weights.ts';
import { type Sentence, sentences } from './text.ts';
import type { SarcasmModel } from './types.ts';

// Sarcasm read by a small model learnt from labelled replies: mock praise, mock sympathy, mock thanks
// next to their sincere look-alikes, written by many reviewers. The rules name the devices they know
// ("knap hoor", an echo asked back); sarcasm has more devices than rules, and the words around them
// carry much of it. Learnt offline (`npm run rubric:learn-sarcasm -- --write`), read here as fixed
// weights: the same reply always reads the same way.

const CURLY_APOSTROPHE = /[\u2018\u2019\u201B\u2032\u00B4`]/g;
const SENTENCE_END = /(?<=[.!?…])\s+/u;
const TOKEN = /[\p{L}\p{N}']+|[?!]/gu;

/**
 * Each token and each pair of neighbouring tokens once, per sentence, with the sentence's start and end
 * as tokens of their own: "<s> goh" is an opening, "hè ? </s>" a closing tag. Question and exclamation
 * marks count as tokens. One model reads both languages: their words rarely meet, their marks do.
 */
export function sarcasmFeatures(text: string): Set<string> {
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
 * A weight and the last reading that counted it, so each token and pair counts once a text without a set.
 */
type Counted = { weight: number; seenIn: number };
/** A token's weight and the weights of the pairs it starts, so a pair is found without building its key. */
type TokenNode = Counted & { next: Map<string, Counted> };

const lookups = new WeakMap<SarcasmModel, Map<string, TokenNode>>();
let readings = 0;

function lookupOf(model: SarcasmModel): Map<string, TokenNode> {
  let lookup = lookups.get(model);
  if (lookup) return lookup;
  const nodes = new Map<string, TokenNode>();
  const node = (token: string) => {
    let found = nodes.get(token);
    if (!found) {
      found = { weight: 0, next: new Map(), seenIn: 0 };
      nodes.set(token, found);
    }
    return found;
  };
  for (const [feature, weight] of Object.entries(model.weights)) {
    const space = feature.indexOf(' ');
    if (space < 0) node(feature).weight = weight;
    else node(feature.slice(0, space)).next.set(feature.slice(space + 1), { weight, seenIn: 0 });
  }
  lookup = nodes;
  lookups.set(model, lookup);
  return lookup;
}

/**
 * The model's odds (0–1) that the text mocks while its words look kind: the same sum as over
 * `sarcasmFeatures` (each feature once), read in one pass without building the features, since every
 * reply of two sentences is read.
 */
export function sarcasmOdds(text: string, model: SarcasmModel = SARCASM_MODEL): number {
  const nodes = lookupOf(model);
  const reading = ++readings;
  let sum = model.bias;
  const count = (counted: Counted | undefined) => {
    if (!counted || counted.seenIn === reading) return;
    counted.seenIn = reading;
    sum += counted.weight;
  };
  for (const sentence of text.replace(CURLY_APOSTROPHE, "'").toLowerCase().split(SENTENCE_END)) {
    let previousNode = nodes.get('<s>');
    for (const [token] of sentence.matchAll(TOKEN)) {
      const current = nodes.get(token);
      count(previousNode?.next.get(token));
      count(current);
      previousNode = current;
    }
    count(previousNode?.next.get('</s>'));
  }
  return 1 / (1 + Math.exp(-sum));
}

/**
 * A reply of one sentence is left to the rules: too few words to tell a jibe from terse praise ("Knap dat
 * je het zo snel gefikst hebt."); read by the model, two dozen of the rules' own sincere examples mocked.
 */
const MIN_SENTENCES = 2;

export type MockingReading = { mocks: boolean; sentence: Sentence | undefined };

/**
 * Does the reply mock, and which sentence carries it most. Read on the whole reply, not sentence by
 * sentence: one sentence holds too few words (read per sentence as well, the folds found six times as
 * many sincere ranking replies mocking).
 */
export function readMocking(text: string, model: SarcasmModel = SARCASM_MODEL): MockingReading {
  const parts = sentences(text);
  if (parts.length < MIN_SENTENCES || sarcasmOdds(text, model) <= model.threshold)
    return { mocks: false, sentence: undefined };
  let most: { sentence: Sentence | undefined; odds: number } = { sentence: undefined, odds: -1 };
  for (const sentence of parts) {
    const odds = sarcasmOdds(sentence.text, model);
    if (odds > most.odds) most = { sentence, odds };
  }
  return { mocks: true, sentence: most.sentence };
}

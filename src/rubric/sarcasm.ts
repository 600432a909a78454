import { type PairModel, pairOdds, pairOddsBySentence } from './pair-model.ts';
import { SARCASM_MODEL } from './sarcasm-weights.ts';
import { readingParts, type Sentence } from './text.ts';

// Sarcasm read by a small model learnt from labelled replies: mock praise, mock sympathy, mock thanks
// next to their sincere look-alikes, written by many reviewers. The rules name the devices they know
// ("knap hoor", an echo asked back); sarcasm has more devices than rules, and the words around them
// carry much of it. Learnt offline (`npm run rubric:learn-sarcasm -- --write`), read here as fixed
// weights: the same reply always reads the same way.

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
export function readMocking(text: string, model: PairModel = SARCASM_MODEL): MockingReading {
  const parts = readingParts(text);
  if (parts.length < MIN_SENTENCES || pairOdds(text, model) <= model.threshold)
    return { mocks: false, sentence: undefined };
  let most: { sentence: Sentence | undefined; odds: number } = { sentence: undefined, odds: -1 };
  const { bySentence } = pairOddsBySentence(text, model);
  for (const [i, sentence] of parts.entries())
    if (bySentence[i]! > most.odds) most = { sentence, odds: bySentence[i]! };
  return { mocks: true, sentence: most.sentence };
}

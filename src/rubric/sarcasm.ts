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

/**
 * `sincere`: the model reads the reply as plainly meant, well below its threshold. Then the rules' cues of sarcasm
 * give way to it: "Great job getting the figures fixed so fast, Josh, really. And you shouldn't have had to: the
 * mistake was in my file" and "Knap hoor, die wijkanalyse, daar had De Linden zelf nog niet aan gedacht." hold praise
 * next to a failure and a "knap hoor" the rules read as a jibe, and the model, learnt from mock praise beside its
 * sincere look-alikes, reads the whole reply as praise.
 */
export type MockingReading = { mocks: boolean; sincere?: boolean; sentence: Sentence | undefined };

/**
 * Swept on the training and older validation suites at a twenty-eighth stop: below 0.05, 0.1 or 0.2 the sixteen older
 * validation suites gained 8 cases and the training sets 18, none lost; below 0.02 or 0.3, one case fewer.
 */
const SINCERE_BELOW = 0.05;

/**
 * Does the reply mock, and which sentence carries it most. Read on the whole reply, not sentence by
 * sentence: one sentence holds too few words (read per sentence as well, the folds found six times as
 * many sincere ranking replies mocking).
 */
export function readMocking(text: string, model: PairModel = SARCASM_MODEL): MockingReading {
  if (lastReading?.text === text && lastReading.model === model) return lastReading.reading;
  const reading = readOnce(text, model);
  lastReading = { text, model, reading };
  return reading;
}

/** The last reply read: the rules (moves/reading.ts) and the act readings (act-reading.ts) ask about it in turn. */
let lastReading: { text: string; model: PairModel; reading: MockingReading } | undefined;

function readOnce(text: string, model: PairModel): MockingReading {
  const parts = readingParts(text);
  if (parts.length < MIN_SENTENCES) return { mocks: false, sentence: undefined };
  const odds = pairOdds(text, model);
  if (odds <= model.threshold) return { mocks: false, sincere: odds < SINCERE_BELOW, sentence: undefined };
  let most: { sentence: Sentence | undefined; odds: number } = { sentence: undefined, odds: -1 };
  const { bySentence } = pairOddsBySentence(text, model);
  for (const [i, sentence] of parts.entries())
    if (bySentence[i]! > most.odds) most = { sentence, odds: bySentence[i]! };
  return { mocks: true, sentence: most.sentence };
}

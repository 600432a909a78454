import { describe, expect, it } from 'vitest';
import { HARM_TRAINING_SETS } from './fixtures/harm-training.ts';
import { LEARNED_TRAINING_SETS } from './fixtures/learned-training.ts';
import { HARM_MODELS } from './harm-weights.ts';
import { pairOdds, pairOddsBySentence } from './pair-model.ts';
import { SARCASM_MODEL } from './sarcasm-weights.ts';
import { sentences } from './text.ts';
import './harm.ts';

// A reply and each of its sentences are read in one pass: each sentence's odds must be exactly what reading
// that sentence on its own gives, whatever the text's sentences look like.

const EDGES = [
  // A number cut by the sentence split, an ellipsis, closing quotes, a sentence with no word in it.
  'We stop at 3.8 percent. That is final… "No." Then we talk.',
  'Fine. -- . Really?! Yes!',
  // An apostrophe that joins two sentences into one token; a letter whose lower case is longer.
  "He said 'no.'Then he left. OK.",
  'İstanbul is late. Sorry, Rachel.',
  // Curly apostrophes, a sentence of marks only, line breaks.
  'I’m sorry.\nIt’s on me!\n?! Let’s talk.',
];

describe('reading a text and its sentences in one pass', () => {
  const replies = [
    ...EDGES,
    ...HARM_TRAINING_SETS.flatMap((set) => set.cases.map((c) => c.reply)).slice(0, 400),
    ...LEARNED_TRAINING_SETS.flatMap(([, groups]) => groups.flatMap((g) => g.good)).slice(0, 400),
  ];

  it.each([
    ['grouped (a harm reading)', HARM_MODELS.blames],
    ['grouped (the sarcasm reading)', SARCASM_MODEL],
    ['alone', { ...HARM_MODELS.contempt }],
  ])('gives each sentence the odds it has read alone: %s', (_, model) => {
    for (const reply of replies) {
      const list = sentences(reply);
      const read = pairOddsBySentence(reply, model);
      expect(read.whole, reply).toBe(pairOdds(reply, model));
      const alone = list.length === 1 ? [read.whole] : list.map((s) => pairOdds(s.text, model));
      expect(read.bySentence, reply).toEqual(alone);
    }
  });
});

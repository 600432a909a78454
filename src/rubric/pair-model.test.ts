import { describe, expect, it } from 'vitest';
import { HARM_TRAINING_SETS } from './fixtures/harm-training.ts';
import { LEARNED_TRAINING_SETS } from './fixtures/learned-training.ts';
import { HARM_MODELS } from './harm-weights.ts';
import { pairOdds, pairOddsBySentence } from './pair-model.ts';
import { SARCASM_MODEL } from './sarcasm-weights.ts';
import { readingParts } from './text.ts';
import './harm.ts';

// A reply and each of its reading parts (its sentences, cut again where one turns: "…, but …") are read in one
// pass: each part's odds must be exactly what reading that part on its own gives, whatever the text looks like.

const EDGES = [
  // A number cut by the sentence split, an ellipsis, closing quotes, a sentence with no word in it.
  'We stop at 3.8 percent. That is final… "No." Then we talk.',
  'Fine. -- . Really?! Yes!',
  // An apostrophe that joins two sentences into one token; a letter whose lower case is longer.
  "He said 'no.'Then he left. OK.",
  'İstanbul is late. Sorry, Rachel.',
  // Curly apostrophes, a sentence of marks only, line breaks.
  'I’m sorry.\nIt’s on me!\n?! Let’s talk.',
  // Turns within a sentence, a short aside that stays with its sentence.
  'I know you have felt sidelined since the restructure, but that is done and dusted now. Ja, maar goed.',
  'Ik snap dat je teleurgesteld bent na negen jaar, al ben je dit over een paar weken weer vergeten.',
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
  ])(
    'gives each reading part (a sentence, cut again where it turns) the odds it has read alone: %s',
    (_, model) => {
      for (const reply of replies) {
        const list = readingParts(reply);
        const read = pairOddsBySentence(reply, model);
        expect(read.whole, reply).toBe(pairOdds(reply, model));
        const alone = list.length === 1 ? [read.whole] : list.map((s) => pairOdds(s.text, model));
        expect(read.bySentence, reply).toEqual(alone);
      }
    },
  );
});

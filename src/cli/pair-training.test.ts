import { describe, expect, it } from 'vitest';
import { pairFeatures, pairOdds } from '../rubric/pair-model.ts';
import { type PairExample, trainPairModel } from './pair-training.ts';

// A harm is labelled per reply, while it is done in one of its sentences: learnt as a bag of sentences, the
// model steps on the sentence it reads as the harm most, and the kind sentences around it stay kind.

const KIND = [
  'Thank you for telling me.',
  'I am glad you came to me first.',
  'Take the time you need.',
  'Your analysis was strong.',
];
const HARM = [
  'That will come up in your review.',
  'This goes on your record.',
  'Remember who writes your review.',
];
const settings = { lambda: 3e-4, epochs: 15, rate: 0.1 };
const features = (text: string) => [...pairFeatures(text)];

describe('learning a pair model from bags of sentences', () => {
  const negatives: PairExample[] = KIND.map((text) => ({
    features: features(text),
    positive: false,
    weight: 1,
  }));
  // Each harmful reply: the same kind sentence before a harmful one, labelled as a whole. Learnt whole, the
  // kind sentence is in more harmful replies than kind ones and reads as the harm too.
  const replies = HARM.map((harm) => [KIND[0]!, harm]);

  it('reads the harmful sentence, not the kind one glued to it', () => {
    const bags: PairExample[] = replies.map((sentences) => ({
      features: [],
      positive: true,
      weight: 1,
      instances: sentences.map(features),
    }));
    const model = trainPairModel([...negatives, ...bags], settings, 0.5);
    for (const harm of HARM) expect(pairOdds(harm, model)).toBeGreaterThan(0.5);
    for (const kind of KIND) expect(pairOdds(kind, model)).toBeLessThan(0.5);
    const whole = replies.map((sentences) => ({
      features: features(sentences.join(' ')),
      positive: true,
      weight: 1,
    }));
    const learntWhole = trainPairModel([...negatives, ...whole], settings, 0.5);
    expect(pairOdds(KIND[0]!, learntWhole)).toBeGreaterThan(pairOdds(KIND[0]!, model));
  });

  it('learns the same weights from the same examples', () => {
    const examples = [
      ...negatives,
      ...replies.map((s) => ({ features: features(s.join(' ')), positive: true, weight: 1 })),
    ];
    expect(trainPairModel(examples, settings, 0.5)).toEqual(trainPairModel(examples, settings, 0.5));
  });
});

import { ACT_MODELS } from './act-weights.ts';
import type { Signal, SignalId } from './moves/signals.ts';
import { pairOdds, pairOddsBySentence } from './pair-model.ts';
import type { Sentence } from './text.ts';
import type { ActModels, ReadAct } from './types.ts';

// Kind acts said in words no rule lists, read by small models learnt from labelled replies: praise by what
// the other did ("your onboarding post didn't go unnoticed"), a no said as a fact ("3.8 is where it
// stops"), ownership in the writer's own words ("that one's on me, not the machine"), a feeling named
// through the other's own words. The negation training sets showed that most of the rules' misses there
// are sincere acts, not negated ones read wrongly. A recall aid beside the rules, never against them: a
// reading adds an act only where the rules found none of it, and the rules' readings of harm, sarcasm and
// negation still win over it (moves/detect.ts's suppressions). Learnt offline
// (`npm run rubric:learn-acts -- --write`) from the labelled adversarial training material, with the ranking
// replies the rules read as not doing the act as replies that do not; read here as fixed weights.

export const READ_ACTS = [
  'appreciation',
  'clear-no',
  'takes-ownership',
  'acknowledges-feeling',
  'concrete-next-step',
  'invites-ownership',
  'invites-talk',
  'offers-alternative',
] as const satisfies readonly ReadAct[];
export type { ActModels, ReadAct };

/**
 * The acts the models read in the text that the rules did not find, each on the sentence that carries it
 * most: there the reply shows what earned it. `matched`: what the rules' phrases matched; `read`: what the
 * rules read them as meaning. An act the rules matched and read away (negated, reported, mocked) stays away.
 */
export function readActs(
  text: string,
  list: Sentence[],
  matched: readonly Signal[],
  read: readonly Signal[],
  models: ActModels = ACT_MODELS,
): Signal[] {
  const acts = READ_ACTS.filter(
    (act) =>
      !matched.some((s) => s.id === act) &&
      !read.some((s) => s.id === act) &&
      pairOdds(text, models[act]) > models[act].threshold,
  );
  if (acts.length === 0 || list.length === 0) return [];
  // Every sentence's odds come from the pass that read the whole reply (see pair-model.ts).
  const most = acts.map(() => ({ sentence: list[0]!, odds: -1 }));
  if (list.length > 1)
    acts.forEach((act, k) => {
      const { bySentence } = pairOddsBySentence(text, models[act]);
      for (const [i, sentence] of list.entries())
        if (bySentence[i]! > most[k]!.odds) most[k] = { sentence, odds: bySentence[i]! };
    });
  return acts.flatMap((act, k) => {
    const { start, end } = most[k]!.sentence;
    const contradicted = read.some(
      (s) => CONTRADICTED_BY[act]?.has(s.id) === true && s.start < end && start < s.end,
    );
    return contradicted ? [] : [{ id: act, start, end, learned: 'act' as const }];
  });
}

/**
 * Praise, sympathy or ownership the models read in a sentence the rules read as an attack is no kind act: "Je
 * hebt jezelf hier zelf in de nesten gewerkt" reads, word by word, like "je hebt hard gewerkt".
 */
const CONTRADICTED_BY: Partial<Record<ReadAct, ReadonlySet<SignalId>>> = {
  appreciation: new Set(['blames', 'contempt', 'threatens']),
  // "Dat was fout van jou" reads, word by word, like "dat was fout van mij".
  'takes-ownership': new Set(['blames']),
  'acknowledges-feeling': new Set(['blames', 'contempt', 'threatens', 'dismisses']),
};

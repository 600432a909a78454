import { ACT_MODELS } from './act-weights.ts';
import { formDenies } from './harm-forms.ts';
import { HARM_MODELS } from './harm-weights.ts';
import { meantAfter } from './moves/reading.ts';
import type { Signal, SignalId } from './moves/signals.ts';
import { pairOddsBySentence, pairOddsOfEach, readTogether } from './pair-model.ts';
import { SARCASM_MODEL } from './sarcasm-weights.ts';
import { type Sentence, words } from './text.ts';
import type { HarmAct, HarmModels, PairModel } from './types.ts';

// Harm read by small models learnt from labelled replies, beside the rules: blame, a defence, a feeling
// waved away, giving in, a threat, contempt, said in words no rule lists ("HR and the panel decided, not
// me", "twelve it is then", "at a new supplier you'd be months without film"). The rules know each harm by
// its phrases; the negation and harm training sets showed that most of their misses are harms said in words
// of the writer's own. Learnt offline (`npm run rubric:learn-harm -- --write`) from the adversarial training
// material, with the good and fair replies of the ranking sets as replies that do no harm; read here as
// fixed weights.

export const HARM_ACTS = [
  'blames',
  'defensive',
  'dismisses',
  'gives-in',
  'threatens',
  'contempt',
] as const satisfies readonly HarmAct[];
export type { HarmAct, HarmModels };

/**
 * The models in `HARM_ACTS` order, the same list each time. The engine's own models are read together with
 * the act readings (act-reading.ts) and the sarcasm reading after them (see `readTogether`): every reply is
 * read by all of them in one pass, which reads each of its sentences by the harm and act readings too (the act
 * readings look for an act in one sentence of most replies; a second pass for them cost twice as much).
 */
const listed = new WeakMap<HarmModels, PairModel[]>();
function listOf(models: HarmModels): PairModel[] {
  let list = listed.get(models);
  if (!list) {
    list = HARM_ACTS.map((act) => models[act]);
    if (models === HARM_MODELS) {
      list.push(...Object.values(ACT_MODELS), SARCASM_MODEL);
      readTogether(list, list.length - 1);
    }
    listed.set(models, list);
  }
  return list;
}
listOf(HARM_MODELS);

/** Each model's odds for the text, in `HARM_ACTS` order. */
export function harmOdds(text: string, models: HarmModels = HARM_MODELS): number[] {
  return pairOddsOfEach(text, listOf(models)).slice(0, HARM_ACTS.length);
}

/**
 * Where the rules read a sentence as an act that the harm would contradict, their reading stands: "Joh, het
 * is al goed, zand erover" glosses over an apology (the rules' cue), it waves no feeling away; "I'm not
 * saying it wasn't my fault" owns the fault.
 */
const CONTRADICTED_BY: Record<HarmAct, ReadonlySet<SignalId>> = {
  blames: new Set(['takes-ownership', 'apology-with-responsibility']),
  defensive: new Set(['takes-ownership', 'apology-with-responsibility']),
  dismisses: new Set(['glosses-over', 'forgives', 'offers-support', 'acknowledges-feeling', 'condolence']),
  'gives-in': new Set(['clear-no', 'offers-alternative']),
  // A threat contradicts no act: it is made after the kindest words as easily as after none (but see
  // `leadsToSupport`).
  threatens: new Set(),
  // Praise the rules read as sincere stays praise: read alone, the model took effusive but sincere praise
  // for contempt. Praise that mocks is the sarcasm reading's to find.
  contempt: new Set(['appreciation']),
};

/**
 * How far below its threshold a model may read a part the rules read as that act, and still make it a harm. The
 * rules find the act ("it wasn't my call, the client fixed it", "Martin should never have raised it like that");
 * whether it harms here is the models' to say, and with the rules' reading beside them less doubt is left. Swept
 * on the training sets at a sixteenth stop (blame, a defence and giving in: the rules' other harms count as harms
 * anyway): at 0.3 the harm training sets gained 7 cases and the training ranking lost 1 pair. With a looser
 * placing first tried (the whole reply's odds standing for the rules' part), 0.1 and 0.2 gained 3 fewer than 0.3,
 * and 0.5 (blame's threshold would be 0.15) 1 more.
 */
const RULED_MARGIN = 0.3;

/**
 * Contempt is not read in a part of fewer than seven words of a longer reply: a part that short holds too few
 * words to tell a jibe from a plain opener ("Het rapport voor De Linden, hè?" read 0.91 once contempt was learnt
 * with three more labelled suites, at a seventeenth stop). Read whole, a short reply still can be. At contempt's
 * threshold then (0.9), the training sets gained 4 (the ranking 2 pairs, the suites 1, harm 1) and lost nothing;
 * at 0.85, 5 words and 7 gained alike.
 */
const CONTEMPT_MIN_WORDS = 7;

/**
 * The harms the models read in the text (`found`: the rules' signals), each on the part that carries it most
 * (`list`: the reply's reading parts, its sentences cut again where one turns, text.ts): there the reply shows
 * where it cost points. Where the rules found the act, one of their parts also counts when it reads the harm a
 * little less surely (`RULED_MARGIN`).
 *
 * A harm is read in the whole reply or in any one part, at the same threshold: read whole, the kind words
 * glued around a harm pull its odds down, and read by sentence, the kind clause before "…, al ben je dit over
 * een paar weken vergeten" does too. Each labelled set left out in turn (`npm run rubric:learn-harm`), the
 * harm training sets' harms caught read whole: blame 35 of 217, a threat 43 of 273, contempt 41 of 283; read
 * also sentence by sentence: 91, 93 and 61, with one good or fair ranking reply of 1,639 more read as a threat
 * and one as contempt.
 */
export function readHarms(
  text: string,
  list: Sentence[],
  found: readonly Signal[],
  models: HarmModels = HARM_MODELS,
): Signal[] {
  const read: Signal[] = [];
  // A plain loop with the helpers outside it: a closure made per act and per reply was renamed on each making
  // by the loader (`__name`), a fiftieth of the rubric's time.
  for (const act of HARM_ACTS) {
    const { whole, bySentence } = pairOddsBySentence(text, models[act]);
    const ruled = found.filter((s) => s.id === act);
    const { threshold } = models[act];
    // The part that carries the harm most, and the one of the rules' parts that does (see `RULED_MARGIN`).
    let most: Sentence | undefined;
    let mostOdds = -1;
    let ruledMost: Sentence | undefined;
    let ruledOdds = -1;
    for (const [i, sentence] of list.entries()) {
      if (bySentence[i]! > mostOdds && !tooShortFor(act, sentence, text, list))
        [most, mostOdds] = [sentence, bySentence[i]!];
      if (bySentence[i]! > ruledOdds && holdsAny(ruled, sentence))
        [ruledMost, ruledOdds] = [sentence, bySentence[i]!];
    }
    // Where the rules read the act too, the reading adds only that what the rules read in their part is a harm,
    // on the rules' words: "the next lead role is yours" gives in by the rules, and counts as a harm when the
    // model reads it so too; "Sure, no problem" stays the quote of "Sure, no problem, we'll squeeze it in." A harm
    // the model reads in another part than the rules' is theirs.
    let part: Sentence | undefined;
    if (most && Math.max(whole, mostOdds) > threshold && (ruled.length === 0 || holdsAny(ruled, most)))
      part = most;
    else if (ruledMost && ruledOdds > threshold - RULED_MARGIN) part = ruledMost;
    if (!part) continue;
    const { start, end } = part;
    const same = ruled.find((s) => s.start < end && start < s.end);
    if (found.some((s) => CONTRADICTED_BY[act].has(s.id) && s.start < end && start < s.end)) continue;
    if (act === 'threatens' && leadsToSupport(text, start, end, found)) continue;
    // "You're a hero for even being in the office this week. I mean that.": praise vouched for is not a jibe.
    if (act === 'contempt' && meantAfter(text.slice(end))) continue;
    if (formDenies(act, text.slice(start, end))) continue;
    read.push({ id: act, start: same?.start ?? start, end: same?.end ?? end, learned: 'harm' });
  }
  return read;
}

/** Does any of the rules' signals overlap the part? */
function holdsAny(ruled: readonly Signal[], part: Sentence): boolean {
  return ruled.some((s) => s.start < part.end && part.start < s.end);
}

/** A part too short to carry contempt on its own; its words are counted only for a part that would carry it most. */
function tooShortFor(act: HarmAct, part: Sentence, text: string, list: readonly Sentence[]): boolean {
  return (
    act === 'contempt' &&
    list.length > 1 &&
    words(text.slice(part.start, part.end)).length < CONTEMPT_MIN_WORDS
  );
}

/**
 * A condition that leads to support is no threat: "Als je nog een keer twijfelt, laat ik je niet meer alleen
 * ploeteren." The support the rules read closes the sentence, after its condition. Support said before a
 * threat in the same sentence ("I want to help you, and if another draft like this reaches me, it goes to HR")
 * leaves the threat standing.
 */
function leadsToSupport(text: string, start: number, end: number, found: readonly Signal[]): boolean {
  return found.some(
    (s) =>
      s.id === 'offers-support' &&
      s.start > start &&
      s.end <= end &&
      /^[\s.!?…]*$/u.test(text.slice(s.end, end)),
  );
}

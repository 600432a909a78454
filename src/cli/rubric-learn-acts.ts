// npm run rubric:learn-acts [-- --write] [-- --quick]: learns the act readings (src/rubric/act-reading.ts), one
// model per act, from the labelled adversarial training material, and measures them first: each set is left
// out in turn (with one ranking set beside it), the models are trained on the rest and read on what was left
// out. Printed per act: of the cases that do the act and that the rules miss, how many the model catches; of
// the cases that must not read as it, how many it reads; and how many ranking replies of each rating it adds
// the act to (the rules read none of it there).
//
// Only training material is read: the labelled adversarial training sets and the ranking training sets.
// Never a held-out or validation set. `--quick` writes the models without the folds.
import { parseArgs } from 'node:util';
import { READ_ACTS, type ReadAct } from '../rubric/act-reading.ts';
import { ACT_MODELS } from '../rubric/act-weights.ts';
import { openingHistory } from '../rubric/calibrate.ts';
import { LABELLED_TRAINING_SETS as LABELLED } from '../rubric/fixtures/labelled-training.ts';
import { LEARNED_TRAINING_SETS } from '../rubric/fixtures/learned-training.ts';
import type { Language } from '../rubric/ids.ts';
import { detectSignals } from '../rubric/moves/detect.ts';
import { pairFeatures, pairOdds } from '../rubric/pair-model.ts';
import type { PairModel } from '../rubric/types.ts';
import { readLibrarySync } from '../scenarios/library-files.ts';
import { onlyActs, trainPairModel, writePairModels } from './pair-training.ts';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    // `--only appreciation,takes-ownership`: learn these acts again and keep the others' models as they are.
    only: { type: 'string' },
  },
});

/**
 * L2 per step, passes over the data and base step as the other readings; `rankingWeight`: the weight of a
 * ranking reply the rules read as not doing the act, against a labelled case. Without those replies a model
 * learns only labelled cases apart and reads the act into most plain replies (self-disclosure into seven of
 * ten good ones); at 0.2 the folds kept most of what it catches.
 */
const SETTINGS = { lambda: 1e-3, epochs: 15, rate: 0.1, rankingWeight: 0.2 };
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
/**
 * Per act, chosen with the folds: the lowest threshold at which the models read at most about one in a
 * hundred of the cases that must not be read as the act, and leave the rules' own unit examples alone (an
 * invitation to talk read 0.82 in "I can hear how hard this is for you, Chris.", which names a feeling). Learnt
 * again at a fifteenth stop with the sets of the fourteenth, a no read 0.81 and 0.82 in "No, I'm not going to
 * sugar-coat it: we let you down." and "Ik ga niet doen alsof ik weet hoe dat voor je is.", ownership 0.71 in
 * "Dat is mijn deel van het werk, en de planning is van jou.": they go to 0.85 and 0.75. Learnt again at a
 * twenty-first stop with the suites 2026-12zzo, zzp and zzr among the training sets, at these thresholds: the
 * training suites gained 19 cases (zzo 147 → 158), but the validation suites did not move (2026-12zzs +2, zzt −2,
 * the ranking 2026-12x −1 pair), the praise "Nobody on this team writes a clearer brief than you, Emily." was no
 * longer read as appreciation and a reply's evidence praised a principle it scored low: the models stay as
 * learnt at the seventeenth stop. Learnt again at a twenty-sixth stop with the probe suites of two stops (2026-12zzze
 * and zzzg) among the training sets: all eight acts together gained the validation suites 19 cases, but an invitation
 * to talk was read in "I can hear how hard this is for you, Chris." (so the feedback's invariant lost its low
 * principle), "I understand how frustrating this is…" lost its feeling, and a next step was read in "Take whatever
 * time you need." (a stock-phrase string in 2026-12's development suite scored 53). Learnt again without those three
 * (`--only appreciation,clear-no,takes-ownership,invites-ownership,offers-alternative`), the validation suites gain
 * the same 19 (2026-12zzzj gives up one), the ranking 2026-12x and the harm validation sets stay as they were.
 * Four acts were added at a twenty-seventh stop (offers-support, hedges, reflects, self-disclosure), at 0.7 like most
 * of the others, set without the folds (for four acts they ran past twenty minutes): learnt without their probes
 * (2026-12zzzn), the validation suites gained 16 cases and lost none; at 0.6 and 0.8 the suites read 3 more and 3 fewer
 * than at 0.7. Learnt with them, hedging was read 0.85 in "It's not that I don't care, but the date stands.": it
 * goes to 0.9, which cost the validation suites 2 of their gain. A feeling named was learnt again at a thirtieth stop
 * with that stop's probes (2026-12zzzq: sincere sympathy and praise said in ways that look ironic, and their mocking
 * twins), alone (`--only acknowledges-feeling`): the twenty-two older validation suites gained 5 cases (which makes them
 * a development set for this choice), the training sets 9. It read two unit examples below its bar ("I understand how
 * frustrating this is, …" 0.33, "Ik ga niet doen alsof ik weet hoe dit voor je is." 0.55); the rules read both kinds of
 * wording now, in both languages. Praise learnt again with the same probes read the validation suites one case fewer and
 * is kept as it was.
 */
const THRESHOLD: Record<ReadAct, number> = {
  appreciation: 0.7,
  'clear-no': 0.85,
  'takes-ownership': 0.75,
  'acknowledges-feeling': 0.6,
  'concrete-next-step': 0.7,
  'invites-ownership': 0.7,
  'invites-talk': 0.9,
  'offers-alternative': 0.6,
  'offers-support': 0.7,
  hedges: 0.9,
  reflects: 0.7,
  'self-disclosure': 0.7,
};

const library = readLibrarySync('scenarios');

/** The moves the rules alone read in a reply to the scenario's opening. */
function rulesRead(reply: string, language: Language, scenarioId: string): Set<string> {
  const scenario = library.get(`${language}/${scenarioId}`);
  if (!scenario) throw new Error(`unknown scenario ${language}/${scenarioId}`);
  return new Set(detectSignals(reply, [language], openingHistory(scenario), false).map((s) => s.id));
}

/** `byRules`: the rules read the act in it; `rating`: a ranking reply's. */
type Example = {
  set: string;
  text: string;
  does: boolean;
  weight: number;
  features: string[];
  byRules: boolean;
  rating?: 'good' | 'fair' | 'poor';
};

function examplesOf(act: ReadAct): Example[] {
  const examples: Example[] = [];
  for (const [set, cases] of LABELLED)
    for (const item of cases) {
      const does = item.has?.includes(act) ? true : item.lacks?.includes(act) ? false : undefined;
      if (does === undefined) continue;
      examples.push({
        set,
        text: item.reply,
        does,
        weight: 1,
        features: [...pairFeatures(item.reply)],
        byRules: rulesRead(item.reply, item.language, item.scenarioId).has(act),
      });
    }
  for (const [name, groups] of LEARNED_TRAINING_SETS)
    for (const group of groups)
      for (const rating of ['good', 'fair', 'poor'] as const)
        for (const reply of group[rating]) {
          if (rulesRead(reply, group.language, group.scenarioId).has(act)) continue;
          examples.push({
            set: `ranking ${name}`,
            text: reply,
            does: false,
            weight: SETTINGS.rankingWeight,
            features: [...pairFeatures(reply)],
            byRules: false,
            rating,
          });
        }
  return examples;
}

function train(examples: Example[], act: ReadAct): PairModel {
  return trainPairModel(
    examples.map((e) => ({ features: e.features, positive: e.does, weight: e.weight })),
    SETTINGS,
    THRESHOLD[act],
  );
}

function printFolds(act: ReadAct, examples: Example[]) {
  const rankingSets = LEARNED_TRAINING_SETS.map(([name]) => `ranking ${name}`);
  const totals = new Map(
    THRESHOLDS.map((t) => [t, { caught: 0, missed: 0, misread: 0, must: 0, good: 0, fair: 0, poor: 0 }]),
  );
  let ranking = 0;
  for (const [k, [set]] of LABELLED.entries()) {
    const rankingSet = rankingSets[k % rankingSets.length]!;
    const model = train(
      examples.filter((e) => e.set !== set && e.set !== rankingSet),
      act,
    );
    for (const e of examples) {
      if ((e.set !== set && e.set !== rankingSet) || e.byRules) continue;
      if (e.rating === 'good') ranking++;
      const odds = pairOdds(e.text, model);
      for (const [threshold, t] of totals) {
        const read = odds > threshold;
        if (e.rating) {
          if (read) t[e.rating]++;
        } else if (e.does) {
          t.missed++;
          if (read) t.caught++;
        } else {
          t.must++;
          if (read) t.misread++;
        }
      }
    }
  }
  console.log(
    `${act} (each labelled set left out in turn; only what the rules do not read): misses caught, "must not" read, ranking replies read good/fair/poor (of ${ranking} good)`,
  );
  for (const [threshold, t] of totals)
    console.log(
      `  ${threshold}: ${t.caught}/${t.missed}, ${t.misread}/${t.must}, ${t.good}/${t.fair}/${t.poor}`,
    );
}

const { kept, note } = onlyActs(values.only, READ_ACTS);
const models = new Map<ReadAct, PairModel>();
for (const act of READ_ACTS) {
  if (kept.includes(act)) {
    // The threshold is the learner's setting, not learnt: a kept model takes the one set above.
    models.set(act, { ...ACT_MODELS[act], threshold: THRESHOLD[act] });
    continue;
  }
  const examples = examplesOf(act);
  if (!values.quick) printFolds(act, examples);
  if (values.write) models.set(act, train(examples, act));
}

if (values.write)
  writePairModels(
    'src/rubric/act-weights.ts',
    [
      'Generated by `npm run rubric:learn-acts -- --write`: do not edit by hand. Learnt from the labelled',
      'adversarial training material (an act done, or one that must not be read) and the ranking training replies',
      'the rules read as not doing the act, never from a held-out or validation set. Per act, the features that',
      'read as the act first; see act-reading.ts for how it reads.',
      `Settings (fixed in rubric-learn-acts.ts, chosen with its folds): L2 ${SETTINGS.lambda}, ${SETTINGS.epochs} passes, ranking replies weighted ${SETTINGS.rankingWeight}; thresholds per act below.`,
      ...note,
    ],
    { type: 'ActModels', name: 'ACT_MODELS' },
    models,
  );

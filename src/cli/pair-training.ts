import { writeFileSync } from 'node:fs';
import { readingParts, type Sentence, sentences } from '../rubric/text.ts';
import type { PairModel } from '../rubric/types.ts';

// Training a logistic model over token and pair features (src/rubric/pair-model.ts): the sarcasm reading and
// the harm readings are learnt the same way, deterministic, by per-feature adaptive steps in a fixed order.

export type PairExample = {
  features: string[];
  positive: boolean;
  weight: number;
  /** Each sentence's features: the step is taken on the one the model reads as most positive so far. */
  instances?: string[][];
};
/** L2 per step, passes over the data, and the base step. */
export type PairTraining = { lambda: number; epochs: number; rate: number };

/** How a reply is cut for the readings learnt on its parts: into sentences, or into reading parts (text.ts). */
export type Split = (text: string) => Sentence[];
export const SPLITS = { sentences, parts: readingParts } as const satisfies Record<string, Split>;

/**
 * A reply, then each of its sentences (or reading parts) on its own, when it has more than one: a reply read
 * whole and by its parts, so the models also see short texts of the kind they must leave alone.
 */
export function wholeAndSentences(reply: string, split: Split = sentences): string[] {
  return [
    reply,
    ...split(reply)
      .map((s) => s.text)
      .filter((t) => t !== reply),
  ];
}

/** A few seconds for all sets; the same examples in the same order always give the same weights. */
export function trainPairModel(items: PairExample[], settings: PairTraining, threshold: number): PairModel {
  const weights = new Map<string, number>();
  const squares = new Map<string, number>();
  let bias = 0;
  let biasSquares = 1e-8;
  const order = [...items];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sumOf = (features: string[]) => {
    let sum = bias;
    for (const f of features) sum += weights.get(f) ?? 0;
    return sum;
  };
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const item of order) {
      let features = item.features;
      let sum = sumOf(features);
      for (const instance of item.instances ?? []) {
        const instanceSum = sumOf(instance);
        if (features === item.features || instanceSum > sum) [features, sum] = [instance, instanceSum];
      }
      const error = (1 / (1 + Math.exp(-sum)) - (item.positive ? 1 : 0)) * item.weight;
      biasSquares += error * error;
      bias -= (settings.rate * error) / Math.sqrt(biasSquares);
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        const gradient = error + settings.lambda * w;
        const sq = (squares.get(f) ?? 1e-8) + gradient * gradient;
        squares.set(f, sq);
        weights.set(f, w - (settings.rate * gradient) / Math.sqrt(sq));
      }
    }
  }
  return { threshold, bias, weights: Object.fromEntries(weights) };
}

/** A model as source lines (`threshold`, `bias`, `weights`), keeping the weights that move the odds at all. */
export function pairModelLines(model: PairModel, indent: string): string[] {
  const MIN_WEIGHT = 0.01;
  const kept = Object.entries(model.weights)
    .filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)
    .map(([id, w]) => [id, Number(w.toFixed(4))] as const)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  // The weights as JSON read by JSON.parse, one feature a line: a module of object literals this size took
  // V8 twice as long to load at start. Parsed the first time they are read, not when the module loads: the
  // server opens its port and answers /healthz before the rubric's first reading. A feature is letters,
  // digits, apostrophes, "?" or "!", so it never ends the template string.
  const entries = kept.map(
    ([id, w], i) => `${indent}    ${JSON.stringify(id)}: ${w}${i < kept.length - 1 ? ',' : ''}`,
  );
  return [
    `${indent}threshold: ${model.threshold},`,
    `${indent}bias: ${Number(model.bias.toFixed(4))},`,
    `${indent}get weights() {`,
    `${indent}  const weights = JSON.parse(\`{`,
    ...entries,
    `${indent}  }\`);`,
    `${indent}  Object.defineProperty(this, 'weights', { value: weights });`,
    `${indent}  return weights;`,
    `${indent}},`,
  ];
}

/**
 * Writes a module of models, one per act in the map's order: `header`, the comment lines above it;
 * `declaration`, the exported constant's type (from types.ts) and name.
 */
export function writePairModels(
  path: string,
  header: string[],
  declaration: { type: string; name: string },
  models: ReadonlyMap<string, PairModel>,
): void {
  const lines = [
    ...header.map((line) => `// ${line}`),
    `import type { ${declaration.type} } from './types.ts';`,
    '',
    `export const ${declaration.name}: ${declaration.type} = {`,
    ...[...models].flatMap(([act, model]) => [`  '${act}': {`, ...pairModelLines(model, '    '), '  },']),
    '};',
    '',
  ];
  writeFileSync(path, lines.join('\n'));
  console.log(`wrote ${path}`);
}

/**
 * `--only a,b`: the acts to learn again; the others keep the models they have, and the generated file's header
 * names them (`note`), since they were learnt on the sets of an earlier moment.
 */
export function onlyActs<Act extends string>(
  option: string | undefined,
  acts: readonly Act[],
): { kept: Act[]; note: string[] } {
  // `--only=` learns nothing: every model is kept, and only what the learner sets by hand (a threshold) is written anew.
  const learn = option === undefined ? [...acts] : option.split(',').filter(Boolean);
  for (const act of learn)
    if (!acts.includes(act as Act)) throw new Error(`--only: no act "${act}" (${acts.join(', ')})`);
  const kept = acts.filter((act) => !learn.includes(act));
  const note =
    learn.length === 0
      ? [
          `Kept as learnt before, on the sets of their moments (\`--only=\`: nothing learnt, thresholds set anew): ${kept.join(', ')}.`,
        ]
      : kept.length > 0
        ? [
            `Kept as learnt before (\`--only ${learn.join(',')}\`), on the sets of their moments: ${kept.join(', ')}.`,
          ]
        : [];
  return { kept, note };
}

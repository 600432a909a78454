import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_SCENARIO_BYTES, parseScenarioBytes, type ScenarioRegistry } from '../../src/scenarios/index.ts';
import { measureFile } from '../../src/scenarios/work-limits.ts';
import { SCENARIOS_DIR } from './coach.ts';
import { median } from './stats.ts';

// What checking one scenario file costs the server's thread at worst: hostile shapes, each filled up to the
// limits (size, lines, marks), checked as `POST /v1/scenarios/validate` checks them, against a library file.

export type ValidateBenchResult = {
  shapes: number;
  worst: { shape: string; medianMs: number };
  libraryMedianMs: number;
};

const fits = (text: string) => Buffer.byteLength(text) <= MAX_SCENARIO_BYTES && measureFile(text) === null;

/** As many repeats of `part` as fit under the limits, between `prefix` and `suffix`. */
function filled(part: (index: number) => string, prefix = '', suffix = ''): string {
  const make = (count: number) => prefix + Array.from({ length: count }, (_, i) => part(i)).join('') + suffix;
  let low = 0;
  let high = MAX_SCENARIO_BYTES;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(make(middle))) low = middle;
    else high = middle - 1;
  }
  return make(low);
}

export const HOSTILE_SHAPES: Record<string, () => string> = {
  'empty keys': () => filled((i) => `k${i}:\n`),
  'one key again and again': () => filled(() => 'k:\n'),
  'keys with no name': () => filled(() => '? \n'),
  'indented keys': () => filled((i) => `${' '.repeat(i % 60)}k:\n`),
  'unknown fields in a group': () => filled((i) => `  k${i}:\n`, 'persona:\n'),
  'a flow map': () => filled((i) => `k${i}: 1,`, '{', '}'),
  'a flow list': () => filled(() => 'a,', 'tags: [', ']\n'),
  'a block list': () => filled(() => '- a\n', 'tags:\n'),
  'groups in a list': () => filled((i) => `- a${i}:\n`, 'examples:\n'),
  'lists in a list': () => filled(() => '[],', '[', ']'),
  anchors: () => filled((i) => `k${i}: &a${i} x\n`),
  aliases: () => filled(() => '*x,', 'a: &x y\nb: [', ']\n'),
  tags: () => filled(() => '!a b,', '[', ']'),
  'unclosed quotes': () => filled((i) => `k${i}: "\n`),
  comments: () => filled(() => '#\n'),
  'long lines': () => filled(() => `${'x'.repeat(1000)}\n`, 'id: '),
};

export function benchValidate(scenarios: ScenarioRegistry, rounds = 5): ValidateBenchResult {
  const timeOnce = (bytes: Uint8Array) => {
    const started = process.hrtime.bigint();
    parseScenarioBytes(bytes);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const medianOf = (bytes: Uint8Array) => {
    timeOnce(bytes); // warm-up
    return median(Array.from({ length: rounds }, () => timeOnce(bytes)));
  };
  const library = scenarios.list()[0]!;
  const libraryMedianMs = medianOf(readFileSync(join(SCENARIOS_DIR, library.language, `${library.id}.yaml`)));
  let worst = { shape: '', medianMs: 0 };
  for (const [shape, build] of Object.entries(HOSTILE_SHAPES)) {
    const medianMs = medianOf(Buffer.from(build()));
    if (medianMs > worst.medianMs) worst = { shape, medianMs };
  }
  return { shapes: Object.keys(HOSTILE_SHAPES).length, worst, libraryMedianMs };
}

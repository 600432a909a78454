// npm run rubric:calibrate [-- PATH…] [--verbose]: scores every golden example in the scenario library
// with the heuristic rubric and prints how well it agrees with the authors' ratings.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CalibrationScenario, calibrate, RATING_THRESHOLDS } from '../rubric/calibrate.ts';
import { scenarioContext } from '../rubric/context.ts';
import { scoreHeuristic } from '../rubric/heuristic.ts';
import { parseScenarioBytes } from '../scenarios/index.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', short: 'v', default: false } },
});

async function load(root: string): Promise<CalibrationScenario[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const scenarios: CalibrationScenario[] = [];
  for (const file of files) {
    const parsed = parseScenarioBytes(await readFile(file), file);
    if (parsed.ok) scenarios.push({ ...parsed.scenario, context: scenarioContext(parsed.scenario) });
    else console.error(`skipped ${file}: ${parsed.errors[0]?.message ?? 'invalid'}`);
  }
  return scenarios;
}

const roots = positionals.length > 0 ? positionals : ['scenarios'];
const scenarios = (await Promise.all(roots.map(load))).flat();
const report = calibrate(scenarios, scoreHeuristic);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

for (const scenario of report.scenarios) {
  console.log(`${scenario.id} (${scenario.language}): ${scenario.ordered}/${scenario.pairs} pairs in order`);
  if (values.verbose) {
    for (const example of scenario.examples) {
      console.log(`  ${example.rating.padEnd(4)} ${String(example.overall).padStart(3)}  ${example.reply}`);
    }
  }
  for (const miss of scenario.misordered) {
    console.log(`  ✗ ${miss.higherScore} ≤ ${miss.lowerScore}: "${miss.higher}"  vs  "${miss.lower}"`);
  }
}
const { ranking, byLanguage, exact, principles } = report;
console.log('');
console.log(
  `Pairwise ranking (good > fair > poor, ties fail): ${pct(ranking.accuracy)} (${ranking.ordered}/${ranking.pairs})`,
);
console.log(`  nl: ${pct(byLanguage.nl.accuracy)} (${byLanguage.nl.ordered}/${byLanguage.nl.pairs})`);
console.log(`  en: ${pct(byLanguage.en.accuracy)} (${byLanguage.en.ordered}/${byLanguage.en.pairs})`);
console.log(
  `Exact rating (good ≥ ${RATING_THRESHOLDS.good}, fair ≥ ${RATING_THRESHOLDS.fair}, else poor): ${pct(exact.accuracy)} (${exact.agree}/${exact.examples})`,
);
console.log(
  `Per-principle scores within ±1 of the authors': ${pct(principles.accuracy)} (${principles.within1}/${principles.checked})`,
);

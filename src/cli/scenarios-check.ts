// npm run scenarios:check [-- PATH…] [--strict | --no-strict] [--library DIR]: validates scenario files and
// scores their golden examples; prints `file:line:column: message`; exit 1 on errors. The library (where ids
// and translation links are checked across files) is SCENARIOS_DIR, as the server reads it, unless named.
import { parseArgs } from 'node:util';
import { loadConfig, runsInCi } from '../config.ts';
import { scoreHeuristic } from '../rubric/heuristic.ts';
import { checkScenarios, formatFinding, summarise } from '../scenarios/check.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    library: { type: 'string', default: loadConfig().SCENARIOS_DIR },
    'no-score': { type: 'boolean', default: false },
    strict: { type: 'boolean' },
    'no-strict': { type: 'boolean' },
  },
});
const paths = positionals.length > 0 ? positionals : [values.library];
const score = values['no-score'] ? undefined : scoreHeuristic;
// Golden examples are tests. They fail the check when asked (--strict), when an author checks their own
// files (paths given) and in CI; a plain check of the whole library only warns, unless --strict.
const strict = values['no-strict'] ? false : (values.strict ?? (positionals.length > 0 || runsInCi()));
const report = await checkScenarios(paths, { cwd: process.cwd(), library: values.library, score, strict });
for (const finding of report.findings) console.log(formatFinding(finding));
if (report.files === 0) console.log(`No scenario files (.yaml, .yml) found in: ${paths.join(', ')}`);
console.log(summarise(report));
process.exitCode =
  report.findings.some((finding) => finding.severity === 'error') || report.files === 0 ? 1 : 0;

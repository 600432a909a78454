// npm run scenarios:check [-- PATH…]: validates scenario files; prints `file:line:column: message`; exit 1 on errors.
import { parseArgs } from 'node:util';
import { scoreHeuristic } from '../rubric/heuristic.ts';
import { checkScenarios, formatFinding, summarise } from '../scenarios/check.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    library: { type: 'string', default: 'scenarios' },
    'no-score': { type: 'boolean', default: false },
  },
});
const paths = positionals.length > 0 ? positionals : ['scenarios'];
const score = values['no-score'] ? undefined : scoreHeuristic;
const report = await checkScenarios(paths, { cwd: process.cwd(), library: values.library, score });
for (const finding of report.findings) console.log(formatFinding(finding));
if (report.files === 0) console.log(`No scenario files (.yaml, .yml) found in: ${paths.join(', ')}`);
console.log(summarise(report));
process.exitCode =
  report.findings.some((finding) => finding.severity === 'error') || report.files === 0 ? 1 : 0;

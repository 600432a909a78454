import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreHeuristic } from '../rubric/heuristic.ts';
import { checkScenarios, formatFinding } from './check.ts';
import { readLibrarySync } from './library-files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the scenario library', () => {
  it('passes the check: every file valid and published, every translation linked both ways', async () => {
    const report = await checkScenarios(['scenarios'], { cwd: root });
    const errors = report.findings.filter((finding) => finding.severity === 'error').map(formatFinding);
    expect(errors).toEqual([]);
    expect(report.published).toBe(report.files);
  });

  // Golden examples are tests (`npm run scenarios:check -- --strict`): each must score in its rating's band and
  // near its expected principle scores. A rubric change that moves one out of its band fails here.
  it('passes the strict check: every golden example scores in its band', async () => {
    const report = await checkScenarios(['scenarios'], { cwd: root, score: scoreHeuristic, strict: true });
    const failing = report.findings
      .filter((finding) => finding.severity === 'error' && finding.message.includes('golden example'))
      .map(formatFinding);
    expect(failing, failing.join('\n')).toEqual([]);
  });

  it('keeps the golden examples of a scenario and its translation parallel: the same ratings in the same order', () => {
    const library = readLibrarySync(join(root, 'scenarios'));
    const ratings = (scenario: { examples: { rating: string }[] }) => scenario.examples.map((e) => e.rating);
    const pairs = [...library.values()].filter((scenario) => scenario.language === 'en');
    expect(pairs.length).toBeGreaterThan(0);
    for (const scenario of pairs) {
      const twin = library.get(`nl/${scenario.translations.nl}`);
      expect(twin, `${scenario.id} has a Dutch version`).toBeDefined();
      expect(ratings(twin!), `${twin!.id} against ${scenario.id}`).toEqual(ratings(scenario));
    }
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenarios, formatFinding } from './check.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the scenario library', () => {
  it('passes the check: every file valid and published, every translation linked both ways', async () => {
    const report = await checkScenarios(['scenarios'], { cwd: root });
    const errors = report.findings.filter((finding) => finding.severity === 'error').map(formatFinding);
    expect(errors).toEqual([]);
    expect(report.published).toBe(report.files);
  });
});

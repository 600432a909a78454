import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioBytes } from '../scenarios/index.ts';
import { type CalibrationReport, type CalibrationScenario, calibrate } from './calibrate.ts';
import { HELD_OUT } from './fixtures/held-out.ts';
import { scoreHeuristic } from './heuristic.ts';

// Ranking on replies the rules were not tuned on: the held-out set takes the place of each scenario's
// golden examples, with the scenario's own language, focus and opening (as persona turns).

const root = new URL('../../scenarios/', import.meta.url).pathname;

function scenarios(): Map<string, CalibrationScenario> {
  const out = new Map<string, CalibrationScenario>();
  for (const language of ['nl', 'en']) {
    for (const file of readdirSync(join(root, language)).filter((f) => f.endsWith('.yaml'))) {
      const parsed = parseScenarioBytes(readFileSync(join(root, language, file)), file);
      if (parsed.ok) out.set(`${parsed.scenario.language}/${parsed.scenario.id}`, parsed.scenario);
    }
  }
  return out;
}

/** The held-out set as calibration scenarios; throws when a group names a scenario that is not there. */
function heldOutScenarios(): CalibrationScenario[] {
  const library = scenarios();
  return HELD_OUT.map((group) => {
    const scenario = library.get(`${group.language}/${group.scenarioId}`);
    if (!scenario) throw new Error(`held-out group for unknown scenario ${group.scenarioId}`);
    return {
      ...scenario,
      examples: [
        ...group.good.map((reply) => ({ reply, rating: 'good' as const })),
        ...group.fair.map((reply) => ({ reply, rating: 'fair' as const })),
        ...group.poor.map((reply) => ({ reply, rating: 'poor' as const })),
      ],
    };
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One line per situation, for the test log when a threshold fails. */
function summary(report: CalibrationReport): string {
  const lines = report.scenarios.map(
    (s) => `${s.language} ${s.id}: ${s.ordered}/${s.pairs} (${pct(s.pairs ? s.ordered / s.pairs : 1)})`,
  );
  lines.push(
    `overall ${pct(report.ranking.accuracy)}, nl ${pct(report.byLanguage.nl.accuracy)}, en ${pct(report.byLanguage.en.accuracy)}, exact ${pct(report.exact.accuracy)}`,
  );
  return lines.join('\n');
}

describe('held-out coach-written replies', () => {
  const report = calibrate(heldOutScenarios(), scoreHeuristic);

  it('covers every situation in both languages with at least 3 replies per rating', () => {
    expect(HELD_OUT).toHaveLength(22);
    for (const group of HELD_OUT) {
      expect(group.good.length).toBeGreaterThanOrEqual(3);
      expect(group.fair.length).toBeGreaterThanOrEqual(3);
      expect(group.poor.length).toBeGreaterThanOrEqual(3);
    }
  });

  // Was 84.0% (nl 82.6%, en 85.4%) before the rules were broadened; reached 96.4% (nl 96.1%, en 96.8%)
  // when these thresholds were set. The target is 90%; a drop below them is a regression.
  it('ranks good > fair > poor within a situation on at least 95% of pairs, overall and per language', () => {
    const text = summary(report);
    expect(report.ranking.pairs).toBeGreaterThan(600);
    expect(report.ranking.accuracy, text).toBeGreaterThanOrEqual(0.95);
    expect(report.byLanguage.nl.accuracy, text).toBeGreaterThanOrEqual(0.95);
    expect(report.byLanguage.en.accuracy, text).toBeGreaterThanOrEqual(0.95);
  });
});

// What holds between the files of a library: ids are unique, translation links lead somewhere and back.
// The one check `npm run scenarios:check` and the server's registry both run, so they never disagree.
import type { Finding } from './errors.ts';
import { locateInScenario } from './parse.ts';
import type { Scenario } from './schema.ts';

/** A file that parsed (or, in the registry, the last version of it that did). */
export type LibraryEntry = { file: string; text: string; scenario: Scenario };

export type LibraryCheck = {
  /** Published scenarios as learners get them, by id: a translation link that leads nowhere is left out. */
  served: Map<string, Scenario>;
  /** Drafts by id: checked like the rest, never served. */
  drafts: Map<string, Scenario>;
  /** The file each served scenario or draft comes from, by id. */
  files: Map<string, string>;
  findings: Finding[];
};

/**
 * `entries` in load order: of two files with one id, the first keeps it. `around` are the other files of the
 * library when only some are checked: their ids are taken and links may lead to them, but their own problems
 * are not reported.
 */
export function checkLibrary(
  entries: readonly LibraryEntry[],
  around: readonly LibraryEntry[] = [],
): LibraryCheck {
  const findings: Finding[] = [];
  const byId = new Map<string, LibraryEntry>();
  for (const entry of [...around, ...entries]) {
    const first = byId.get(entry.scenario.id);
    if (!first) {
      byId.set(entry.scenario.id, entry);
      continue;
    }
    findings.push({
      file: entry.file,
      path: 'id',
      ...locateInScenario(entry.text, ['id']),
      message: `\`id\` '${entry.scenario.id}' is already used by ${first.file}`,
      severity: 'error',
    });
  }

  const lookup = new Map([...byId].map(([id, entry]) => [id, entry.scenario]));
  const served = new Map<string, Scenario>();
  const drafts = new Map<string, Scenario>();
  for (const entry of byId.values()) {
    const { scenario } = entry;
    const translations: Scenario['translations'] = {};
    for (const [language, id] of Object.entries(scenario.translations) as [
      keyof typeof translations,
      string,
    ][]) {
      const problem = translationProblem(scenario, language, id, lookup);
      if (problem) {
        findings.push({
          file: entry.file,
          path: `translations.${language}`,
          ...locateInScenario(entry.text, ['translations', language]),
          ...problem,
        });
      } else translations[language] = id;
    }
    if (scenario.status === 'draft') drafts.set(scenario.id, scenario);
    else served.set(scenario.id, { ...scenario, translations });
  }
  const files = new Map([...byId].map(([id, entry]) => [id, entry.file]));
  const checked = new Set(entries.map((entry) => entry.file));
  return { served, drafts, files, findings: findings.filter((finding) => checked.has(finding.file ?? '')) };
}

/** A translation link must lead to a scenario of that language that links back; to a draft it waits. */
function translationProblem(
  scenario: Scenario,
  language: string,
  id: string,
  byId: ReadonlyMap<string, Scenario>,
): Pick<Finding, 'message' | 'severity'> | undefined {
  const field = `\`translations.${language}\``;
  const target = byId.get(id);
  const error = (message: string) => ({ message, severity: 'error' as const });
  if (!target) return error(`${field} points to '${id}', but there is no scenario with that id`);
  if (target.language !== language) {
    return error(`${field} points to '${id}', which is in '${target.language}', not '${language}'`);
  }
  if (target.translations[scenario.language] !== scenario.id) {
    const message = `${field} points to '${id}', but '${id}' does not point back: add \`${scenario.language}: ${scenario.id}\` to its translations`;
    // A translation being written is saved before its original can link to it: a draft waits for the link.
    return scenario.status === 'draft' ? { message, severity: 'warning' } : error(message);
  }
  if (scenario.status === 'published' && target.status === 'draft') {
    return {
      message: `${field} points to '${id}', which is still a draft: learners get the link once it is published`,
      severity: 'warning',
    };
  }
  return undefined;
}

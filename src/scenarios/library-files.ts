import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioBytes } from './parse.ts';
import type { Scenario } from './schema.ts';

// The scenario library read straight from its folder, for the rubric's measurements and their tests:
// every valid file, keyed `<language>/<id>`. The server's registry does more (watching, drafts, links).

export function readLibrarySync(root: string): Map<string, Scenario> {
  const out = new Map<string, Scenario>();
  for (const language of readdirSync(root, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const folder = join(root, language.name);
    for (const file of readdirSync(folder)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      const parsed = parseScenarioBytes(readFileSync(join(folder, file)), file);
      if (parsed.ok) out.set(`${parsed.scenario.language}/${parsed.scenario.id}`, parsed.scenario);
    }
  }
  return out;
}

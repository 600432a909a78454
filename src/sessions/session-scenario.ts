// The scenario a session runs on: the version it was started with, whatever became of the file since (edited,
// unpublished, deleted). The version lives in the database, so any instance finds it.
import type { SessionRow } from '../db/schema/index.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import { type Scenario, scenarioSchema } from '../scenarios/schema.ts';
import { scenarioVersion } from '../scenarios/version.ts';
import type { SessionStore } from './store.ts';

/** Versions no longer in the library, kept after their first read; they never change, so a copy stays true. */
const CACHED_VERSIONS = 100;

export function createSessionScenarios(deps: { scenarios: ScenarioRegistry; store: SessionStore }) {
  const cache = new Map<string, Scenario>();

  return async function scenarioOf(
    session: Pick<SessionRow, 'scenarioId' | 'scenarioVersion'>,
  ): Promise<Scenario | undefined> {
    const current = deps.scenarios.get(session.scenarioId);
    const version = session.scenarioVersion;
    // Sessions started before versions were kept run on what the library has now.
    if (!version || (current && scenarioVersion(current) === version)) return current;
    const cached = cache.get(version);
    if (cached) return cached;
    const parsed = scenarioSchema.safeParse(await deps.store.findScenarioVersion(version));
    // A version kept in a format the schema has outgrown: the library's version is the best there is.
    if (!parsed.success) return current;
    if (cache.size >= CACHED_VERSIONS) cache.delete(cache.keys().next().value!);
    cache.set(version, parsed.data);
    return parsed.data;
  };
}

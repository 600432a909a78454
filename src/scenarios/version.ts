// A served scenario's version: the hash of its content, so equal content is one version wherever it is loaded.
import { createHash } from 'node:crypto';
import type { Scenario } from './schema.ts';

const versions = new WeakMap<Scenario, string>();

export function scenarioVersion(scenario: Scenario): string {
  let version = versions.get(scenario);
  if (!version) {
    version = createHash('sha256').update(JSON.stringify(scenario)).digest('base64url');
    versions.set(scenario, version);
  }
  return version;
}

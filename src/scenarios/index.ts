export {
  type Finding,
  formatPath,
  formatScenarioError,
  type ScenarioError,
  type Severity,
} from './errors.ts';
export { buildScenarioJsonSchema, renderScenarioJsonSchema, SCENARIO_SCHEMA_ID } from './json-schema.ts';
export { checkLibrary, type LibraryCheck, type LibraryEntry } from './library-check.ts';
export { isScenarioFile, listScenarioFiles, readLibrarySync } from './library-files.ts';
export {
  locateInScenario,
  MAX_SCENARIO_BYTES,
  type ParseResult,
  parseScenario,
  parseScenarioBytes,
} from './parse.ts';
export { type PublicScenario, type ScenarioSummary, toPublicScenario, toScenarioSummary } from './public.ts';
export {
  createScenarioRegistry,
  type Logger,
  openScenarioRegistry,
  type ScenarioFilter,
  type ScenarioRegistry,
  type ScenarioRegistryOptions,
} from './registry.ts';
export * from './schema.ts';
export { scenarioVersion } from './version.ts';

import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import type { Logger } from './logger.ts';
import type { Models } from './models.ts';
import type { ScenarioRegistry } from './scenarios/registry.ts';
import type { HeldSessions } from './sessions/held-sessions.ts';

/** What the app is built from: made by the startup file (or a test) and passed to `createApp`. */
export type AppDeps = Models & {
  db: DatabaseHandle;
  scenarios: ScenarioRegistry;
  logger: Logger;
  clock: () => Date;
  config: Config;
  /** The sessions held in memory, when the startup file erases too (retention) and must forget them. */
  held?: HeldSessions;
};

import type { Logger } from '../logger.ts';
import { type SessionStore, type TenantSession, TURN_LEASE_RENEW_MS } from './store.ts';
import { cleanupAfter, type PendingTurn } from './turn-events.ts';

/** A session's turn lease as the running turn sees it. */
export type TurnLease = {
  /** The statement that stored the persona's answer freed the lease too: nothing is left to release. */
  freedWithAnswer(): void;
};

/**
 * Runs one turn under its session's turn lease: the one place that takes it and releases it. `open` takes it
 * (the statement that does also reads the history and stores the reply) and resolves null when the lease
 * is not to be had. While the turn runs the lease is renewed; it is released once, when the turn has run or
 * could not be made, unless the persona's answer freed it already.
 */
export async function withTurnLease<Opened extends { session: TenantSession }>(
  deps: { store: SessionStore; clock: () => Date; logger: Logger },
  open: () => Promise<Opened | null>,
  turn: (opened: Opened, lease: TurnLease) => Promise<PendingTurn>,
): Promise<PendingTurn | null> {
  const opened = await open();
  if (!opened) return null;
  const { session } = opened;
  const sessionId = session.id;
  let held = true;
  const renewal = setInterval(() => {
    deps.store.renewTurnLease(session, deps.clock()).catch((error: unknown) => {
      deps.logger.warn({ err: error, sessionId }, 'could not renew the turn lease');
    });
  }, TURN_LEASE_RENEW_MS);
  renewal.unref();
  const lease: TurnLease = {
    freedWithAnswer: () => {
      clearInterval(renewal);
      held = false;
    },
  };
  const release = async () => {
    clearInterval(renewal);
    if (!held) return;
    held = false;
    await deps.store.releaseTurnLease(session).catch((error: unknown) => {
      deps.logger.warn({ err: error, sessionId }, 'could not release the turn lease; it will expire');
    });
  };
  return cleanupAfter(() => turn(opened, lease), release);
}

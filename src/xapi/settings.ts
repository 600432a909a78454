import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../auth/secret-box.ts';
import type { Database } from '../db/database.ts';
import { consumerXapi, learners } from '../db/schema/index.ts';
import type { XapiActor } from './statements.ts';

// What a consumer says about its learning records: its own LRS and how its learners are named as actors.
// Every query is scoped by tenant.

export type LrsTarget = { endpoint: string; authorization: string | undefined };

export type ConsumerXapiInput = {
  lrs: { endpoint: string; authorization?: string | undefined } | null;
  actorHomePage: string | null;
};

export function createXapiSettings(deps: { db: Database; secrets: () => SecretBox; clock: () => Date }) {
  const { db } = deps;
  const find = async (tenantId: string) => {
    const [row] = await db.select().from(consumerXapi).where(eq(consumerXapi.tenantId, tenantId));
    return row ?? null;
  };

  return {
    find,

    /** A sealed credential opened, for a hint of it in the admin API. */
    openSecret: (sealed: string) => deps.secrets().open(sealed),

    /** Replaces the consumer's settings; the LRS credentials are sealed before they are stored. */
    async put(tenantId: string, input: ConsumerXapiInput) {
      const values = {
        tenantId,
        lrsEndpoint: input.lrs?.endpoint ?? null,
        lrsAuthorizationSealed: input.lrs?.authorization
          ? deps.secrets().seal(input.lrs.authorization)
          : null,
        actorHomePage: input.actorHomePage,
        updatedAt: deps.clock(),
      };
      const [row] = await db
        .insert(consumerXapi)
        .values(values)
        .onConflictDoUpdate({ target: consumerXapi.tenantId, set: values })
        .returning();
      return row!;
    },

    async remove(tenantId: string): Promise<boolean> {
      const gone = await db
        .delete(consumerXapi)
        .where(eq(consumerXapi.tenantId, tenantId))
        .returning({ tenantId: consumerXapi.tenantId });
      return gone.length > 0;
    },

    /** The consumer's own LRS, credentials opened, or null when it has none. */
    async lrsOf(tenantId: string): Promise<LrsTarget | null> {
      const row = await find(tenantId);
      if (!row?.lrsEndpoint) return null;
      return {
        endpoint: row.lrsEndpoint,
        authorization: row.lrsAuthorizationSealed
          ? deps.secrets().open(row.lrsAuthorizationSealed)
          : undefined,
      };
    },

    /** Sets (or with null, clears) the actor of one of the consumer's learners; the learner is created if new. */
    async setLearnerActor(tenantId: string, externalId: string, actor: XapiActor | null): Promise<boolean> {
      if (actor === null) {
        const cleared = await db
          .update(learners)
          .set({ xapiActor: null })
          .where(and(eq(learners.tenantId, tenantId), eq(learners.externalId, externalId)))
          .returning({ id: learners.id });
        return cleared.length > 0;
      }
      await db
        .insert(learners)
        .values({ tenantId, externalId, xapiActor: actor })
        .onConflictDoUpdate({ target: [learners.tenantId, learners.externalId], set: { xapiActor: actor } });
      return true;
    },

    /**
     * The actor the statements about this learner carry: the one set for the learner, else an account under the
     * consumer's home page named by the learner id, else null (the default account on this server).
     */
    async actorOf(tenantId: string, learner: { externalId: string; xapiActor: unknown } | null) {
      if (learner?.xapiActor) return learner.xapiActor as XapiActor;
      if (!learner) return null;
      const homePage = (await find(tenantId))?.actorHomePage;
      return homePage
        ? ({ objectType: 'Agent', account: { homePage, name: learner.externalId } } satisfies XapiActor)
        : null;
    },

    async findLearner(tenantId: string, externalId: string) {
      const [row] = await db
        .select({ id: learners.id, externalId: learners.externalId, xapiActor: learners.xapiActor })
        .from(learners)
        .where(and(eq(learners.tenantId, tenantId), eq(learners.externalId, externalId)));
      return row ?? null;
    },

    async learnerById(tenantId: string, id: string | null) {
      if (!id) return null;
      const [row] = await db
        .select({ externalId: learners.externalId, xapiActor: learners.xapiActor })
        .from(learners)
        .where(and(eq(learners.tenantId, tenantId), eq(learners.id, id)));
      return row ?? null;
    },
  };
}

export type XapiSettings = ReturnType<typeof createXapiSettings>;

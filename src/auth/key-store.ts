import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { apiKeys } from '../db/schema/index.ts';
import { API_SCOPES, type ApiScope, isUuid } from '../vocabulary.ts';
import { displayPrefix, generateApiKey, hashApiKey, looksLikeApiKey, secretsEqual } from './api-key.ts';
import { DEFAULT_SCOPES } from './scopes.ts';

export type ApiKeyInfo = {
  id: string;
  name: string;
  tenantId: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: string;
  revokedAt: string | null;
};

/** The key itself exists only in this value, returned once at creation. */
export type CreatedApiKey = ApiKeyInfo & { key: string };

export type Caller = { keyId: string; tenantId: string; scopes: ApiScope[] };

/** The stored scopes as the API speaks them: known ones only, once each, in the vocabulary's order. */
export function normalizeScopes(scopes: readonly string[]): ApiScope[] {
  return API_SCOPES.filter((scope) => scopes.includes(scope));
}

const info = (row: typeof apiKeys.$inferSelect): ApiKeyInfo => ({
  id: row.id,
  name: row.name,
  tenantId: row.tenantId,
  prefix: row.keyPrefix,
  scopes: normalizeScopes(row.scopes),
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export function createKeyStore(db: Database, clock: () => Date = () => new Date()) {
  return {
    /**
     * A new key. Without `tenantId` the key starts a new consumer (its tenant id is the key's id); with one,
     * it is a further key of that consumer, e.g. to rotate keys without losing data.
     */
    async create(input: {
      name: string;
      tenantId?: string | undefined;
      scopes?: readonly ApiScope[] | undefined;
    }): Promise<CreatedApiKey> {
      const id = randomUUID();
      const key = generateApiKey();
      const [row] = await db
        .insert(apiKeys)
        .values({
          id,
          tenantId: input.tenantId ?? id,
          name: input.name,
          keyHash: hashApiKey(key),
          keyPrefix: displayPrefix(key),
          scopes: normalizeScopes(input.scopes?.length ? input.scopes : DEFAULT_SCOPES),
          createdAt: clock(),
        })
        .returning();
      return { ...info(row!), key };
    },

    /** Oldest first; `after` is the (createdAt, id) of the last key of the page before. */
    async list(page: { limit?: number; after?: [string, string] | null } = {}): Promise<ApiKeyInfo[]> {
      const rows = await db
        .select()
        .from(apiKeys)
        .where(
          page.after
            ? sql`(${apiKeys.createdAt}, ${apiKeys.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
            : undefined,
        )
        .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id))
        .limit(page.limit ?? Number.MAX_SAFE_INTEGER);
      return rows.map(info);
    },

    /** Revokes a key; false when there is no such key. Revoking twice keeps the first time. */
    async revoke(id: string): Promise<boolean> {
      if (!isUuid(id)) return false;
      const [row] = await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, id));
      if (!row) return false;
      await db
        .update(apiKeys)
        .set({ revokedAt: clock() })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
      return true;
    },

    /** Replaces a key's scopes (revoked keys too, harmlessly); null when there is no such key. */
    async setScopes(id: string, scopes: readonly ApiScope[]): Promise<ApiKeyInfo | null> {
      if (!isUuid(id)) return null;
      const [row] = await db
        .update(apiKeys)
        .set({ scopes: normalizeScopes(scopes) })
        .where(eq(apiKeys.id, id))
        .returning();
      return row ? info(row) : null;
    },

    /** True when some key (revoked ones included) acts for this consumer. */
    async hasTenant(tenantId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: apiKeys.id })
        .from(apiKeys)
        .where(eq(apiKeys.tenantId, tenantId))
        .limit(1);
      return Boolean(row);
    },

    /** The consumer a key acts for, or null for anything that is not a live key. */
    async authenticate(key: string): Promise<Caller | null> {
      if (!looksLikeApiKey(key)) return null;
      const hash = hashApiKey(key);
      const [row] = await db
        .select({
          id: apiKeys.id,
          tenantId: apiKeys.tenantId,
          keyHash: apiKeys.keyHash,
          scopes: apiKeys.scopes,
        })
        .from(apiKeys)
        .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
      if (!row || !secretsEqual(hash, row.keyHash)) return null;
      return { keyId: row.id, tenantId: row.tenantId, scopes: normalizeScopes(row.scopes) };
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;

import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Database } from '../db/client.ts';
import { sessions, tokenUsage, turns } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

// The daily model-token budget of a consumer (UTC days). What the persona spent is read from the turns it
// stored; `token_usage` keeps what erased turns had spent that day, so erasing data never resets the budget.

export function utcDay(now: Date): { day: string; start: Date; secondsLeft: number } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const next = start.getTime() + 86_400_000;
  return {
    day: start.toISOString().slice(0, 10),
    start,
    secondsLeft: Math.max(1, Math.ceil((next - now.getTime()) / 1000)),
  };
}

const spent = sql<number>`coalesce(sum(coalesce(${turns.promptTokens}, 0) + coalesce(${turns.completionTokens}, 0)), 0)::int`;

export function createTokenBudget(db: Database) {
  return {
    async usedToday(tenantId: string, now: Date): Promise<number> {
      const { day, start } = utcDay(now);
      const [live] = await db
        .select({ tokens: spent })
        .from(turns)
        .innerJoin(sessions, eq(sessions.id, turns.sessionId))
        .where(and(eq(sessions.tenantId, tenantId), gte(turns.createdAt, start)));
      const [erased] = await db
        .select({ tokens: tokenUsage.tokens })
        .from(tokenUsage)
        .where(and(eq(tokenUsage.tenantId, tenantId), eq(tokenUsage.day, day)));
      return (live?.tokens ?? 0) + (erased?.tokens ?? 0);
    },
  };
}

/** Before erasing sessions: adds what their turns spent today to the tenant's `token_usage` row. */
export async function keepTodaysUsage(
  tx: Pick<Database, 'select' | 'insert'>,
  tenantId: string,
  sessionIds: string[],
  now: Date,
): Promise<void> {
  if (sessionIds.length === 0) return;
  const { day, start } = utcDay(now);
  const [row] = await tx
    .select({ tokens: spent })
    .from(turns)
    .where(and(inArray(turns.sessionId, sessionIds), gte(turns.createdAt, start)));
  const tokens = row?.tokens ?? 0;
  if (tokens === 0) return;
  await tx
    .insert(tokenUsage)
    .values({ tenantId, day, tokens })
    .onConflictDoUpdate({
      target: [tokenUsage.tenantId, tokenUsage.day],
      set: { tokens: sql`${tokenUsage.tokens} + ${tokens}` },
    });
}

/** Refuses a new turn once the consumer's persona turns have spent the day's budget. */
export function tokenBudgetGuard(deps: {
  db: Database;
  dailyBudget: number;
  clock: () => Date;
}): MiddlewareHandler<AppEnv> {
  const budget = createTokenBudget(deps.db);
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const now = deps.clock();
    const used = await budget.usedToday(c.var.tenantId, now);
    if (used >= deps.dailyBudget) {
      const { secondsLeft } = utcDay(now);
      throw new AppError(
        'token_budget_exceeded',
        `Today's model-token budget of ${deps.dailyBudget} tokens is spent. It renews at midnight UTC.`,
        { budget: deps.dailyBudget, used },
        { 'Retry-After': String(secondsLeft) },
      );
    }
    await next();
  };
}

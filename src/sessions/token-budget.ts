import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { tokenUsage } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

// The daily model-token budget of a consumer (UTC days), as a running counter in `token_usage`. A turn is
// charged what its answer may cost at most when it starts, in one statement that refuses it once the day's
// budget is spent, so turns that start together cannot all slip under the budget. The charge is settled with
// what the model reported when the persona's turn is stored (in the same statement); a turn that never got
// an answer settles with what it spent, often nothing. Erasing turns leaves the counter as it is.

export function utcDay(now: Date): { day: string; start: Date; secondsLeft: number } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const next = start.getTime() + 86_400_000;
  return {
    day: start.toISOString().slice(0, 10),
    start,
    secondsLeft: Math.max(1, Math.ceil((next - now.getTime()) / 1000)),
  };
}

/** What one turn was charged; settled once. */
export type TokenCharge = { tenantId: string; day: string; tokens: number; settled: boolean };

/** How a settlement changes the counter, for the statement that stores the persona's turn. */
export type TokenSettlement = { tenantId: string; day: string; delta: number };

/** By how much the counter moves when a charge is settled with `spent` tokens. */
export function settlementOf(charge: TokenCharge, spent: number): TokenSettlement {
  return { tenantId: charge.tenantId, day: charge.day, delta: spent - charge.tokens };
}

export function createTokenBudget(
  db: Database,
  options: {
    dailyBudget: number /** Charged when a turn starts: the most one answer may cost. */;
    perTurn: number;
  },
) {
  const counter = (tenantId: string, day: string) =>
    and(eq(tokenUsage.tenantId, tenantId), eq(tokenUsage.day, day));

  return {
    /** Charges a turn before the model is asked; throws 429 `token_budget_exceeded` once today's is spent. */
    async charge(tenantId: string, now: Date): Promise<TokenCharge> {
      const { day, secondsLeft } = utcDay(now);
      const [charged] = await db
        .insert(tokenUsage)
        .values({ tenantId, day, tokens: options.perTurn })
        .onConflictDoUpdate({
          target: [tokenUsage.tenantId, tokenUsage.day],
          set: { tokens: sql`${tokenUsage.tokens} + ${options.perTurn}` },
          setWhere: sql`${tokenUsage.tokens} < ${options.dailyBudget}`,
        })
        .returning({ tokens: tokenUsage.tokens });
      if (charged) return { tenantId, day, tokens: options.perTurn, settled: false };
      const [row] = await db
        .select({ used: tokenUsage.tokens })
        .from(tokenUsage)
        .where(counter(tenantId, day));
      throw new AppError(
        'token_budget_exceeded',
        `Today's model-token budget of ${options.dailyBudget} tokens is spent. It renews at midnight UTC.`,
        { budget: options.dailyBudget, used: row?.used ?? options.dailyBudget },
        { 'Retry-After': String(secondsLeft) },
      );
    },

    /** Settles a charge with what the turn spent, in a statement of its own; once. */
    async settle(charge: TokenCharge, spent: number): Promise<void> {
      if (charge.settled) return;
      charge.settled = true;
      const { tenantId, day, delta } = settlementOf(charge, spent);
      if (delta === 0) return;
      await db
        .update(tokenUsage)
        .set({ tokens: sql`${tokenUsage.tokens} + ${delta}` })
        .where(counter(tenantId, day));
    },

    async usedToday(tenantId: string, now: Date): Promise<number> {
      const [row] = await db
        .select({ used: tokenUsage.tokens })
        .from(tokenUsage)
        .where(counter(tenantId, utcDay(now).day));
      return row?.used ?? 0;
    },
  };
}

export type TokenBudget = ReturnType<typeof createTokenBudget>;

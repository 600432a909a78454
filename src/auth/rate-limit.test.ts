import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseKinds, freshPglite, testDatabase } from '../../test/db.ts';
import { rateLimits } from '../db/schema/index.ts';
import { createRateLimiter, rateLimitHeaders } from './rate-limit.ts';

describe.each(databaseKinds())('rate limiter on %s', (kind) => {
  const setup = async (startAt: number) => {
    const { db } = await testDatabase(kind);
    const clock = { now: startAt };
    return { db, clock, limiter: createRateLimiter(db, () => new Date(clock.now)) };
  };

  it('allows the limit per minute per bucket, then refuses until the window turns', async () => {
    const { clock, limiter } = await setup(Date.UTC(2026, 0, 1, 12, 0, 15));
    const [a, b] = [`a-${randomUUID()}`, `b-${randomUUID()}`];
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push((await limiter.hit(a, 3)).allowed);
    expect(allowed).toEqual([true, true, true]);
    expect(await limiter.hit(a, 3)).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 45 });
    expect(await limiter.hit(b, 3)).toMatchObject({ allowed: true, remaining: 2 });
    clock.now += 45_000;
    expect(await limiter.hit(a, 3)).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 60 });
  });

  it('counts in the database: limiters of two instances share one count', async () => {
    const { db, clock, limiter } = await setup(Date.UTC(2026, 0, 1, 12, 0, 0));
    const other = createRateLimiter(db, () => new Date(clock.now));
    const bucket = `shared-${randomUUID()}`;
    expect((await limiter.hit(bucket, 2)).allowed).toBe(true);
    expect((await other.hit(bucket, 2)).allowed).toBe(true);
    expect((await limiter.hit(bucket, 2)).allowed).toBe(false);
    expect((await other.hit(bucket, 2)).allowed).toBe(false);
  });

  it('counts an instance whose clock runs behind into the newer window', async () => {
    const { db, limiter } = await setup(Date.UTC(2026, 0, 1, 12, 1, 0));
    const behind = createRateLimiter(db, () => new Date(Date.UTC(2026, 0, 1, 12, 0, 59)));
    const bucket = `skew-${randomUUID()}`;
    await limiter.hit(bucket, 5);
    expect(await behind.hit(bucket, 5)).toMatchObject({ remaining: 3 });
    expect(await limiter.hit(bucket, 5)).toMatchObject({ remaining: 2 });
  });

  it('peeks without counting', async () => {
    const { limiter } = await setup(Date.UTC(2026, 0, 1, 12, 0, 30));
    const bucket = `peek-${randomUUID()}`;
    expect(await limiter.peek(bucket)).toEqual({ hits: 0, resetSeconds: 30 });
    await limiter.hit(bucket, 5);
    expect(await limiter.peek(bucket)).toEqual({ hits: 1, resetSeconds: 30 });
    expect(await limiter.peek(bucket)).toEqual({ hits: 1, resetSeconds: 30 });
  });
});

// On a database of its own: the sweep deletes every past window's rows, so on the shared test database a limiter
// of another test could do this test's sweeping for it.
it('sweeps the rows of buckets that went quiet, at most every ten minutes, and keeps the current window', async () => {
  const handle = await freshPglite();
  const { db } = handle;
  const clock = { now: Date.UTC(2026, 0, 1, 12, 0, 0) };
  const limiter = createRateLimiter(db, () => new Date(clock.now));
  const rowsOf = async (bucket: string) =>
    (await db.select().from(rateLimits).where(eq(rateLimits.bucket, bucket))).length;
  const [quiet, busy] = [`quiet-${randomUUID()}`, `busy-${randomUUID()}`];

  await limiter.hit(quiet, 5);
  clock.now += 9 * 60_000;
  await limiter.hit(busy, 5);
  expect(await rowsOf(quiet)).toBe(1);

  clock.now += 60_000;
  await limiter.hit(busy, 5);
  await expect.poll(() => rowsOf(quiet)).toBe(0);
  expect(await rowsOf(busy)).toBe(1);
  await handle.close();
});

it('renders the RateLimit headers', () => {
  expect(rateLimitHeaders({ allowed: true, limit: 10, remaining: 4, resetSeconds: 7 })).toEqual({
    'RateLimit-Limit': '10',
    'RateLimit-Remaining': '4',
    'RateLimit-Reset': '7',
  });
});

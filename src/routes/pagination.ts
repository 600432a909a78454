import { z } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';

// Cursor pagination, the same on every list: `?limit=&cursor=`, answered with the page and `nextCursor` (null on
// the last page). A cursor is opaque to clients: the sort key of the last item of the page, encoded.

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ param: { name: 'limit', in: 'query' }, description: `Items per page (1–${MAX_PAGE_SIZE})` }),
  cursor: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: '`nextCursor` of the page before' }),
};

export const nextCursorSchema = z
  .string()
  .nullable()
  .openapi({ description: 'Pass as `cursor` for the next page; null on the last page' });

export type Page = { limit: number; cursor?: string | undefined };

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor holds, checked against the shape this list's keys have; 400 naming `cursor` if not. */
export function decodeCursor<T extends z.ZodType>(cursor: string | undefined, shape: T): z.output<T> | null {
  if (cursor === undefined) return null;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {}
  const message = 'is not a cursor of this list: pass `nextCursor` from the page before, unchanged';
  throw new AppError('invalid_request', `\`cursor\`: ${message}`, { issues: [{ path: 'cursor', message }] });
}

/** Fetch `limit + 1` rows; this keeps `limit` and says where the next page starts. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => readonly (string | number)[]) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(keyOf(items.at(-1)!)) : null };
}

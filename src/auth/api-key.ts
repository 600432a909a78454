import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// A key is `rh_` + 32 random bytes in base64url. Only its SHA-256 hash and a short prefix are ever stored:
// the key is high-entropy, so a fast hash is enough (no password stretching needed) and lookups stay cheap.

export const KEY_PREFIX = 'rh_';
const KEY_PATTERN = /^rh_[A-Za-z0-9_-]{43}$/;
/** How much of the key a list shows, so people can tell their keys apart without seeing them. */
const SHOWN_CHARS = 10;

export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** True when the text has the shape of a key: anything else is refused before the database is asked. */
export function looksLikeApiKey(text: string): boolean {
  return KEY_PATTERN.test(text);
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function displayPrefix(key: string): string {
  return key.slice(0, SHOWN_CHARS);
}

/** Compares two secrets in time that does not depend on where they differ (hashing first evens out lengths). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/**
 * The credential of an `Authorization: Bearer <token>` header, or null when the header is missing or not
 * exactly that shape. Tokens are printable ASCII without spaces and of bounded length.
 */
export function bearerToken(header: string | undefined): string | null {
  if (!header || header.length > 512) return null;
  const match = /^Bearer ([\x21-\x7e]+)$/i.exec(header);
  return match ? match[1]! : null;
}

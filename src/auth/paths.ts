// Which paths need which credential. Deny by default: a path not listed as open needs a key.

// The pages (`/`, `/studio`, `/studio/analytics`) hold no data: what they show comes from the API, with the key
// they are given.
const OPEN_EXACT = new Set([
  '/',
  '/studio',
  '/studio/analytics',
  '/healthz',
  '/readyz',
  '/openapi.json',
  '/docs',
]);
const OPEN_PREFIXES = ['/docs/', '/assets/'];

export function isOpenPath(path: string): boolean {
  return OPEN_EXACT.has(path) || OPEN_PREFIXES.some((prefix) => path.startsWith(prefix));
}

export function isAdminPath(path: string): boolean {
  return path === '/v1/admin' || path.startsWith('/v1/admin/');
}

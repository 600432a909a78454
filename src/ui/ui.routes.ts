import type { Context } from 'hono';
import { Hono } from 'hono';
import { type UiAssets, uiAssets } from './assets.ts';
import { renderPage } from './page.ts';

// Only our own files, no inline script or style: model text that slipped into the DOM as HTML still
// could not run.
export const UI_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

/** The CSP with the origins allowed to frame the page (the embedding consumers' CORS_ORIGINS) added. */
export function uiCsp(frameAncestors: readonly string[] = []): string {
  const origins = frameAncestors.filter((origin) => /^https?:\/\/[^\s;,']+$/.test(origin));
  return origins.length
    ? UI_CSP.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${origins.join(' ')}`)
    : UI_CSP;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The chat UI: `/` (the page), `/assets/app.js`, `/assets/app.css`. The bundle is built once per process
 * in the background; requests wait for it.
 */
export function createUiRoutes(options: { frameAncestors?: readonly string[] } = {}) {
  const csp = uiCsp(options.frameAncestors);
  const embedOrigins = options.frameAncestors ?? [];
  void uiAssets().catch(() => {
    // Reported by the first request that needs the bundle.
  });

  const serve = async (c: Context, type: string, body: (assets: UiAssets) => string) => {
    const assets = await uiAssets();
    const etag = `"${assets.version}"`;
    // A versioned asset URL never changes content; the page and unversioned URLs are revalidated.
    const versioned = c.req.path.startsWith('/assets/') && c.req.query('v') === assets.version;
    c.header('Cache-Control', versioned ? IMMUTABLE : 'no-cache');
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    c.header('Content-Type', type);
    return c.body(body(assets));
  };

  return new Hono()
    .get('/', (c) => {
      c.header('Content-Security-Policy', csp);
      return serve(c, 'text/html; charset=utf-8', (assets) => renderPage(assets.version, embedOrigins));
    })
    .get('/assets/app.js', (c) => serve(c, 'text/javascript; charset=utf-8', (assets) => assets.js))
    .get('/assets/app.css', (c) => serve(c, 'text/css; charset=utf-8', (assets) => assets.css));
}

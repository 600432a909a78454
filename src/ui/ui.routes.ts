import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { type BundleName, bundledAssets, type UiAssets } from './assets.ts';
import { renderAnalyticsPage, renderPage, renderStudioPage } from './page.ts';

// Only our own files, no inline script or style: model text that slipped into the DOM as HTML still
// could not run.
export const UI_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'";

/**
 * The studio's CSP: the chat's, except that the code editor writes its own styles into one `<style>` element
 * as it mounts (it only uses constructed style sheets inside a shadow root). That element carries a nonce
 * made for this response alone, which `style-src` names; an injected `<style>` or `style=""` attribute still
 * does not apply. Scripts stay `'self'` only, and the studio is never framed by other sites.
 */
export function studioCsp(nonce: string): string {
  return UI_CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);
}

/** The CSP with the origins allowed to frame the page (the embedding consumers' CORS_ORIGINS) added. */
export function uiCsp(frameAncestors: readonly string[] = []): string {
  const origins = frameAncestors.filter((origin) => /^https?:\/\/[^\s;,']+$/.test(origin));
  return origins.length
    ? UI_CSP.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${origins.join(' ')}`)
    : UI_CSP;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The chat UI: `/` (the page), `/assets/app.js`, `/assets/app.css`; the scenario studio: `/studio`,
 * `/assets/studio.js`, `/assets/studio.css` (the chat's stylesheet too); the analytics: `/studio/analytics`,
 * `/assets/analytics.js`, `/assets/analytics.css` (the chat's stylesheet too). The chat's bundle is built once
 * per process in the background, the others when first asked for; requests wait for them.
 */
export function createUiRoutes(options: { frameAncestors?: readonly string[] } = {}) {
  const csp = uiCsp(options.frameAncestors);
  const embedOrigins = options.frameAncestors ?? [];
  void bundledAssets('ui').catch(() => {
    // Reported by the first request that needs the bundle.
  });

  const serve = async (
    c: Context,
    type: string,
    body: (assets: UiAssets) => string,
    name: BundleName = 'ui',
  ) => {
    const assets = await bundledAssets(name);
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
    .get('/assets/app.css', (c) => serve(c, 'text/css; charset=utf-8', (assets) => assets.css))
    .get('/studio', async (c) => {
      const [ui, studio] = await Promise.all([bundledAssets('ui'), bundledAssets('studio')]);
      const nonce = randomBytes(16).toString('base64');
      c.header('Content-Security-Policy', studioCsp(nonce));
      // The nonce is this response's alone: the page is never stored or revalidated against an older one.
      c.header('Cache-Control', 'no-store');
      c.header('Content-Type', 'text/html; charset=utf-8');
      return c.body(renderStudioPage({ ui: ui.version, studio: studio.version }, nonce));
    })
    .get('/assets/studio.js', (c) =>
      serve(c, 'text/javascript; charset=utf-8', (assets) => assets.js, 'studio'),
    )
    .get('/assets/studio.css', (c) => serve(c, 'text/css; charset=utf-8', (assets) => assets.css, 'studio'))
    .get('/studio/analytics', async (c) => {
      const [ui, analytics] = await Promise.all([bundledAssets('ui'), bundledAssets('analytics')]);
      // Never framed by other sites: the embedding origins are the chat's alone.
      c.header('Content-Security-Policy', UI_CSP);
      // It names two bundles' versions: revalidated each time rather than given one ETag for both.
      c.header('Cache-Control', 'no-cache');
      c.header('Content-Type', 'text/html; charset=utf-8');
      return c.body(renderAnalyticsPage({ ui: ui.version, analytics: analytics.version }));
    })
    .get('/assets/analytics.js', (c) =>
      serve(c, 'text/javascript; charset=utf-8', (assets) => assets.js, 'analytics'),
    )
    .get('/assets/analytics.css', (c) =>
      serve(c, 'text/css; charset=utf-8', (assets) => assets.css, 'analytics'),
    );
}

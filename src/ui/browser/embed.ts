// Embedding the UI in another site's page (an LMS, an intranet): an API key handed over in the URL
// fragment, and events posted to the parent page. The fragment never reaches any server or log; the key
// is taken out of the address bar at once and kept in memory only, by the page's API client.

/** Reads `#key=rh_…` once at start-up and removes it from the address (and the history entry). */
export function takeKeyFromFragment(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const key = params.get('key');
  if (!key) return null;
  params.delete('key');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return /^rh_[A-Za-z0-9_-]{43}$/.test(key) ? key : null;
}

/**
 * Another page of this server with the key handed on the way it came, in the fragment: the next page takes it
 * out of its address at once, and the fragment reaches no server. Without a key, the plain path.
 */
export function withKeyFragment(path: string, key: string | null): string {
  return key ? `${path}#key=${encodeURIComponent(key)}` : path;
}

/**
 * A link's attributes for another page of this server that hands the key on when followed. The link itself
 * holds the plain path, so a copied or shared link never carries the key; a plain click goes to the path with
 * the key in the fragment. Opened in a new tab or window, the page asks for its key as it would anyway.
 */
export function keyHandingLink(
  path: string,
  key: string | null,
  navigate: (url: string) => void = (url) => window.location.assign(url),
) {
  return {
    href: path,
    onclick: (event: Event) => {
      const click = event as MouseEvent;
      if (!key || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey)
        return;
      click.preventDefault();
      navigate(withKeyFragment(path, key));
    },
  };
}

export type EmbedEvent =
  | { type: 'session-started'; sessionId: string; scenarioId: string; mode: string }
  | { type: 'turn-scored'; sessionId: string; overall: number; principles: Record<string, number | null> }
  | { type: 'session-ended'; sessionId: string; overall: number; principles: Record<string, number | null> };

/** The origins the server allows to embed this page (its CORS_ORIGINS), from the page's meta tag. */
export function embedOrigins(doc: Pick<Document, 'querySelector'>): string[] {
  const content = doc.querySelector('meta[name="rehearse-embed-origins"]')?.getAttribute('content') ?? '';
  return content.split(/\s+/).filter(Boolean);
}

/**
 * Tells the embedding page what happened — only when framed, and only to allowed origins: postMessage with
 * an explicit target origin is delivered only if the parent really is that origin, so scores never leak
 * to a page that framed us without permission.
 */
export function notifyParent(
  event: EmbedEvent,
  win: Pick<Window, 'parent'> & { document: Pick<Document, 'querySelector'> } = window,
): number {
  if (win.parent === (win as unknown)) return 0;
  const origins = embedOrigins(win.document);
  for (const origin of origins) win.parent.postMessage({ source: 'rehearse', ...event }, origin);
  return origins.length;
}

/** Per-principle scores of a reply, as the `turn-scored` event carries them. */
export function principleScores(
  criteria: { id: string; score: number | null }[],
): Record<string, number | null> {
  return Object.fromEntries(criteria.map((criterion) => [criterion.id, criterion.score]));
}

/** Per-principle means of a report, as the `session-ended` event carries them. */
export function principleMeans(
  principles: { id: string; mean: number | null }[],
): Record<string, number | null> {
  return Object.fromEntries(principles.map((principle) => [principle.id, principle.mean]));
}

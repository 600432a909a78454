/** The single HTML page: the shell the client script fills in. Asset URLs carry the bundle's hash. */
export function renderPage(version: string, embedOrigins: readonly string[] = []) {
  // The origins the page may post its events to when embedded (see src/ui/browser/embed.ts).
  const embed = embedOrigins.length
    ? `<meta name="rehearse-embed-origins" content="${escapeAttribute(embedOrigins.join(' '))}">\n`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
${embed}<title>Rehearse</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css?v=${version}">
<script type="module" src="/assets/app.js?v=${version}"></script>
</head>
<body>
<main id="main"><p>Rehearse…</p></main>
<noscript><p>Rehearse needs JavaScript to run the conversation. / Rehearse heeft JavaScript nodig.</p></noscript>
</body>
</html>
`;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A page of the authors' and analysts' tools: the chat's stylesheet for the shared look, then the page's own
 * bundle (`/assets/<bundle>.css` and `.js`).
 */
function renderToolPage(page: {
  bundle: 'studio' | 'analytics';
  versions: { ui: string; page: string };
  title: string;
  loading: string;
  noscript: string;
  head?: string;
}) {
  const { bundle, versions } = page;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
${page.head ?? ''}<title>${page.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css?v=${versions.ui}">
<link rel="stylesheet" href="/assets/${bundle}.css?v=${versions.page}">
<script type="module" src="/assets/${bundle}.js?v=${versions.page}"></script>
</head>
<body>
<main id="main"><p>${page.loading}</p></main>
<noscript><p>${page.noscript}</p></noscript>
</body>
</html>
`;
}

/**
 * The scenario studio's page. The nonce is the one this response's CSP allows for the code editor's `<style>`
 * element; the script reads it from the meta tag.
 */
export function renderStudioPage(versions: { ui: string; studio: string }, nonce: string) {
  return renderToolPage({
    bundle: 'studio',
    versions: { ui: versions.ui, page: versions.studio },
    title: 'Rehearse studio',
    loading: 'Rehearse studio…',
    noscript: 'The studio needs JavaScript. / De studio heeft JavaScript nodig.',
    head: `<meta name="rehearse-style-nonce" content="${escapeAttribute(nonce)}">\n`,
  });
}

/** The analytics page: figures and SVG charts only, drawn by script: the chat's own CSP fits it as it is. */
export function renderAnalyticsPage(versions: { ui: string; analytics: string }) {
  return renderToolPage({
    bundle: 'analytics',
    versions: { ui: versions.ui, page: versions.analytics },
    title: 'Rehearse analytics',
    loading: 'Rehearse analytics…',
    noscript: 'The analytics page needs JavaScript. / De analysepagina heeft JavaScript nodig.',
  });
}

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
 * The scenario studio's page: the chat's stylesheet for the shared look, then the studio's own bundle. The
 * nonce is the one this response's CSP allows for the code editor's `<style>` element; the script reads it
 * from the meta tag.
 */
export function renderStudioPage(versions: { ui: string; studio: string }, nonce: string) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="rehearse-style-nonce" content="${escapeAttribute(nonce)}">
<title>Rehearse studio</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css?v=${versions.ui}">
<link rel="stylesheet" href="/assets/studio.css?v=${versions.studio}">
<script type="module" src="/assets/studio.js?v=${versions.studio}"></script>
</head>
<body>
<main id="main"><p>Rehearse studio…</p></main>
<noscript><p>The studio needs JavaScript. / De studio heeft JavaScript nodig.</p></noscript>
</body>
</html>
`;
}

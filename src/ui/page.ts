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

// Text a model must read as data goes inside a fence of tags (<learner_reply>…</learner_reply>). A tag in
// that text that looks like one of the fence's own could close it early, so it is made a harmless
// look-alike: ‹/learner_reply›.

/** `text` with every tag named in `tags` (opening or closing, with any attributes) defused. */
export function defuseTags(text: string, tags: readonly string[]): string {
  const fenceLike = new RegExp(`<\\s*\\/?\\s*(?:${tags.join('|')})\\b[^>]*>`, 'gi');
  return text.replace(fenceLike, (tag) => tag.replaceAll('<', '‹').replaceAll('>', '›'));
}

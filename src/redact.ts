// Anything shaped like an API key (`rh_` and a run of key characters, whole or cut short) is masked wherever
// a caller may have pasted it, a URL path or an id, before it reaches an answer or a log line.

const KEY_LIKE = /rh_[A-Za-z0-9_-]{6,}/g;

export function redactKeys(text: string): string {
  return text.replace(KEY_LIKE, 'rh_[redacted]');
}

import { describe, expect, it } from 'vitest';
import { createSecretBox, requireSecretBox, secretHint } from './secret-box.ts';

const KEY = 'a-test-encryption-key-of-32-characters!';

describe('the secret box', () => {
  it('seals so that only the same key opens, and never the same text twice', () => {
    const box = createSecretBox(KEY);
    const sealed = box.seal('Basic dXNlcjpzZWNyZXQ=');
    expect(sealed).not.toContain('dXNlcjpzZWNyZXQ');
    expect(box.seal('Basic dXNlcjpzZWNyZXQ=')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('Basic dXNlcjpzZWNyZXQ=');
    expect(() => createSecretBox(`${KEY}-other`).open(sealed)).toThrow();
  });

  it('refuses a tampered secret', () => {
    const box = createSecretBox(KEY);
    const sealed = box.seal('whsec_abc');
    const flipped = `${sealed.slice(0, -2)}${sealed.at(-2) === 'A' ? 'B' : 'A'}${sealed.at(-1)}`;
    expect(() => box.open(flipped)).toThrow();
  });

  it('says which setting is missing', () => {
    expect(() => requireSecretBox(undefined, 'Webhooks')).toThrow(/Webhooks need ENCRYPTION_KEY/);
  });

  it('hints at a secret with its scheme and last four characters only', () => {
    expect(secretHint('Basic dXNlcjpzZWNyZXQ=')).toBe('Basic …ZXQ=');
    expect(secretHint('token123456')).toBe('…3456');
  });
});

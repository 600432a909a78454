import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../errors.ts';

// Secrets the server must send on, so cannot hash (a consumer's LRS credentials, webhook signing secrets), are
// stored encrypted with AES-256-GCM under a key derived from ENCRYPTION_KEY. A stolen database alone reveals none.

const VERSION = 'v1';

export type SecretBox = {
  seal(plain: string): string;
  open(sealed: string): string;
};

export function createSecretBox(encryptionKey: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', encryptionKey, 'rehearse', 'stored secrets v1', 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed) {
      const [version, data] = sealed.split('.');
      if (version !== VERSION || !data) throw new Error('Not a sealed secret of this version.');
      const bytes = Buffer.from(data, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/** The box, or a clear 503 naming the setting that is missing. */
export function requireSecretBox(encryptionKey: string | undefined, what: string): SecretBox {
  if (!encryptionKey) {
    throw new AppError(
      'not_configured',
      `${what} need ENCRYPTION_KEY (at least 32 characters) on the server: the secrets are stored encrypted with it.`,
    );
  }
  return createSecretBox(encryptionKey);
}

/** What a list may show of a secret: its scheme word, if any, and its last four characters. */
export function secretHint(secret: string): string {
  const [scheme, rest] = secret.includes(' ') ? secret.split(/ (.*)/s) : ['', secret];
  const tail = (rest ?? '').slice(-4);
  return `${scheme ? `${scheme} ` : ''}…${tail}`;
}

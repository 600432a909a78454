import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  displayPrefix,
  generateApiKey,
  hashApiKey,
  looksLikeApiKey,
  secretsEqual,
} from './api-key.ts';
import { checkExposure, isLoopbackHost } from './exposure.ts';

describe('api keys', () => {
  it('are rh_ + 32 random bytes in base64url, never the same twice', () => {
    const keys = Array.from({ length: 50 }, generateApiKey);
    for (const key of keys) {
      expect(key).toMatch(/^rh_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(key.slice(3), 'base64url')).toHaveLength(32);
      expect(looksLikeApiKey(key)).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are stored as a SHA-256 hex hash and a prefix too short to use', () => {
    const key = generateApiKey();
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).not.toContain(key.slice(3, 20));
    expect(displayPrefix(key)).toBe(key.slice(0, 10));
  });

  it.each([
    [undefined, null],
    ['', null],
    ['Bearer', null],
    ['Bearer ', null],
    ['Bearer  rh_x', null],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearer rh_abc def', null],
    ['Bearer rh_ä', null],
    [`Bearer ${'a'.repeat(600)}`, null],
    ['Bearer rh_abc', 'rh_abc'],
    ['bearer rh_abc', 'rh_abc'],
  ])('reads the bearer token of %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  it.each([
    ['rh_', false],
    [`rh_${'A'.repeat(42)}`, false],
    [`rh_${'A'.repeat(44)}`, false],
    [`xx_${'A'.repeat(43)}`, false],
    [`rh_${'A'.repeat(42)}=`, false],
    [`rh_${'A'.repeat(43)}`, true],
  ])('checks the shape of %s', (text, ok) => {
    expect(looksLikeApiKey(text)).toBe(ok);
  });

  it('compares secrets whole', () => {
    expect(secretsEqual('admin-token-0123456789', 'admin-token-0123456789')).toBe(true);
    expect(secretsEqual('admin-token-012345678', 'admin-token-0123456789')).toBe(false);
    expect(secretsEqual('', 'admin-token-0123456789')).toBe(false);
    expect(secretsEqual('Admin-token-0123456789', 'admin-token-0123456789')).toBe(false);
  });
});

describe('exposure', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['192.168.1.2', false],
    ['example.com', false],
    ['127.0.0.1.example.com', false],
    ['::ffff:10.0.0.1', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it('refuses a public address without AUTH, naming AUTH', () => {
    const { refuse, warn } = checkExposure({ HOST: '0.0.0.0', AUTH: undefined, ADMIN_TOKEN: undefined });
    expect(refuse).toMatch(/AUTH=api-key/);
    expect(warn).toBeNull();
  });

  it('warns loudly for an explicit AUTH=none on a public address', () => {
    const { refuse, warn } = checkExposure({ HOST: '0.0.0.0', AUTH: 'none', ADMIN_TOKEN: undefined });
    expect(refuse).toBeNull();
    expect(warn).toMatch(/^WARNING: AUTH=none/);
  });

  it.each([
    ['127.0.0.1', undefined],
    ['0.0.0.0', 'api-key'],
    ['::1', 'none'],
  ] as const)('lets %s with AUTH=%s start quietly', (HOST, AUTH) => {
    expect(checkExposure({ HOST, AUTH, ADMIN_TOKEN: undefined })).toEqual({ refuse: null, warn: null });
  });
});

import { describe, expect, it } from 'vitest';
import { addressAllowed, guardedLookup, outboundUrlProblem } from './outbound-url.ts';

describe('outbound targets', () => {
  it.each([
    ['https://lms.example.org/hooks', false, null],
    ['https://10.1.2.3/hooks', false, null],
    ['http://lms.example.org/hooks', false, 'must be an https:// URL'],
    ['https://127.0.0.1/hooks', false, 'loopback'],
    ['http://localhost:8080/hooks', false, 'loopback'],
    ['https://[::1]/hooks', false, 'loopback'],
    ['http://127.0.0.1:8080/hooks', true, null],
    ['http://localhost:8080/hooks', true, null],
    ['https://169.254.169.254/latest', false, 'reserved'],
    ['https://0.0.0.0/', false, 'reserved'],
    ['https://user:pw@lms.example.org/', false, 'credentials'],
    ['ftp://lms.example.org/', false, 'https'],
    ['not a url', false, 'URL'],
  ])('%s (loopback allowed: %s) → %s', (url, allowLoopback, problem) => {
    const found = outboundUrlProblem(url, allowLoopback);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('refuses reserved and (unless allowed) loopback addresses, mapped IPv6 included', () => {
    expect(addressAllowed('93.184.216.34', false)).toBe(true);
    expect(addressAllowed('127.0.0.1', false)).toBe(false);
    expect(addressAllowed('::ffff:127.0.0.1', false)).toBe(false);
    expect(addressAllowed('127.0.0.1', true)).toBe(true);
    expect(addressAllowed('169.254.169.254', true)).toBe(false);
    expect(addressAllowed('fe80::1', true)).toBe(false);
  });

  it('refuses a name that resolves to this machine when connecting', async () => {
    const refused = await new Promise<Error | null>((done) =>
      guardedLookup(false)('localhost', {}, (error) => done(error)),
    );
    expect(refused?.message).toMatch(/may not reach/);
    const allowed = await new Promise<string>((done) =>
      guardedLookup(true)('localhost', {}, (_error, address) => done(String(address))),
    );
    expect(allowed).toMatch(/127\.0\.0\.1|::1/);
  });
});

import { isIPv4, isIPv6 } from 'node:net';
import type { Config } from '../config.ts';

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`: addresses no other machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIPv4(name)) return name.startsWith('127.');
  if (isIPv6(name)) {
    if (name === '::1' || /^(0{0,4}:){7}0{0,3}1$/.test(name)) return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(name);
    return mapped ? mapped[1]!.startsWith('127.') : false;
  }
  return false;
}

export type Exposure = { refuse: string | null; warn: string | null };

/**
 * Without keys anyone who can reach the port can read every transcript: that is only allowed on loopback.
 * An explicit `AUTH=none` on another address is taken as a deliberate choice (e.g. behind an authenticating
 * proxy) and starts with a loud warning.
 */
export function checkExposure(config: Pick<Config, 'HOST' | 'AUTH' | 'ADMIN_TOKEN'>): Exposure {
  if (config.AUTH === 'api-key' || isLoopbackHost(config.HOST)) return { refuse: null, warn: null };
  if (config.AUTH === 'none') {
    return {
      refuse: null,
      warn:
        `WARNING: AUTH=none on HOST=${config.HOST}: anyone who can reach this address can read and erase every ` +
        'session. Use AUTH=api-key unless an authenticating proxy stands in front.',
    };
  }
  return {
    refuse:
      `HOST=${config.HOST} is not a loopback address, and AUTH is not set. Set AUTH=api-key (and create keys ` +
      'with `npm run keys -- create --name NAME`), or listen on HOST=127.0.0.1. ' +
      'To run without keys on this address anyway, set AUTH=none explicitly.',
    warn: null,
  };
}

import { lookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

// Where the server may send requests a consumer asked for (webhooks, its LRS): HTTPS to a public or private
// network address, never to this machine, link-local addresses (cloud metadata) or "any". Loopback only when
// ALLOW_LOOPBACK_TARGETS is set, for development and tests, over http or https.

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const NEVER = new BlockList();
NEVER.addSubnet('0.0.0.0', 8, 'ipv4');
NEVER.addSubnet('169.254.0.0', 16, 'ipv4');
NEVER.addSubnet('224.0.0.0', 4, 'ipv4');
NEVER.addSubnet('240.0.0.0', 4, 'ipv4');
NEVER.addAddress('::', 'ipv6');
NEVER.addSubnet('fe80::', 10, 'ipv6');
NEVER.addSubnet('ff00::', 8, 'ipv6');

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

function mappedV4(address: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match ? match[1]! : address;
}

export function isLoopbackAddress(address: string): boolean {
  const plain = mappedV4(address);
  return LOOPBACK.check(plain, family(plain));
}

/** True when a request may go to this resolved address. */
export function addressAllowed(address: string, allowLoopback: boolean): boolean {
  const plain = mappedV4(address);
  if (NEVER.check(plain, family(plain))) return false;
  return allowLoopback || !isLoopbackAddress(plain);
}

const isLoopbackName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/** Null when the URL is an allowed target, else what is wrong with it, as a sentence for the caller. */
export function outboundUrlProblem(value: string, allowLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a URL';
  }
  if (url.username || url.password) return 'must not hold credentials';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback = isLoopbackName(host) || (isIP(host) !== 0 && isLoopbackAddress(host));
  if (loopback) {
    if (!allowLoopback) return 'must not point to this server itself (loopback)';
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'must be an http(s) URL';
  }
  if (url.protocol !== 'https:') return 'must be an https:// URL';
  if (isIP(host) !== 0 && !addressAllowed(host, false)) return 'must not point to a reserved address';
  return null;
}

/**
 * A DNS lookup for outgoing requests that refuses addresses they may not reach, checked when connecting: a name
 * that resolves to this machine or to cloud metadata later (DNS rebinding) is still refused.
 */
export function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((entry) => addressAllowed(entry.address, allowLoopback));
      if (allowed.length === 0) {
        const refused = Object.assign(
          new Error(`${hostname} resolves to an address webhooks may not reach`),
          {
            code: 'EADDRNOTALLOWED',
          },
        );
        return callback(refused, '', 0);
      }
      if (options.all) return (callback as (e: null, a: typeof allowed) => void)(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

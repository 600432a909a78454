import { createHash } from 'node:crypto';

// Statement ids are name-based (RFC 4122 version 5): the same session always yields the same ids, so
// sending its statements to an LRS twice stores them once, and the export is stable.

const NAMESPACE = Buffer.from('6c1f0c5e4f1a4a8e9d7b2f3a5e8c9d01', 'hex');

export function uuidV5(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import { randomBytes } from 'node:crypto';

/**
 * UUIDv7 strings: the first 48 bits are the millisecond, the rest random, so two ids of the same
 * millisecond are in no particular order, and ids a client sends (a phone's UUIDs) in none at
 * all. Lists are therefore ordered by their creation time and use the id only to break ties
 * (`db/repos/newest-first.ts`).
 */
export function newId(now = Date.now()): string {
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}

import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Server-side request forgery guard for webhook URLs: a receiver must be a public
 * address unless an admin registered it with `allowPrivateNetwork`. Checked at
 * registration (400) and again on every connection, on the address actually dialled,
 * so a name that later resolves elsewhere (DNS rebinding) is still refused.
 */
// Two lists: a BlockList matches IPv4 addresses against its IPv6 rules through their mapped
// form, so the IPv6 rules below that cover every embedded IPv4 address must not see IPv4.
const blocked4 = new BlockList();
const blocked6 = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked4.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still private)
  ['fc00::', 7], // unique local
  ['ff00::', 8], // multicast
  // Forms embedding an IPv4 address; the embedded address is checked first (embeddedIpv4),
  // and whatever that does not recognise is refused here.
  ['::', 96], // IPv4-compatible
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64
  ['2002::', 16], // 6to4
] as const) {
  blocked6.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address embedded in an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
function embeddedIpv4(ipv6: string): string | null {
  const lower = ipv6.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1]!, 16);
    const lo = parseInt(hex[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  if (sixToFour) {
    const hi = parseInt(sixToFour[1]!, 16);
    const lo = parseInt(sixToFour[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** True for loopback, link-local, private, unique-local, multicast and other non-public addresses. */
export function isNonPublicAddress(address: string): boolean {
  const unbracketed = address.replace(/^\[|\]$/g, '');
  const family = isIP(unbracketed);
  if (family === 4) return blocked4.check(unbracketed, 'ipv4');
  if (family === 6) {
    // The URL parser writes IPv6 in its canonical compressed form (0:0::ffff:7f00:1 -> ::ffff:7f00:1).
    const canonical = new URL(`http://[${unbracketed}]/`).hostname.slice(1, -1);
    const v4 = embeddedIpv4(canonical);
    if (v4 !== null) return isIP(v4) !== 4 || blocked4.check(v4, 'ipv4');
    return blocked6.check(canonical, 'ipv6');
  }
  return true; // not an address at all: refuse rather than guess
}

export class ForbiddenAddressError extends Error {
  readonly code = 'EFORBIDDENADDRESS';
  constructor(readonly address: string) {
    super(`${address} is a loopback, link-local or private address; the webhook does not allow private networks`);
  }
}

/**
 * A host that is non-public without asking a resolver: a non-public IP literal, or
 * "localhost" and its subdomains (RFC 6761: always loopback). Null otherwise.
 */
export function forbiddenLiteralHost(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isNonPublicAddress(host) ? host : null;
  return /(^|\.)localhost\.?$/i.test(host) ? host : null;
}

export type HostCheck =
  | { ok: true; addresses: string[] }
  | { ok: false; reason: 'forbidden'; address: string }
  | { ok: false; reason: 'unresolvable'; message: string };

/** Resolves a URL's host (at most `timeoutMs`) and checks every address it names. */
export async function checkHost(hostname: string, timeoutMs = 3000): Promise<HostCheck> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const forbidden = forbiddenLiteralHost(host);
  if (forbidden) return { ok: false, reason: 'forbidden', address: forbidden };
  if (isIP(host)) return { ok: true, addresses: [host] };
  let timer: NodeJS.Timeout | undefined;
  try {
    const addresses = await Promise.race([
      dns.lookup(host, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`resolving ${host} took longer than ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    const bad = addresses.find((a) => isNonPublicAddress(a.address));
    if (bad) return { ok: false, reason: 'forbidden', address: bad.address };
    return { ok: true, addresses: addresses.map((a) => a.address) };
  } catch (err) {
    return { ok: false, reason: 'unresolvable', message: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses to connect to a non-public address: the
 * check runs on the very addresses the socket is about to dial.
 */
export function guardedLookup(hostname: string, options: { all?: boolean; family?: number } | number, callback: LookupCallback): void {
  const opts = typeof options === 'number' ? { family: options } : options;
  const lookupOptions: LookupAllOptions = { all: true, verbatim: true, ...(opts.family ? { family: opts.family } : {}) };
  dnsLookup(hostname, lookupOptions, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => isNonPublicAddress(a.address));
    if (bad) return callback(new ForbiddenAddressError(bad.address) as NodeJS.ErrnoException, []);
    if (opts.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    return callback(null, first.address, first.family);
  });
}

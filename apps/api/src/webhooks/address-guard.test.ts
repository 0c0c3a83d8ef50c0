import { describe, expect, it } from '@jest/globals';
import { checkHost, forbiddenLiteralHost, guardedLookup, isNonPublicAddress } from './address-guard.js';
import { signatureHeader, verifySignature } from './signature.js';

describe('isNonPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'fc00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::10.0.0.1',
    '2002:c0a8:0101::1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:0808:0808::1'])(
    'allows the public address %s',
    (address) => {
      expect(isNonPublicAddress(address)).toBe(false);
    },
  );
});

describe('host checks', () => {
  it('treats localhost and its subdomains as loopback without asking a resolver', async () => {
    expect(forbiddenLiteralHost('localhost')).toBe('localhost');
    expect(forbiddenLiteralHost('api.localhost')).toBe('api.localhost');
    expect(forbiddenLiteralHost('[::1]')).toBe('::1');
    expect(forbiddenLiteralHost('8.8.8.8')).toBeNull();
    expect(forbiddenLiteralHost('example.com')).toBeNull();
    expect(await checkHost('localhost')).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await checkHost('10.0.0.1')).toMatchObject({ ok: false, reason: 'forbidden', address: '10.0.0.1' });
    expect(await checkHost('8.8.8.8')).toEqual({ ok: true, addresses: ['8.8.8.8'] });
  });

  it('refuses, at connection time, a name that resolves to a loopback address', async () => {
    const outcome = await new Promise<{ err: NodeJS.ErrnoException | null }>((resolve) =>
      guardedLookup('localhost', { all: true }, (err) => resolve({ err })),
    );
    expect(outcome.err?.message).toMatch(/loopback|private/);
  });
});

describe('signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"d1","event":"return.created","createdAt":"2026-11-26T00:00:00.000Z","data":{}}';

  it('signs "<t>.<body>" and verifies within the tolerance only', () => {
    const header = signatureHeader(secret, body, 1_790_000_000);
    expect(header).toMatch(/^t=1790000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, body, header, { nowSeconds: 1_790_000_100 })).toBe(true);
    expect(verifySignature(secret, body, header, { nowSeconds: 1_790_000_400 })).toBe(false); // a replay, too late
    expect(verifySignature(secret, `${body} `, header, { nowSeconds: 1_790_000_000 })).toBe(false);
    expect(verifySignature(secret, body, header.replace('t=1790000000', 't=1790000001'), { nowSeconds: 1_790_000_000 })).toBe(false);
    expect(verifySignature(secret, body, 'garbage')).toBe(false);
  });
});

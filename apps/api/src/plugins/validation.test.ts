import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Type, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { VisitBody } from '../services/visits/schemas.js';
import { compileCleaner } from './validation.js';

const clone = <T>(v: T): T => structuredClone(v);
const cleanWith = (schema: TSchema, value: unknown) => {
  const cleaner = compileCleaner(schema);
  return cleaner ? cleaner(clone(value)) : clone(value);
};

const Line = Type.Object({ productId: Type.String(), layer: Type.Optional(Type.Union([Type.String(), Type.Integer()])) });
const Mixed = Type.Object({
  name: Type.String(),
  tags: Type.Array(Type.String()),
  lines: Type.Array(Line),
  nested: Type.Optional(Type.Object({ a: Type.Number(), deeper: Type.Object({ b: Type.Boolean() }) })),
  either: Type.Optional(Type.Union([Type.Null(), Type.Object({ q: Type.Number() })])),
  bag: Type.Optional(Type.Record(Type.String(), Type.Number())),
  open: Type.Optional(Type.Object({ k: Type.String() }, { additionalProperties: true })),
});

describe('compileCleaner', () => {
  it('removes undeclared keys at every level, as Value.Clean does', () => {
    const value = {
      name: 'x',
      status: 'approved',
      tags: ['a'],
      lines: [{ productId: 'p', layer: 2, ownerId: 'u9' }, { productId: 'q', version: 3 }],
      nested: { a: 1, roleCode: 'admin', deeper: { b: true, id: 'z' } },
      either: { q: 1, extra: 2 },
      bag: { k: 1, j: 2 },
      open: { k: 's', kept: true },
    };
    const cleaned = cleanWith(Mixed, value);
    expect(cleaned).toEqual(Value.Clean(Mixed, clone(value)));
    expect(cleaned).toEqual({
      name: 'x',
      tags: ['a'],
      lines: [{ productId: 'p', layer: 2 }, { productId: 'q' }],
      nested: { a: 1, deeper: { b: true } },
      either: { q: 1 },
      bag: { k: 1, j: 2 },
      open: { k: 's', kept: true },
    });
  });

  it('has nothing to do for primitives and unions of primitives', () => {
    expect(compileCleaner(Type.String())).toBeNull();
    expect(compileCleaner(Type.Array(Type.Integer()))).toBeNull();
    expect(compileCleaner(Type.Union([Type.Literal('a'), Type.Literal('b')]))).toBeNull();
  });

  it('agrees with Value.Clean on any visit body with extra fields anywhere', () => {
    const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 });
    const line = fc.record({ productId: fc.string({ minLength: 1 }), shelfPrice: fc.nat(), priceTagOk: fc.boolean(), stockQty: fc.nat(), facings: fc.nat(), shelfLayer: fc.oneof(fc.string(), fc.nat(100)) }, { requiredKeys: ['productId', 'shelfPrice', 'priceTagOk', 'stockQty', 'facings'] });
    const body = fc.record({
      storeId: fc.string({ minLength: 1 }),
      checkInAt: fc.constant('2026-11-26T08:00:00.000Z'),
      location: fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) }),
      lines: fc.array(fc.tuple(line, extra).map(([l, e]) => ({ ...e, ...l })), { maxLength: 5 }),
      signedBy: fc.string(),
    });
    fc.assert(
      fc.property(body, extra, extra, (b, top, inLocation) => {
        const value = { ...top, ...b, location: { ...inLocation, ...b.location } };
        expect(cleanWith(VisitBody, value)).toEqual(Value.Clean(VisitBody, clone(value)));
      }),
      { numRuns: 300 },
    );
  });
});

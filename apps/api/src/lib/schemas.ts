import { Type, type TSchema } from 'typebox';
import { MAX_AMOUNT_MAJOR, MAX_PRICE_MAJOR, PERMISSIONS, toMinor } from '@fieldbeat/domain';
import { invalid } from './errors.js';

export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** Who did something, as people read it: the id for links, the name to show (null only for someone deleted). */
export const ActorRef = Type.Object({ id: Type.String(), name: Nullable(Type.String()) }, { description: 'who did it: id and display name' });

export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const IsoMonth = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
export const IsoWeek = Type.String({ pattern: '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$', description: 'YYYY-Www' });
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 with offset' });
/** Marks a string as an id: the validation plugin lower-cases it when it is a UUID (see compileUuidFolder). */
export const UUID_FOLD = 'x-uuid-lowercase';
export const Id = Type.String({ minLength: 1, maxLength: 100, [UUID_FOLD]: true });
/** A client-generated UUID (offline capture), compared in lower case. */
export const ClientId = Type.String({ format: 'uuid', description: 'a client-generated UUID (offline capture); compared in lower case' });
export const Text = (maxLength = 2000) => Type.String({ maxLength });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
/**
 * Money in major units with at most 2 decimals, checked exactly by `moneyField`: an amount (a
 * collection, a plan, a refund, a cost), at most MAX_AMOUNT_MAJOR so that sums stay exact.
 */
export const Money = Type.Number({ minimum: 0, maximum: MAX_AMOUNT_MAJOR, description: 'major units, at most 2 decimals' });
/** A unit price in major units (retail, supply), at most MAX_PRICE_MAJOR: an order line's amount stays within 10^15 minor units. */
export const Price = Type.Number({ minimum: 0, maximum: MAX_PRICE_MAJOR, description: 'major units per unit, at most 2 decimals' });
export const PermissionSchema = Type.Enum([...PERMISSIONS], { description: 'a permission of the catalog' });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { description: 'application/problem+json (RFC 9457)' },
);

/** Declares the problem responses a route can give, for the OpenAPI document. */
export function problems(...codes: (400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 429)[]) {
  return Object.fromEntries(codes.map((c) => [c, Problem])) as Record<number, typeof Problem>;
}

/** Major units to exact minor units, or a 400 naming the field. */
export function moneyField(path: string, value: number): number {
  try {
    return toMinor(value);
  } catch {
    throw invalid(path, 'must be an amount with at most 2 decimals');
  }
}

export const NoContent = Type.Null({ description: 'No content' });

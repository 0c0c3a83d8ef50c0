import { Type } from 'typebox';
import { ApiError } from './errors.js';

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
};

export const Page = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** A cursor is the sort key of the last item returned, opaque to the caller. */
export function decodeCursor(cursor: string | undefined): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return value as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new ApiError('VALIDATION', 'cursor is not valid', [{ path: '/cursor', message: 'not a cursor this API issued' }]);
}

export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * Repositories fetch `limit + 1` rows; this trims the extra one and derives the cursor.
 */
export function page<T>(rows: T[], limit: number, key: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}

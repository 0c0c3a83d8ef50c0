import { Type } from 'typebox';
import { ApiError } from './errors.js';
import type { Localized } from './locale.js';

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(
    Type.String({
      maxLength: 500,
      description:
        "the previous page's nextCursor (opaque: the last item's sort key, for most lists its creation time and id); another list's or an edited cursor is 400",
    }),
  ),
};

export const Page = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

type KeyPart = 'string' | 'number';
/** The decoded sort key of a cursor whose shape is `S` (`['string', 'string']` -> `[string, string]`). */
export type CursorKey<S extends readonly KeyPart[]> = {
  -readonly [K in keyof S]: S[K] extends 'number' ? number : string;
};

/**
 * The key of a list in its documented order, newest first: creation time, then id (rows made in the
 * same millisecond). Random client ids (a phone's UUIDv4) make id order meaningless on its own.
 */
export const NEWEST_FIRST = ['string', 'string'] as const;
export const newestKey = (row: { createdAt: string; id: string }): [string, string] => [
  row.createdAt,
  row.id,
];

const NOT_A_CURSOR: Localized = {
  en: 'not a cursor this API issued for this list',
  'zh-CN': '不是本接口为此列表发出的分页游标',
};
/** 400 naming `cursor`, in the caller's language: a cursor this API did not issue for this list. */
export const invalidCursor = () =>
  new ApiError('VALIDATION', { en: 'cursor is not valid', 'zh-CN': '分页游标无效' }, [
    { path: '/query/cursor', message: NOT_A_CURSOR },
  ]);

/**
 * A cursor is the sort key of the last item returned, opaque to the caller. The key must have
 * exactly the parts of the list's `shape`, of those types (a cursor of another list, or one edited
 * by hand, is a 400 naming `cursor`, never a query with a missing bound).
 */
export function decodeCursor<const S extends readonly KeyPart[]>(
  cursor: string | undefined,
  shape: S,
): CursorKey<S> | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(value) ||
    !value.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw invalidCursor();
  }
  if (value.length !== shape.length || shape.some((type, i) => typeof value[i] !== type))
    throw invalidCursor();
  return value as CursorKey<S>;
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

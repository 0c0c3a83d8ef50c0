import { Type, type Static } from 'typebox';
import { collectionAmount, toMajor } from '@fieldbeat/domain';
import type { DbOrTx } from '../../db/client.js';
import { insertCollection, type CollectionRow } from '../../db/repos/scoring.js';
import type { Caller } from '../../lib/caller.js';
import { newId } from '../../lib/ids.js';
import { refusalError } from '../../lib/refusal.js';
import { Id, IsoDate, Money, moneyField, Nullable } from '../../lib/schemas.js';
import { createUserRecord, recordSubject } from './subjects.js';

/** 回款: collections booked by finance; those dated in a month make its actual (minus executed refunds). */

export const CollectionView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  date: IsoDate,
  amount: Type.Number({ description: 'major units' }),
  reference: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const collectionView = (c: CollectionRow): Static<typeof CollectionView> => ({
  id: c.id,
  userId: c.userId,
  date: c.date,
  amount: toMajor(c.amountMinor),
  reference: c.reference,
  createdAt: c.createdAt,
});

export const CollectionBody = Type.Object({ userId: Id, date: IsoDate, amount: Money, reference: Type.Optional(Type.String({ maxLength: 200 })) });

/** Books a collection for a user (scores.manage), audited. */
export function recordCollection(db: DbOrTx, caller: Caller, b: Static<typeof CollectionBody>): CollectionRow {
  return createUserRecord(db, caller, 'collection', (tx) => {
    // a bad amount answers 400 before an unknown user answers 404, as a malformed body does
    const amountMinor = moneyField('/amount', b.amount);
    const amount = collectionAmount(amountMinor);
    if (!amount.ok) throw refusalError(amount);
    recordSubject(tx, caller.principal, b.userId);
    return insertCollection(tx, {
      id: newId(),
      userId: b.userId,
      date: b.date,
      amountMinor,
      reference: b.reference ?? null,
      createdAt: new Date().toISOString(),
    });
  });
}

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { collectionAmount, toMajor } from '@fieldbeat/domain';
import { insertCollection, listCollections, type CollectionRow } from '../../db/repos/scoring.js';
import type { Tx } from '../../db/client.js';
import { refusalError } from '../../lib/refusal.js';
import { newId } from '../../lib/ids.js';
import type { Principal } from '../../lib/principal.js';
import { Id, IsoDate, Money, moneyField, Nullable } from '../../lib/schemas.js';
import { DateRange, recordSubject } from './shared.js';
import { userRecordRoutes } from './user-records.js';

const CollectionView = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  date: IsoDate,
  amount: Type.Number({ description: 'major units' }),
  reference: Nullable(Type.String()),
  createdAt: Type.String(),
});

const view = (c: CollectionRow) => ({
  id: c.id,
  userId: c.userId,
  date: c.date,
  amount: toMajor(c.amountMinor),
  reference: c.reference,
  createdAt: c.createdAt,
});

const CollectionBody = Type.Object({ userId: Id, date: IsoDate, amount: Money, reference: Type.Optional(Type.String({ maxLength: 200 })) });

/** POST /collections after its schema: the checks and the insert (the caller audits it). */
export function createCollection(tx: Tx, b: Static<typeof CollectionBody>, principal: Principal): CollectionRow {
  // a bad amount answers 400 before an unknown user answers 404, as a malformed body does
  const amountMinor = moneyField('/amount', b.amount);
  const amount = collectionAmount(amountMinor);
  if (!amount.ok) throw refusalError(amount);
  recordSubject(tx, principal, b.userId);
  return insertCollection(tx, {
    id: newId(),
    userId: b.userId,
    date: b.date,
    amountMinor,
    reference: b.reference ?? null,
    createdAt: new Date().toISOString(),
  });
}

/** 回款: collections booked by finance; those dated in a month make its actual (minus executed refunds). */
const collectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  userRecordRoutes(app, {
    entity: 'collection',
    View: CollectionView,
    view,
    list: {
      description: 'Collections of the users the caller may see, newest first.',
      filters: DateRange,
      rows: (db, q, page) => listCollections(db, { ...page, from: q.from, to: q.to }),
    },
    create: {
      description: 'Books a collection for a user (scores.manage).',
      permission: 'scores.manage',
      body: CollectionBody,
      insert: createCollection,
    },
  });
};

export default collectionRoutes;

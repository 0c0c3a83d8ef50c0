import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { toMajor } from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { insertCollection, listCollections, type CollectionRow } from '../../db/repos/scoring.js';
import { invalid } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, IsoDate, Money, moneyField, Nullable, problems } from '../../lib/schemas.js';
import { listScope, RangeQuery, subjectUser } from './shared.js';

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

/** 回款: collections booked by finance; those dated in a month make its actual (minus executed refunds). */
const collectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Books a collection for a user (scores.manage).',
        body: Type.Object({ userId: Id, date: IsoDate, amount: Money, reference: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 201: CollectionView, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'scores.manage');
      const b = request.body;
      const amountMinor = moneyField('/amount', b.amount);
      if (amountMinor <= 0) throw invalid('/amount', 'must be above 0');
      const created = app.db.transaction((tx) => {
        subjectUser(tx, request.principal, b.userId);
        const row = insertCollection(tx, {
          id: newId(),
          userId: b.userId,
          date: b.date,
          amountMinor,
          reference: b.reference ?? null,
          createdAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'collection', entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      return reply.code(201).send(view(created));
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: 'Collections of the users the caller may see, newest first.',
        querystring: Type.Object({ ...RangeQuery, ...PageQuery }),
        response: { 200: Page(CollectionView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor)?.[0] as string | undefined;
      const q = request.query;
      const rows = listCollections(app.db, { ...listScope(app.db, request.principal, q.userId), from: q.from, to: q.to, limit, before });
      const result = page(rows, limit, (c) => [c.id]);
      return { items: result.items.map(view), nextCursor: result.nextCursor };
    },
  );
};

export default collectionRoutes;

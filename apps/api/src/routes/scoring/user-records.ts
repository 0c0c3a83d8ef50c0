import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TObject, type TProperties, type TSchema } from 'typebox';
import type { Db, DbOrTx } from '../../db/client.js';
import type { UserRecordQuery } from '../../db/repos/scoring.js';
import { callerOf, type Caller } from '../../lib/caller.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { Id, problems } from '../../lib/schemas.js';
import { listScope, visibleRecord, type RecordKind, type UserRecord } from '../../services/scoring/subjects.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

export interface UserRecordSpec<Row extends UserRecord, View extends TSchema, Filters extends TProperties, Body extends TSchema> {
  View: View;
  view: (row: Row) => Static<View>;
  /** GET /: the list's own filters (beside `userId` and paging) and its rows for one page of the caller's scope. */
  list: {
    description: string;
    filters: Filters;
    rows: (db: DbOrTx, filters: Static<TObject<Filters>>, page: UserRecordQuery) => Row[];
  };
  /** POST /: the service verb that checks the body and records the row (audited). */
  create: {
    description: string;
    body: Body;
    record: (db: Db, caller: Caller, body: Static<Body>) => Row;
  };
  /** GET /:id, for the records that have one. */
  detail?: RecordKind<Row>;
}

/**
 * The routes every scorecard input about a user shares: create, list and (where it has one)
 * detail, each refusing what the caller may not see with 404. A record's own actions (a
 * complaint's validation, a market plan's completion) stay in its file and call their verb.
 */
export function userRecordRoutes<Row extends UserRecord, View extends TSchema, Filters extends TProperties, Body extends TSchema>(
  app: App,
  spec: UserRecordSpec<Row, View, Filters, Body>,
): void {
  const { detail } = spec;
  // Checked where it is made (`spec.view` returns the view's static type); as a plain schema
  // here, so that Fastify does not try to resolve a reply type over a generic schema.
  const View: TSchema = spec.View;

  app.post(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: spec.create.description,
        body: spec.create.body,
        response: { 201: View, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(spec.view(spec.create.record(app.db, callerOf(request), request.body as Static<Body>))),
  );

  if (detail) {
    app.get(
      '/:id',
      { schema: { tags: ['scoring'], params: Type.Object({ id: Id }), response: { 200: View, ...problems(401, 404) } } },
      async (request) => spec.view(visibleRecord(app.db, request.principal, detail, request.params.id)),
    );
  }

  app.get(
    '/',
    {
      schema: {
        tags: ['scoring'],
        description: spec.list.description,
        querystring: Type.Object({ userId: Type.Optional(Id), ...spec.list.filters, ...PageQuery }),
        response: { 200: Page(View), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const { userId, limit = 50, cursor, ...filters } = request.query as { userId?: string; limit?: number; cursor?: string };
      const before = decodeCursor(cursor, NEWEST_FIRST);
      const rows = spec.list.rows(app.db, filters as Static<TObject<Filters>>, { ...listScope(app.db, request.principal, userId), limit, before });
      const result = page(rows, limit, newestKey);
      return { items: result.items.map(spec.view), nextCursor: result.nextCursor };
    },
  );
}

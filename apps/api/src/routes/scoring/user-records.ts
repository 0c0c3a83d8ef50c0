import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static, type TObject, type TProperties, type TSchema } from 'typebox';
import type { Permission } from '@fieldbeat/domain';
import type { DbOrTx, Tx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import type { UserRecordQuery } from '../../db/repos/scoring.js';
import { canSee, visibilityOf } from '../../db/repos/visibility.js';
import { notFound } from '../../lib/errors.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { Id, problems } from '../../lib/schemas.js';
import { listScope, refuseOwnRecord } from './shared.js';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

/**
 * The audit entry of a scorecard input's create (`before` null) or change, as the routes write
 * it; the demo seeder writes the same with the manager as the actor.
 */
export function auditUserRecord(
  tx: Tx,
  principal: Principal,
  entry: { entity: string; action: string; entityId: string; before?: unknown; after: unknown; requestId?: string },
): void {
  writeAudit(tx, { ...actorOf(principal), ...entry });
}

/** A scorecard input recorded about one user (a collection, a complaint…); its list is newest first by createdAt, then id. */
interface UserRecord {
  id: string;
  userId: string;
  createdAt: string;
}

export interface UserRecordSpec<Row extends UserRecord, View extends TSchema, Filters extends TProperties, Body extends TSchema> {
  /** The record's entity in the audit log ('market_plan'). */
  entity: string;
  View: View;
  view: (row: Row) => Static<View>;
  /** GET /: the list's own filters (beside `userId` and paging) and its rows for one page of the caller's scope. */
  list: {
    description: string;
    filters: Filters;
    rows: (db: DbOrTx, filters: Static<TObject<Filters>>, page: UserRecordQuery) => Row[];
  };
  /** POST /: checks the body (the subject user, its own rules) and inserts the row, which is audited as `create`. */
  create: {
    description: string;
    permission: Permission;
    body: Body;
    insert: (tx: Tx, body: Static<Body>, principal: Principal) => Row;
  };
  /** GET /:id, for the records that have one; `noun` names the record in its 404 ('market plan'). */
  detail?: { noun: string; get: (db: DbOrTx, id: string) => Row | undefined };
}

/**
 * The routes every scorecard input about a user shares: create, list and (where it has one)
 * detail, each refusing what the caller may not see with 404. A record's own actions (a
 * complaint's validation, a market plan's completion) stay in its file and use `change`.
 */
export function userRecordRoutes<Row extends UserRecord, View extends TSchema, Filters extends TProperties, Body extends TSchema>(
  app: App,
  spec: UserRecordSpec<Row, View, Filters, Body>,
) {
  const { detail } = spec;
  // Checked where it is made (`spec.view` returns the view's static type); as a plain schema
  // here, so that Fastify does not try to resolve a reply type over a generic schema.
  const View: TSchema = spec.View;

  /** The record, if it exists and the caller may see the user it is about (else 404 alike). */
  function visible(db: DbOrTx, principal: Principal, id: string): Row {
    if (!detail) throw new Error(`${spec.entity} records have no detail to read`);
    const row = detail.get(db, id);
    if (!row || !canSee(visibilityOf(db, principal), row.userId)) throw notFound(detail.noun);
    return row;
  }

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
    async (request, reply) => {
      requirePermission(request.principal, spec.create.permission);
      const created = app.db.transaction((tx) => {
        const row = spec.create.insert(tx, request.body as Static<Body>, request.principal);
        auditUserRecord(tx, request.principal, { action: 'create', entity: spec.entity, entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      return reply.code(201).send(spec.view(created));
    },
  );

  if (detail) {
    app.get(
      '/:id',
      { schema: { tags: ['scoring'], params: Type.Object({ id: Id }), response: { 200: View, ...problems(401, 404) } } },
      async (request) => spec.view(visible(app.db, request.principal, request.params.id)),
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

  return {
    /**
     * An audited change of one visible record (404 otherwise; 403 about oneself; records with a `detail`), in one
     * transaction: `apply` checks the record's own rules and returns the row as saved.
     */
    change(request: { principal: Principal; id: string; params: { id: string } }, action: string, apply: (tx: Tx, before: Row) => Row) {
      const after = app.db.transaction((tx) => {
        const before = visible(tx, request.principal, request.params.id);
        refuseOwnRecord(request.principal, before.userId);
        const saved = apply(tx, before);
        auditUserRecord(tx, request.principal, { action, entity: spec.entity, entityId: before.id, before, after: saved, requestId: request.id });
        return saved;
      });
      return spec.view(after);
    },
  };
}

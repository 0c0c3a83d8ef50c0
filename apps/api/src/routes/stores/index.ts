import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getStore, getStoreByCode, insertStore, listStores, updateStore, type StoreRow } from '../../db/repos/masterdata.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { checkIfMatch, setEtag } from '../../lib/etag.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, Nullable, problems } from '../../lib/schemas.js';
import { pick } from '../../lib/pick.js';

const Tier = Type.Union([Type.Literal('key'), Type.Literal('normal')]);
const Channel = Type.Union([Type.Literal('ka'), Type.Literal('agent'), Type.Literal('wholesale'), Type.Literal('retail')]);
const Status = Type.Union([Type.Literal('active'), Type.Literal('closing'), Type.Literal('closed')]);
const Contact = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  title: Type.Optional(Type.String({ maxLength: 100 })),
  phone: Type.Optional(Type.String({ maxLength: 50 })),
  notes: Type.Optional(Type.String({ maxLength: 1000 })),
});
const Profile = Type.Record(Type.String({ maxLength: 100 }), Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Boolean(), Type.Null()]), {
  description: 'the customer card (客户资料卡): trade area, business status, size, staff …',
  maxProperties: 100,
});

const StoreFields = {
  code: Type.String({ minLength: 1, maxLength: 64 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  address: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  lat: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  lng: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  tier: Tier,
  channel: Channel,
  status: Type.Optional(Status),
  ownerId: Id,
  region: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  contacts: Type.Optional(Type.Array(Contact, { maxItems: 50 })),
  profile: Type.Optional(Profile),
};

const StoreCreate = Type.Object(StoreFields);
const StorePatch = Type.Partial(StoreCreate);
const StoreView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  tier: Tier,
  channel: Channel,
  status: Status,
  ownerId: Type.String(),
  region: Nullable(Type.String()),
  contacts: Type.Array(Contact),
  profile: Profile,
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const view = (s: StoreRow) => s;

function checkOwner(db: DbOrTx, ownerId: string | undefined) {
  if (ownerId !== undefined && !getUser(db, ownerId)) throw invalid('/ownerId', 'no such user');
}

function checkCoordinates(lat: number | null | undefined, lng: number | null | undefined) {
  if ((lat === undefined || lat === null) !== (lng === undefined || lng === null)) {
    throw invalid(lat === undefined || lat === null ? '/lat' : '/lng', 'lat and lng go together');
  }
}

const storeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['stores'],
        description: "Stores the caller may see: a rep's own, a manager's team's, all for admins; newest first: by creation time, then id.",
        querystring: Type.Object({ ...PageQuery, status: Type.Optional(Status), tier: Type.Optional(Tier) }),
        response: { 200: Page(StoreView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, NEWEST_FIRST);
      const ownerIds = visibleIds(visibilityOf(app.db, request.principal));
      const rows = listStores(app.db, { limit, before, ownerIds, status: request.query.status, tier: request.query.tier });
      const result = page(rows, limit, newestKey);
      return { items: result.items.map(view), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    { schema: { tags: ['stores'], body: StoreCreate, response: { 201: StoreView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      requirePermission(request.principal, 'masterdata.manage');
      const b = request.body;
      checkCoordinates(b.lat, b.lng);
      const created = app.db.transaction((tx) => {
        checkOwner(tx, b.ownerId);
        if (getStoreByCode(tx, b.code)) throw conflict(`store code ${b.code} exists`);
        const now = new Date().toISOString();
        const row = insertStore(tx, {
          id: newId(),
          code: b.code,
          name: b.name,
          address: b.address ?? null,
          lat: b.lat ?? null,
          lng: b.lng ?? null,
          tier: b.tier,
          channel: b.channel,
          status: b.status ?? 'active',
          ownerId: b.ownerId,
          region: b.region ?? null,
          contacts: b.contacts ?? [],
          profile: b.profile ?? {},
          createdAt: now,
          updatedAt: now,
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'store', entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      setEtag(reply, created.version);
      return reply.code(201).send(view(created));
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['stores'], params: Type.Object({ id: Id }), response: { 200: StoreView, ...problems(401, 404) } } },
    async (request, reply) => {
      const store = getStore(app.db, request.params.id);
      if (!store || !canSee(visibilityOf(app.db, request.principal), store.ownerId)) throw notFound('store');
      setEtag(reply, store.version);
      return view(store);
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags: ['stores'],
        params: Type.Object({ id: Id }),
        body: StorePatch,
        response: { 200: StoreView, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'masterdata.manage');
      const b = request.body;
      const updated = app.db.transaction((tx) => {
        const before = getStore(tx, request.params.id);
        if (!before || !canSee(visibilityOf(tx, request.principal), before.ownerId)) throw notFound('store');
        checkIfMatch(request, before.version);
        checkOwner(tx, b.ownerId);
        checkCoordinates(b.lat !== undefined ? b.lat : before.lat, b.lng !== undefined ? b.lng : before.lng);
        if (b.code !== undefined && b.code !== before.code && getStoreByCode(tx, b.code)) {
          throw conflict(`store code ${b.code} exists`);
        }
        const after = updateStore(tx, before.id, {
          ...pick(b, ['code', 'name', 'address', 'lat', 'lng', 'tier', 'channel', 'status', 'ownerId', 'region', 'contacts', 'profile']),
          version: before.version + 1,
          updatedAt: new Date().toISOString(),
        });
        writeAudit(tx, { ...actorOf(request.principal), action: 'update', entity: 'store', entityId: before.id, before, after, requestId: request.id });
        return after;
      });
      setEtag(reply, updated.version);
      return view(updated);
    },
  );
};

export default storeRoutes;

import { Type, type Static } from 'typebox';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getStore, getStoreByCode, insertStore, listStores, updateStore, type StoreRow } from '../../db/repos/masterdata.js';
import { getUser } from '../../db/repos/users.js';
import { canSee, visibilityOf, visibleIds } from '../../db/repos/visibility.js';
import type { Caller } from '../../lib/caller.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, PageQuery } from '../../lib/pagination.js';
import { pick } from '../../lib/pick.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, Nullable } from '../../lib/schemas.js';
import { versionedUpdate } from '../../lib/versioned-update.js';

/** Stores (门店, customers): master data, visible to their owner's chain; written with masterdata.manage. */

export const StoreTier = Type.Union([Type.Literal('key'), Type.Literal('normal')]);
const Channel = Type.Union([Type.Literal('ka'), Type.Literal('agent'), Type.Literal('wholesale'), Type.Literal('retail')]);
export const StoreStatus = Type.Union([Type.Literal('active'), Type.Literal('closing'), Type.Literal('closed')]);
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
  tier: StoreTier,
  channel: Channel,
  status: Type.Optional(StoreStatus),
  ownerId: Id,
  region: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  contacts: Type.Optional(Type.Array(Contact, { maxItems: 50 })),
  profile: Type.Optional(Profile),
};

export const StoreCreate = Type.Object(StoreFields);
export const StorePatch = Type.Partial(StoreCreate);
export const StoreView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  address: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  tier: StoreTier,
  channel: Channel,
  status: StoreStatus,
  ownerId: Type.String(),
  region: Nullable(Type.String()),
  contacts: Type.Array(Contact),
  profile: Profile,
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

/** A store's view is its row (the columns are the contract's fields). */
export const storeView = (s: StoreRow): Static<typeof StoreView> => s;

function checkOwner(db: DbOrTx, ownerId: string | undefined) {
  if (ownerId !== undefined && !getUser(db, ownerId)) throw invalid('/ownerId', 'no such user');
}

function checkCoordinates(lat: number | null | undefined, lng: number | null | undefined) {
  if ((lat === undefined || lat === null) !== (lng === undefined || lng === null)) {
    throw invalid(lat === undefined || lat === null ? '/lat' : '/lng', 'lat and lng go together');
  }
}

export const StoreListQuery = Type.Object({ ...PageQuery, status: Type.Optional(StoreStatus), tier: Type.Optional(StoreTier) });

/** One page of the stores the caller may see: a rep's own, a manager's team's, all for admins; newest first. */
export function listVisibleStores(db: DbOrTx, caller: Caller, q: Static<typeof StoreListQuery>) {
  const limit = q.limit ?? 50;
  const before = decodeCursor(q.cursor, NEWEST_FIRST);
  const ownerIds = visibleIds(visibilityOf(db, caller.principal));
  return page(listStores(db, { limit, before, ownerIds, status: q.status, tier: q.tier }), limit, newestKey);
}

/** One store the caller may see (404 otherwise). */
export function visibleStore(db: DbOrTx, caller: Caller, id: string): StoreRow {
  const store = getStore(db, id);
  if (!store || !canSee(visibilityOf(db, caller.principal), store.ownerId)) throw notFound('store');
  return store;
}

/** A new store (masterdata.manage): a code not taken, an existing owner, coordinates together. */
export function createStore(db: Db, caller: Caller, b: Static<typeof StoreCreate>): StoreRow {
  requirePermission(caller.principal, 'masterdata.manage');
  checkCoordinates(b.lat, b.lng);
  return db.transaction((tx) => {
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
    writeAudit(tx, { ...actorOf(caller.principal), action: 'create', entity: 'store', entityId: row.id, after: row, requestId: caller.requestId });
    return row;
  });
}

/** Changes a visible store (masterdata.manage) through the versioned update: 404, 412, then the checks, 409 when it changed meanwhile. */
export function changeStore(db: Db, caller: Caller, id: string, b: Static<typeof StorePatch>): StoreRow {
  requirePermission(caller.principal, 'masterdata.manage');
  return versionedUpdate(db, caller, {
    entity: 'store',
    load: (tx) => {
      const store = getStore(tx, id);
      return store && canSee(visibilityOf(tx, caller.principal), store.ownerId) ? store : undefined;
    },
    update: (tx, before) => {
      checkOwner(tx, b.ownerId);
      checkCoordinates(b.lat !== undefined ? b.lat : before.lat, b.lng !== undefined ? b.lng : before.lng);
      if (b.code !== undefined && b.code !== before.code && getStoreByCode(tx, b.code)) throw conflict(`store code ${b.code} exists`);
      return updateStore(tx, before.id, before.version, {
        ...pick(b, ['code', 'name', 'address', 'lat', 'lng', 'tier', 'channel', 'status', 'ownerId', 'region', 'contacts', 'profile']),
        updatedAt: new Date().toISOString(),
      });
    },
  });
}

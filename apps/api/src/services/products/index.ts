import { Type, type Static } from 'typebox';
import { toMajor } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getProduct, getProductBySku, insertProduct, listProducts, updateProduct, type ProductRow } from '../../db/repos/masterdata.js';
import type { Caller } from '../../lib/caller.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, PageQuery } from '../../lib/pagination.js';
import { pick } from '../../lib/pick.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { IsoDate, moneyField, Nullable, Price } from '../../lib/schemas.js';
import { versionedUpdate } from '../../lib/versioned-update.js';

/** The product catalogue (SKUs): read by everyone signed in, written with masterdata.manage. */

const Clearance = Nullable(Type.Object({ from: IsoDate, to: IsoDate }, { description: '公司指定清场: inclusive window' }));

const ProductFields = {
  sku: Type.String({ minLength: 1, maxLength: 64 }),
  barcode: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  spec: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  unit: Type.String({ minLength: 1, maxLength: 20 }),
  category: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  brand: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  retailPrice: Price,
  supplyPrice: Price,
  shelfLifeDays: Type.Integer({ minimum: 1, maximum: 36500 }),
  packSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  isKey: Type.Optional(Type.Boolean()),
  isNew: Type.Optional(Type.Boolean()),
  clearance: Type.Optional(Clearance),
};
export const ProductCreate = Type.Object(ProductFields);
export const ProductPatch = Type.Partial(ProductCreate);
export const ProductView = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  barcode: Nullable(Type.String()),
  name: Type.String(),
  spec: Nullable(Type.String()),
  unit: Type.String(),
  category: Nullable(Type.String()),
  brand: Nullable(Type.String()),
  retailPrice: Type.Number(),
  supplyPrice: Type.Number(),
  shelfLifeDays: Type.Integer(),
  packSize: Type.Integer(),
  isKey: Type.Boolean(),
  isNew: Type.Boolean(),
  clearance: Clearance,
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export function productView(p: ProductRow): Static<typeof ProductView> {
  const { retailPriceMinor, supplyPriceMinor, clearanceFrom, clearanceTo, ...rest } = p;
  return {
    ...rest,
    retailPrice: toMajor(retailPriceMinor),
    supplyPrice: toMajor(supplyPriceMinor),
    clearance: clearanceFrom && clearanceTo ? { from: clearanceFrom, to: clearanceTo } : null,
  };
}

function clearanceColumns(c: { from: string; to: string } | null | undefined) {
  if (c === undefined) return {};
  if (c === null) return { clearanceFrom: null, clearanceTo: null };
  if (c.to < c.from) throw invalid('/clearance/to', 'must not be before clearance.from');
  return { clearanceFrom: c.from, clearanceTo: c.to };
}

export const ProductListQuery = Type.Object({ ...PageQuery, category: Type.Optional(Type.String({ maxLength: 100 })) });

/** One page of the catalogue, newest first: by creation time, then id. */
export function listCatalogue(db: DbOrTx, q: Static<typeof ProductListQuery>) {
  const limit = q.limit ?? 50;
  const before = decodeCursor(q.cursor, NEWEST_FIRST);
  return page(listProducts(db, { limit, before, category: q.category }), limit, newestKey);
}

/** One product (404 when there is none). */
export function catalogueProduct(db: DbOrTx, id: string): ProductRow {
  const product = getProduct(db, id);
  if (!product) throw notFound('product');
  return product;
}

/** A new product (masterdata.manage): a SKU not taken, prices in bounds, a clearance window in order. */
export function createProduct(db: Db, caller: Caller, b: Static<typeof ProductCreate>): ProductRow {
  requirePermission(caller.principal, 'masterdata.manage');
  const retailPriceMinor = moneyField('/retailPrice', b.retailPrice);
  const supplyPriceMinor = moneyField('/supplyPrice', b.supplyPrice);
  return db.transaction((tx) => {
    if (getProductBySku(tx, b.sku)) throw conflict(`sku ${b.sku} exists`);
    const now = new Date().toISOString();
    const row = insertProduct(tx, {
      id: newId(),
      ...pick(b, ['sku', 'barcode', 'name', 'spec', 'unit', 'category', 'brand', 'shelfLifeDays', 'packSize', 'isKey', 'isNew']),
      sku: b.sku,
      name: b.name,
      unit: b.unit,
      shelfLifeDays: b.shelfLifeDays,
      retailPriceMinor,
      supplyPriceMinor,
      ...clearanceColumns(b.clearance),
      createdAt: now,
      updatedAt: now,
    });
    writeAudit(tx, { ...actorOf(caller.principal), action: 'create', entity: 'product', entityId: row.id, after: row, requestId: caller.requestId });
    return row;
  });
}

/** Changes a product (masterdata.manage) through the versioned update: 404, 412, 409 on a SKU taken or a change meanwhile. */
export function changeProduct(db: Db, caller: Caller, id: string, b: Static<typeof ProductPatch>): ProductRow {
  requirePermission(caller.principal, 'masterdata.manage');
  const prices = {
    ...(b.retailPrice !== undefined && { retailPriceMinor: moneyField('/retailPrice', b.retailPrice) }),
    ...(b.supplyPrice !== undefined && { supplyPriceMinor: moneyField('/supplyPrice', b.supplyPrice) }),
  };
  return versionedUpdate(db, caller, {
    entity: 'product',
    load: (tx) => getProduct(tx, id),
    update: (tx, before) => {
      if (b.sku !== undefined && b.sku !== before.sku && getProductBySku(tx, b.sku)) throw conflict(`sku ${b.sku} exists`);
      return updateProduct(tx, before.id, before.version, {
        ...pick(b, ['sku', 'barcode', 'name', 'spec', 'unit', 'category', 'brand', 'shelfLifeDays', 'packSize', 'isKey', 'isNew']),
        ...prices,
        ...clearanceColumns(b.clearance),
        updatedAt: new Date().toISOString(),
      });
    },
  });
}

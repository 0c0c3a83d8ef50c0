import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { toMajor } from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { getProduct, getProductBySku, insertProduct, listProducts, updateProduct, type ProductRow } from '../../db/repos/masterdata.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { setEtag } from '../../lib/etag.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, NEWEST_FIRST, newestKey, page, Page, PageQuery } from '../../lib/pagination.js';
import { pick } from '../../lib/pick.js';
import { actorOf, requirePermission } from '../../lib/principal.js';
import { Id, IsoDate, moneyField, Nullable, Price, problems } from '../../lib/schemas.js';
import { versionedUpdate } from '../../lib/versioned-update.js';
import { callerOf } from '../../lib/caller.js';

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
const ProductCreate = Type.Object(ProductFields);
const ProductPatch = Type.Partial(ProductCreate);
const ProductView = Type.Object({
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

export function productView(p: ProductRow) {
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

const productRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['products'],
        description: 'The product catalogue, newest first: by creation time, then id.',
        querystring: Type.Object({ ...PageQuery, category: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: Page(ProductView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, NEWEST_FIRST);
      const rows = listProducts(app.db, { limit, before, category: request.query.category });
      const result = page(rows, limit, newestKey);
      return { items: result.items.map(productView), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    { schema: { tags: ['products'], body: ProductCreate, response: { 201: ProductView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      requirePermission(request.principal, 'masterdata.manage');
      const b = request.body;
      const retailPriceMinor = moneyField('/retailPrice', b.retailPrice);
      const supplyPriceMinor = moneyField('/supplyPrice', b.supplyPrice);
      const created = app.db.transaction((tx) => {
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
        writeAudit(tx, { ...actorOf(request.principal), action: 'create', entity: 'product', entityId: row.id, after: row, requestId: request.id });
        return row;
      });
      setEtag(reply, created.version);
      return reply.code(201).send(productView(created));
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['products'], params: Type.Object({ id: Id }), response: { 200: ProductView, ...problems(401, 404) } } },
    async (request, reply) => {
      const product = getProduct(app.db, request.params.id);
      if (!product) throw notFound('product');
      setEtag(reply, product.version);
      return productView(product);
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags: ['products'],
        params: Type.Object({ id: Id }),
        body: ProductPatch,
        response: { 200: ProductView, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'masterdata.manage');
      const b = request.body;
      const prices = {
        ...(b.retailPrice !== undefined && { retailPriceMinor: moneyField('/retailPrice', b.retailPrice) }),
        ...(b.supplyPrice !== undefined && { supplyPriceMinor: moneyField('/supplyPrice', b.supplyPrice) }),
      };
      const updated = versionedUpdate(app.db, callerOf(request), {
        entity: 'product',
        action: 'update',
        notFound: 'product',
        conflict: 'the product changed meanwhile',
        load: (tx) => getProduct(tx, request.params.id),
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
      setEtag(reply, updated.version);
      return productView(updated);
    },
  );
};

export default productRoutes;

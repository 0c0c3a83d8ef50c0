import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { Page } from '../../lib/pagination.js';
import { Id, problems } from '../../lib/schemas.js';
import {
  catalogueProduct,
  changeProduct,
  createProduct,
  listCatalogue,
  ProductCreate,
  ProductListQuery,
  ProductPatch,
  ProductView,
  productView,
} from '../../services/products/index.js';

const productRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['products'],
        description: 'The product catalogue, newest first: by creation time, then id.',
        querystring: ProductListQuery,
        response: { 200: Page(ProductView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const result = listCatalogue(app.db, request.query);
      return { items: result.items.map(productView), nextCursor: result.nextCursor };
    },
  );

  app.post(
    '/',
    { schema: { tags: ['products'], body: ProductCreate, response: { 201: ProductView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      return withEtag(reply.code(201), createProduct(app.db, callerOf(request), request.body), productView);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['products'], params: Type.Object({ id: Id }), response: { 200: ProductView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, catalogueProduct(app.db, request.params.id), productView);
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
      return withEtag(reply, changeProduct(app.db, callerOf(request), request.params.id, request.body), productView);
    },
  );
};

export default productRoutes;

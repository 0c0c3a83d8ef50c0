import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import authRoutes from './auth/index.js';
import meRoutes from './users/me.js';
import organisationRoutes from './organisation/index.js';
import roleRoutes from './organisation/roles.js';
import userRoutes from './users/index.js';
import storeRoutes from './stores/index.js';
import productRoutes from './products/index.js';
import platformRoutes from './platform/index.js';

/** Every route of the contract, under /api/v1. */
const apiRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: { tags: ['platform'], security: [], response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
    },
    async () => {
      app.db.$client.prepare('SELECT 1').get();
      return { status: 'ok' as const };
    },
  );
  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(meRoutes);
  await app.register(organisationRoutes);
  await app.register(roleRoutes, { prefix: '/roles' });
  await app.register(userRoutes, { prefix: '/users' });
  await app.register(storeRoutes, { prefix: '/stores' });
  await app.register(productRoutes, { prefix: '/products' });
  await app.register(platformRoutes);
};

export default apiRoutes;

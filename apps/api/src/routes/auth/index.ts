import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { problems } from '../../lib/schemas.js';
import { clientToken, login, logout, refresh } from '../../services/auth/index.js';
import { UserView } from '../../services/users/schemas.js';

const TokenPair = Type.Object({
  accessToken: Type.String(),
  refreshToken: Type.String(),
  expiresIn: Type.Integer({ description: 'seconds until the access token expires' }),
  user: UserView,
});

const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        security: [],
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 200: TokenPair, ...problems(400, 401, 429) },
      },
    },
    async (request) => login(app, request.body.username, request.body.password, request.ip),
  );

  app.post(
    '/refresh',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        security: [],
        body: Type.Object({ refreshToken: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: TokenPair, ...problems(400, 401) },
      },
    },
    async (request) => refresh(app, request.body.refreshToken),
  );

  app.post(
    '/logout',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        security: [],
        body: Type.Object({ refreshToken: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 204: Type.Null(), ...problems(400) },
      },
    },
    async (request, reply) => {
      logout(app, request.body.refreshToken);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/token',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        security: [],
        body: Type.Object({
          grantType: Type.Literal('client_credentials'),
          clientId: Type.String({ minLength: 1, maxLength: 100 }),
          clientSecret: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        response: {
          200: Type.Object({ accessToken: Type.String(), expiresIn: Type.Integer(), scopes: Type.Array(Type.String()) }),
          ...problems(400, 401),
        },
      },
    },
    async (request) => clientToken(app, request.body.clientId, request.body.clientSecret),
  );
};

export default authRoutes;

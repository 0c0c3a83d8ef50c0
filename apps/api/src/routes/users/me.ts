import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getUser } from '../../db/repos/users.js';
import { notFound } from '../../lib/errors.js';
import { requireUser } from '../../lib/principal.js';
import { problems } from '../../lib/schemas.js';
import { UserView } from '../../services/users/schemas.js';
import { userView } from '../../services/users/view.js';

const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me',
    { schema: { tags: ['auth'], response: { 200: UserView, ...problems(401, 403) } } },
    async (request) => {
      const me = requireUser(request.principal);
      const row = getUser(app.db, me.id);
      if (!row) throw notFound('user');
      return userView(app.db, row);
    },
  );
};

export default meRoutes;

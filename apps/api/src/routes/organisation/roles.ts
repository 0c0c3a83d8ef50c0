import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf } from '../../lib/caller.js';
import { withEtag } from '../../lib/etag.js';
import { Page } from '../../lib/pagination.js';
import { problems } from '../../lib/schemas.js';
import { changeRole, createRole, listRoleDefinitions, listRoleDefinitionVersions, roleDefinition, RoleListQuery, RoleVersionsQuery } from '../../services/roles/index.js';
import { RoleCode, RoleCreate, RoleUpdate, RoleView } from '../../services/roles/schemas.js';

const CodeParams = Type.Object({ code: RoleCode });

const roleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['roles'],
        querystring: RoleListQuery,
        response: { 200: Page(RoleView), ...problems(400, 401) },
      },
    },
    async (request) => listRoleDefinitions(app.db, request.query),
  );

  app.post(
    '/',
    { schema: { tags: ['roles'], body: RoleCreate, response: { 201: RoleView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      return withEtag(reply.code(201), createRole(app.db, callerOf(request), request.body));
    },
  );

  app.get(
    '/:code',
    { schema: { tags: ['roles'], params: CodeParams, response: { 200: RoleView, ...problems(401, 404) } } },
    async (request, reply) => {
      return withEtag(reply, roleDefinition(app.db, request.params.code));
    },
  );

  app.put(
    '/:code',
    {
      schema: {
        tags: ['roles'],
        description:
          'Saves a new version of the role definition, with a change note (`note`, required) and the month it takes effect for scorecards ' +
          '(`effectiveFrom`, default the current month). Permissions, duties and titles apply at once.',
        params: CodeParams,
        body: RoleUpdate,
        response: { 200: RoleView, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      return withEtag(reply, changeRole(app.db, callerOf(request), request.params.code, request.body));
    },
  );

  app.get(
    '/:code/versions',
    {
      schema: {
        tags: ['roles'],
        params: CodeParams,
        querystring: RoleVersionsQuery,
        response: { 200: Page(RoleView), ...problems(400, 401, 404) },
      },
    },
    async (request) => listRoleDefinitionVersions(app.db, request.params.code, request.query),
  );
};

export default roleRoutes;

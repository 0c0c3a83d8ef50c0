import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  localDate,
  shiftMonth,
  validateRoleDefinition,
  withDefaultScoring,
  type RoleDefinition,
  type RoleDefinitionWithScoring,
} from '@fieldbeat/domain';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings } from '../../db/repos/organisation.js';
import { finalMonthsOfRole, getRole, listRoles, listRoleVersions, saveRole, type VersionMeta } from '../../db/repos/roles.js';
import { ApiError, conflict, invalid, notFound } from '../../lib/errors.js';
import { checkIfMatch, setEtag } from '../../lib/etag.js';
import { requireGrantable } from '../../lib/grants.js';
import { decodeCursor, page, Page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { problems } from '../../lib/schemas.js';
import type { FastifyRequest } from 'fastify';
import { RoleCode, RoleCreate, RoleUpdate, RoleView } from './role-schemas.js';

const CodeParams = Type.Object({ code: RoleCode });

function validated(input: RoleDefinition): RoleDefinitionWithScoring {
  const role = withDefaultScoring(input);
  const result = validateRoleDefinition(role);
  if (!result.ok) throw new ApiError('VALIDATION', 'The role definition is not valid', result.errors);
  return role;
}

/** The role's data without the version's own fields (they are stored beside it, not in it). */
function splitBody(body: Record<string, unknown>): { role: RoleDefinition; meta: VersionMeta } {
  const { effectiveFrom, note, ...role } = body as Record<string, unknown> & VersionMeta;
  return { role: role as unknown as RoleDefinition, meta: { effectiveFrom, note: typeof note === 'string' && note.trim() ? note.trim() : null } };
}

/**
 * When a version takes effect (docs/scoring-and-reports.md, "Role versions"): from the current
 * month by default; a later month up to 12 ahead; an earlier month only while no scorecard of
 * the role is final for it or after it (a final card is a snapshot, and the months around it
 * would disagree about the rules they were scored by).
 */
function checkEffectiveFrom(tx: Parameters<typeof getRole>[0], code: string, effectiveFrom: string | undefined, isNew: boolean): string {
  const current = localDate(new Date(), getSettings(tx).settings.timezone).slice(0, 7);
  const month = effectiveFrom ?? current;
  const latest = shiftMonth(current, 12);
  if (month > latest) {
    throw invalid('/effectiveFrom', { en: `must be ${latest} or earlier (at most 12 months ahead)`, 'zh-CN': `最晚为 ${latest}（至多提前12个月）` });
  }
  if (month < current && !isNew) {
    const finals = finalMonthsOfRole(tx, code, month);
    if (finals.length > 0) {
      const first = finals[0]!;
      const next = shiftMonth(finals[finals.length - 1]!, 1);
      const earliest = next > current ? current : next;
      throw invalid('/effectiveFrom', {
        en: `scorecards of ${first} are already final under this role: choose ${earliest} or later`,
        'zh-CN': `${first} 的考核表已按该岗位定稿，生效月份请选 ${earliest} 或以后`,
      });
    }
  }
  return month;
}

function store(request: FastifyRequest, role: RoleDefinitionWithScoring, meta: VersionMeta, principal: Principal, action: 'create' | 'update') {
  const app = request.server;
  return app.db.transaction((tx) => {
    const before = getRole(tx, role.code);
    if (action === 'create' && before) throw conflict(`role ${role.code} already exists`);
    if (action === 'update') {
      if (!before) throw notFound('role');
      checkIfMatch(request, before.version);
    }
    // A role grants its permissions to everyone who holds it: the caller must hold every one it
    // has, before and after the change (so nobody edits, or narrows, a role above their own).
    requireGrantable(principal, [...(before?.permissions ?? []), ...role.permissions], '/permissions', `role ${role.code}`);
    if (role.reportsTo && role.reportsTo !== role.code && !getRole(tx, role.reportsTo)) {
      throw invalid('/reportsTo', `no role ${role.reportsTo}`);
    }
    const effectiveFrom = checkEffectiveFrom(tx, role.code, meta.effectiveFrom, action === 'create');
    const saved = saveRole(tx, role, principal.id, { effectiveFrom, note: meta.note });
    writeAudit(tx, {
      ...actorOf(principal),
      action,
      entity: 'role',
      entityId: role.code,
      before: before ?? null,
      after: saved,
      requestId: request.id,
    });
    return saved;
  });
}

const roleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['roles'],
        querystring: Type.Object(PageQuery),
        response: { 200: Page(RoleView), ...problems(400, 401) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, ['string'])?.[0];
      return page(listRoles(app.db, { limit, after }), limit, (r) => [r.code]);
    },
  );

  app.post(
    '/',
    { schema: { tags: ['roles'], body: RoleCreate, response: { 201: RoleView, ...problems(400, 401, 403, 409, 422) } } },
    async (request, reply) => {
      requirePermission(request.principal, 'roles.manage');
      const { role, meta } = splitBody(request.body);
      const saved = store(request, validated(role), meta, request.principal, 'create');
      setEtag(reply, saved.version);
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/:code',
    { schema: { tags: ['roles'], params: CodeParams, response: { 200: RoleView, ...problems(401, 404) } } },
    async (request, reply) => {
      const role = getRole(app.db, request.params.code);
      if (!role) throw notFound('role');
      setEtag(reply, role.version);
      return role;
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
        response: { 200: RoleView, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      requirePermission(request.principal, 'roles.manage');
      const { code } = request.params;
      if (request.body.code !== undefined && request.body.code !== code) {
        throw invalid('/code', 'must match the code in the path');
      }
      const { role, meta } = splitBody(request.body);
      const saved = store(request, validated({ ...role, code }), meta, request.principal, 'update');
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.get(
    '/:code/versions',
    {
      schema: {
        tags: ['roles'],
        params: CodeParams,
        querystring: Type.Object(PageQuery),
        response: { 200: Page(RoleView), ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      if (!getRole(app.db, request.params.code)) throw notFound('role');
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor, ['number'])?.[0];
      const rows = listRoleVersions(app.db, request.params.code, { limit, before });
      return page(rows, limit, (r) => [r.version]);
    },
  );
};

export default roleRoutes;

import { Type, type Static } from 'typebox';
import { localDate, shiftMonth, validateRoleDefinition, withDefaultScoring, type RoleDefinition, type RoleDefinitionWithScoring } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../../db/client.js';
import { writeAudit } from '../../db/repos/audit.js';
import { getSettings } from '../../db/repos/organisation.js';
import { finalMonthsOfRole, getRole, insertRoleVersion, listRoles, listRoleVersions, type StoredRole, type VersionMeta } from '../../db/repos/roles.js';
import type { Caller } from '../../lib/caller.js';
import { ApiError, conflict, invalid, notFound } from '../../lib/errors.js';
import { requireGrantable } from '../../lib/grants.js';
import { decodeCursor, page, PageQuery } from '../../lib/pagination.js';
import { actorOf, requirePermission, type Principal } from '../../lib/principal.js';
import { keyedVersionedUpdate } from '../../lib/versioned-update.js';
import type { RoleCreate, RoleUpdate } from './schemas.js';

/**
 * Role definitions (岗位说明书): read by everyone signed in, written with roles.manage. Every save
 * appends a version (the change note, the month it takes effect for scorecards); permissions,
 * duties and titles apply at once.
 */

export const RoleListQuery = Type.Object(PageQuery);
export const RoleVersionsQuery = Type.Object(PageQuery);

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
function checkEffectiveFrom(tx: DbOrTx, code: string, effectiveFrom: string | undefined, isNew: boolean): string {
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

/**
 * What a save of `role` must satisfy against the stored one (`before`, absent for a new role):
 * a role grants its permissions to everyone who holds it, so the caller must hold every one it
 * has, before and after the change (nobody edits, or narrows, a role above their own); the role
 * it reports to exists.
 */
function checkSave(tx: DbOrTx, principal: Principal, before: StoredRole | undefined, role: RoleDefinitionWithScoring) {
  requireGrantable(principal, [...(before?.permissions ?? []), ...role.permissions], '/permissions', `role ${role.code}`);
  if (role.reportsTo && role.reportsTo !== role.code && !getRole(tx, role.reportsTo)) {
    throw invalid('/reportsTo', `no role ${role.reportsTo}`);
  }
}

/** One page of the roles (their current versions), by code. */
export function listRoleDefinitions(db: DbOrTx, q: Static<typeof RoleListQuery>) {
  const limit = q.limit ?? 50;
  const after = decodeCursor(q.cursor, ['string'])?.[0];
  return page(listRoles(db, { limit, after }), limit, (r) => [r.code]);
}

/** A role's current version (404 otherwise). */
export function roleDefinition(db: DbOrTx, code: string): StoredRole {
  const role = getRole(db, code);
  if (!role) throw notFound('role');
  return role;
}

/** One page of a role's versions, newest first (404 for no such role). */
export function listRoleDefinitionVersions(db: DbOrTx, code: string, q: Static<typeof RoleVersionsQuery>) {
  if (!getRole(db, code)) throw notFound('role');
  const limit = q.limit ?? 50;
  const before = decodeCursor(q.cursor, ['number'])?.[0];
  return page(listRoleVersions(db, code, { limit, before }), limit, (r) => [r.version]);
}

/** A new role, version 1 (roles.manage): a code not taken (409, also when another save took it meanwhile). */
export function createRole(db: Db, caller: Caller, body: Static<typeof RoleCreate>): StoredRole {
  const { principal } = caller;
  requirePermission(principal, 'roles.manage');
  const { role: input, meta } = splitBody(body);
  const role = validated(input);
  return db.transaction((tx) => {
    if (getRole(tx, role.code)) throw conflict(`role ${role.code} already exists`);
    checkSave(tx, principal, undefined, role);
    const effectiveFrom = checkEffectiveFrom(tx, role.code, meta.effectiveFrom, true);
    const saved = insertRoleVersion(tx, role, principal.id, { effectiveFrom, note: meta.note ?? null }, null);
    if (!saved) throw conflict(`role ${role.code} already exists`);
    writeAudit(tx, { ...actorOf(principal), action: 'create', entity: 'role', entityId: role.code, before: null, after: saved, requestId: caller.requestId });
    return saved;
  });
}

/**
 * A new version of the role (roles.manage) through the versioned update: 404, 412, then the
 * caller may grant it and its references hold, and 409 when another version was saved meanwhile
 * (the insert is guarded by the loaded version, never the primary key's error).
 */
export function changeRole(db: Db, caller: Caller, code: string, body: Static<typeof RoleUpdate>): StoredRole {
  const { principal } = caller;
  requirePermission(principal, 'roles.manage');
  if (body.code !== undefined && body.code !== code) throw invalid('/code', 'must match the code in the path');
  const { role: input, meta } = splitBody(body);
  const role = validated({ ...input, code });
  return keyedVersionedUpdate(db, caller, {
    entity: 'role',
    load: (tx) => getRole(tx, code),
    entityId: (r) => r.code,
    update: (tx, before) => {
      checkSave(tx, principal, before, role);
      const effectiveFrom = checkEffectiveFrom(tx, code, meta.effectiveFrom, false);
      return insertRoleVersion(tx, role, principal.id, { effectiveFrom, note: meta.note ?? null }, before.version);
    },
  });
}

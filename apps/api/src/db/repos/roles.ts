import { and, asc, desc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import { localDate, type Permission, type RoleDefinitionWithScoring } from '@fieldbeat/domain';
import { connectionOf, type Connection, type DbOrTx } from '../client.js';
import { roles, roleVersions, scorecards, users } from '../schema/index.js';
import { getSettings } from './organisation.js';

/** Stored roles always carry a scoring scheme: saving fills in the handbook defaults. */
export interface StoredRole extends RoleDefinitionWithScoring {
  version: number;
  createdAt: string;
  /** The first month whose scorecards use this version (`YYYY-MM`). */
  effectiveFrom: string;
  /** Why it was saved (the change note); null for versions saved before notes were asked for. */
  note: string | null;
  /** Who saved it (null: the system, e.g. the first start or the demo). */
  createdBy: string | null;
  createdByName: string | null;
}

const versionColumns = {
  data: roleVersions.data,
  version: roleVersions.version,
  createdAt: roleVersions.createdAt,
  effectiveFrom: roleVersions.effectiveFrom,
  note: roleVersions.note,
  createdBy: roleVersions.createdBy,
  createdByName: users.displayName,
};

type VersionRow = { data: unknown; version: number; createdAt: string; effectiveFrom: string | null; note: string | null; createdBy: string | null; createdByName: string | null };

/**
 * A version saved before `effective_from` existed took effect in the month it was saved (a
 * scorecard used the newest version created by its month's end): that month, in local time.
 */
const effectiveMonth = (row: { effectiveFrom: string | null; createdAt: string }, timezone: string) =>
  row.effectiveFrom ?? localDate(new Date(row.createdAt), timezone).slice(0, 7);

function toRole(db: DbOrTx, row: VersionRow): StoredRole {
  return {
    ...(row.data as RoleDefinitionWithScoring),
    version: row.version,
    createdAt: row.createdAt,
    effectiveFrom: effectiveMonth(row, getSettings(db).settings.timezone),
    note: row.note,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
  };
}

export function getRole(db: DbOrTx, code: string): StoredRole | undefined {
  const row = db
    .select(versionColumns)
    .from(roles)
    .innerJoin(roleVersions, and(eq(roleVersions.code, roles.code), eq(roleVersions.version, roles.currentVersion)))
    .leftJoin(users, eq(users.id, roleVersions.createdBy))
    .where(eq(roles.code, code))
    .get();
  return row ? toRole(db, row) : undefined;
}

/** One saved version of a role. */
export function getRoleVersion(db: DbOrTx, code: string, version: number): StoredRole | undefined {
  const row = db
    .select(versionColumns)
    .from(roleVersions)
    .leftJoin(users, eq(users.id, roleVersions.createdBy))
    .where(and(eq(roleVersions.code, code), eq(roleVersions.version, version)))
    .get();
  return row ? toRole(db, row) : undefined;
}

export function listRoles(db: DbOrTx, q: { limit: number; after?: string }): StoredRole[] {
  return db
    .select(versionColumns)
    .from(roles)
    .innerJoin(roleVersions, and(eq(roleVersions.code, roles.code), eq(roleVersions.version, roles.currentVersion)))
    .leftJoin(users, eq(users.id, roleVersions.createdBy))
    .where(q.after ? gt(roles.code, q.after) : undefined)
    .orderBy(asc(roles.code))
    .limit(q.limit + 1)
    .all()
    .map((row) => toRole(db, row));
}

export function listRoleVersions(db: DbOrTx, code: string, q: { limit: number; before?: number }): StoredRole[] {
  return db
    .select(versionColumns)
    .from(roleVersions)
    .leftJoin(users, eq(users.id, roleVersions.createdBy))
    .where(and(eq(roleVersions.code, code), q.before !== undefined ? lte(roleVersions.version, q.before - 1) : undefined))
    .orderBy(desc(roleVersions.version))
    .limit(q.limit + 1)
    .all()
    .map((row) => toRole(db, row));
}

/**
 * The version in force in `month`, per role: the newest saved version whose `effectiveFrom`
 * is that month or earlier (a later save wins from its own month on). A month before every
 * version's month falls back to the first version (the user was scored under something, and
 * the earliest definition is the closest).
 */
export function roleVersionsInForce(db: DbOrTx, codes: readonly string[], month: string): Map<string, StoredRole> {
  const chosen = new Map<string, StoredRole>();
  if (codes.length === 0) return chosen;
  const rows = db
    .select({ ...versionColumns, code: roleVersions.code })
    .from(roleVersions)
    .leftJoin(users, eq(users.id, roleVersions.createdBy))
    .where(inArray(roleVersions.code, [...new Set(codes)]))
    .orderBy(asc(roleVersions.code), asc(roleVersions.version))
    .all();
  for (const row of rows) {
    const role = toRole(db, row);
    if (!chosen.has(row.code) || role.effectiveFrom <= month) chosen.set(row.code, role);
  }
  return chosen;
}

/**
 * Every authenticated request needs its caller's permissions; a role changes only through
 * insertRoleVersion (and saveRole, which calls it). Kept per connection, dropped on every save (so a change applies to the very next
 * request), never filled from inside a transaction (what it read might still roll back).
 */
const permissionCache = new WeakMap<Connection, Map<string, ReadonlySet<Permission>>>();

export interface VersionMeta {
  /** `YYYY-MM`; by default the current month (organisation's time zone). */
  effectiveFrom?: string;
  note?: string | null;
}

/**
 * Stores `role` as its next version: version 1 of a new role when `after` is null, else version
 * `after + 1` while the role's current version is still `after`. Undefined when that does not
 * hold — the role exists already, or got another version meanwhile — so the caller answers 409
 * and never meets the primary key's error. Two statements (the role's pointer, then the
 * version): call it inside a transaction, which an undefined answer must roll back.
 */
export function insertRoleVersion(
  db: DbOrTx,
  role: RoleDefinitionWithScoring,
  actorId: string | null,
  meta: { effectiveFrom: string; note: string | null },
  after: number | null,
): StoredRole | undefined {
  permissionCache.delete(connectionOf(db));
  const now = new Date().toISOString();
  const version = after === null ? 1 : after + 1;
  const pointed =
    after === null
      ? db.insert(roles).values({ code: role.code, currentVersion: 1, createdAt: now }).onConflictDoNothing().run()
      : db
          .update(roles)
          .set({ currentVersion: version })
          .where(and(eq(roles.code, role.code), eq(roles.currentVersion, after)))
          .run();
  if (pointed.changes !== 1) return undefined;
  const inserted = db
    .insert(roleVersions)
    .values({ code: role.code, version, data: role, createdBy: actorId, createdAt: now, effectiveFrom: meta.effectiveFrom, note: meta.note })
    .onConflictDoNothing()
    .run();
  if (inserted.changes !== 1) return undefined;
  return getRole(db, role.code)!;
}

/** Creates the role, or appends a new version after the current one; returns the stored version (first start, the demo). */
export function saveRole(db: DbOrTx, role: RoleDefinitionWithScoring, actorId: string | null, meta: VersionMeta = {}): StoredRole {
  const effectiveFrom = meta.effectiveFrom ?? localDate(new Date(), getSettings(db).settings.timezone).slice(0, 7);
  const existing = db.select().from(roles).where(eq(roles.code, role.code)).get();
  const saved = insertRoleVersion(db, role, actorId, { effectiveFrom, note: meta.note ?? null }, existing ? existing.currentVersion : null);
  if (!saved) throw new Error(`role ${role.code} got another version while it was saved`);
  return saved;
}

/** Permissions of a role's current version. */
export function rolePermissions(db: DbOrTx, code: string): ReadonlySet<Permission> {
  const sqlite = connectionOf(db);
  const hit = permissionCache.get(sqlite)?.get(code);
  if (hit) return hit;
  const permissions: ReadonlySet<Permission> = new Set(getRole(db, code)?.permissions ?? []);
  if (!sqlite.inTransaction) {
    let byCode = permissionCache.get(sqlite);
    if (!byCode) permissionCache.set(sqlite, (byCode = new Map()));
    byCode.set(code, permissions);
  }
  return permissions;
}

/** The months from `fromMonth` on that have a final scorecard scored under role `code` (oldest first). */
export function finalMonthsOfRole(db: DbOrTx, code: string, fromMonth: string): string[] {
  return db
    .selectDistinct({ month: scorecards.month })
    .from(scorecards)
    .where(and(eq(scorecards.status, 'final'), gte(scorecards.month, fromMonth), sql`json_extract(${scorecards.snapshot}, '$.roleCode') = ${code}`))
    .orderBy(asc(scorecards.month))
    .all()
    .map((r) => r.month);
}

import { and, asc, desc, eq, gt, lte } from 'drizzle-orm';
import type { Permission, RoleDefinitionWithScoring } from '@fieldbeat/domain';
import type { Db, DbOrTx } from '../client.js';
import { clientOf } from '../prepared.js';
import { roles, roleVersions } from '../schema/index.js';

/** Stored roles always carry a scoring scheme: saving fills in the handbook defaults. */
export interface StoredRole extends RoleDefinitionWithScoring {
  version: number;
  createdAt: string;
}

const toRole = (row: { data: unknown; version: number; createdAt: string }): StoredRole => ({
  ...(row.data as RoleDefinitionWithScoring),
  version: row.version,
  createdAt: row.createdAt,
});

export function getRole(db: DbOrTx, code: string): StoredRole | undefined {
  const row = db
    .select({ data: roleVersions.data, version: roleVersions.version, createdAt: roleVersions.createdAt })
    .from(roles)
    .innerJoin(roleVersions, and(eq(roleVersions.code, roles.code), eq(roleVersions.version, roles.currentVersion)))
    .where(eq(roles.code, code))
    .get();
  return row ? toRole(row) : undefined;
}

export function listRoles(db: DbOrTx, q: { limit: number; after?: string }): StoredRole[] {
  return db
    .select({ data: roleVersions.data, version: roleVersions.version, createdAt: roleVersions.createdAt })
    .from(roles)
    .innerJoin(roleVersions, and(eq(roleVersions.code, roles.code), eq(roleVersions.version, roles.currentVersion)))
    .where(q.after ? gt(roles.code, q.after) : undefined)
    .orderBy(asc(roles.code))
    .limit(q.limit + 1)
    .all()
    .map(toRole);
}

export function listRoleVersions(db: DbOrTx, code: string, q: { limit: number; before?: number }): StoredRole[] {
  return db
    .select({ data: roleVersions.data, version: roleVersions.version, createdAt: roleVersions.createdAt })
    .from(roleVersions)
    .where(and(eq(roleVersions.code, code), q.before !== undefined ? lte(roleVersions.version, q.before - 1) : undefined))
    .orderBy(desc(roleVersions.version))
    .limit(q.limit + 1)
    .all()
    .map(toRole);
}

/** The version in force at an instant: the newest one created at or before it. */
export function roleVersionAt(db: DbOrTx, code: string, instant: string): StoredRole | undefined {
  const row = db
    .select({ data: roleVersions.data, version: roleVersions.version, createdAt: roleVersions.createdAt })
    .from(roleVersions)
    .where(and(eq(roleVersions.code, code), lte(roleVersions.createdAt, instant)))
    .orderBy(desc(roleVersions.version))
    .limit(1)
    .get();
  return row ? toRole(row) : undefined;
}

type Sqlite = Db['$client'];

/**
 * Every authenticated request needs its caller's permissions; a role changes only through
 * saveRole. Kept per connection, dropped on every save (so a change applies to the very next
 * request), never filled from inside a transaction (what it read might still roll back).
 */
const permissionCache = new WeakMap<Sqlite, Map<string, ReadonlySet<Permission>>>();

/** Creates the role, or appends a new version; returns the stored version. */
export function saveRole(db: DbOrTx, role: RoleDefinitionWithScoring, actorId: string | null): StoredRole {
  permissionCache.delete(clientOf(db));
  const now = new Date().toISOString();
  const existing = db.select().from(roles).where(eq(roles.code, role.code)).get();
  const version = existing ? existing.currentVersion + 1 : 1;
  if (existing) {
    db.update(roles).set({ currentVersion: version }).where(eq(roles.code, role.code)).run();
  } else {
    db.insert(roles).values({ code: role.code, currentVersion: 1, createdAt: now }).run();
  }
  db.insert(roleVersions).values({ code: role.code, version, data: role, createdBy: actorId, createdAt: now }).run();
  return { ...role, version, createdAt: now };
}

/** Permissions of a role's current version. */
export function rolePermissions(db: DbOrTx, code: string): ReadonlySet<Permission> {
  const sqlite = clientOf(db);
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

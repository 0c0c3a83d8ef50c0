import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { withDefaultScoring, type RoleDefinitionWithScoring } from '@fieldbeat/domain';
import { listAudit } from '../../db/repos/audit.js';
import { getRole, insertRoleVersion, listRoleVersions, rolePermissions, saveRole } from '../../db/repos/roles.js';
import type { Caller } from '../../lib/caller.js';
import { makeApp, type TestContext } from '../../test/helpers.js';
import { callerAs, errorCodeOf, racedBy } from '../../test/callers.js';
import { changeRole, createRole } from './index.js';

let t: TestContext;
let admin: Caller;

beforeAll(async () => {
  t = await makeApp();
  admin = callerAs(t.app.db, t.config.adminUsername, 'req-roles');
}, 120_000);
afterAll(async () => t.close());

const codeOf = errorCodeOf;

const role = (code: string, permissions: RoleDefinitionWithScoring['permissions'] = ['visits.log']): RoleDefinitionWithScoring =>
  withDefaultScoring({ code, title: '理货员', permissions });
const meta = { effectiveFrom: '2026-01', note: null };

describe('role versions', () => {
  it('createRole is version 1, changeRole appends version 2 with its audit entry', () => {
    const created = createRole(t.app.db, admin, { ...role('shelf_a'), note: null });
    expect(created).toMatchObject({ code: 'shelf_a', version: 1 });
    const changed = changeRole(t.app.db, { ...admin, ifMatch: '"v1"' }, 'shelf_a', { ...role('shelf_a', ['visits.log', 'reports.read']), note: 'reads reports' });
    expect(changed).toMatchObject({ version: 2, note: 'reads reports' });
    expect(rolePermissions(t.app.db, 'shelf_a').has('reports.read')).toBe(true);
    const [entry] = listAudit(t.app.db, { entity: 'role', entityId: 'shelf_a', limit: 1 });
    expect(entry).toMatchObject({ action: 'update', requestId: 'req-roles', before: { version: 1 }, after: { version: 2 } });
    expect(codeOf(() => changeRole(t.app.db, { ...admin, ifMatch: '"v1"' }, 'shelf_a', { ...role('shelf_a'), note: 'stale' }))).toBe('PRECONDITION_FAILED');
  });

  it('the repository inserts nothing for a stale version or a taken code, and never meets the primary key', () => {
    saveRole(t.app.db, role('shelf_b'), null);
    saveRole(t.app.db, role('shelf_b'), null);
    expect(() => insertRoleVersion(t.app.db, role('shelf_b'), null, meta, 1)).not.toThrow();
    t.app.db.transaction((tx) => {
      expect(insertRoleVersion(tx, role('shelf_b'), null, meta, 1)).toBeUndefined();
      expect(insertRoleVersion(tx, role('shelf_b'), null, meta, null)).toBeUndefined();
    });
    expect(getRole(t.app.db, 'shelf_b')!.version).toBe(2);
    expect(listRoleVersions(t.app.db, 'shelf_b', { limit: 10 }).map((r) => r.version)).toEqual([2, 1]);
  });

  it('is 409, not a constraint error, when another version was saved between the load and the insert; nothing is written and the permissions stay', () => {
    createRole(t.app.db, admin, { ...role('shelf_c'), note: null });
    expect(rolePermissions(t.app.db, 'shelf_c').has('reports.read')).toBe(false);
    // Another save appends version 2 between changeRole's load and its insert.
    const raced = racedBy((tx) => saveRole(tx, role('shelf_c', ['visits.log', 'reports.read']), null), () =>
      changeRole(t.app.db, admin, 'shelf_c', { ...role('shelf_c', ['reports.read']), note: 'raced' }),
    );
    expect(raced).toBe('CONFLICT');
    expect(getRole(t.app.db, 'shelf_c')!.version).toBe(1);
    expect(listRoleVersions(t.app.db, 'shelf_c', { limit: 10 })).toHaveLength(1);
    expect(rolePermissions(t.app.db, 'shelf_c').has('reports.read')).toBe(false);
    expect(listAudit(t.app.db, { entity: 'role', entityId: 'shelf_c', limit: 10 }).map((e) => e.action)).toEqual(['create']);
  });

  it('createRole is 409 for a code created meanwhile', () => {
    saveRole(t.app.db, role('shelf_d'), null);
    expect(codeOf(() => createRole(t.app.db, admin, { ...role('shelf_d'), note: null }))).toBe('CONFLICT');
  });
});

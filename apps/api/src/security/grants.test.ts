// OWASP API5 (privilege escalation): whoever may grant something grants only what they hold
// themselves — an API client's scopes, a user's role, a role's permissions — and nobody changes
// their own role. Each refusal is a 403 naming the field, and nothing changes.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { client, login, PASSWORD, type Client, type Res } from '../test/helpers.js';
import { seededOrg } from '../test/seeded-org.js';
import { clientToken, dbChecksum } from '../test/security-world.js';

/** apiclients.manage and reports.read, like the demo's technical-support specialist. */
let support: Client;
/** users.manage plus a sales rep's permissions, like the demo's admin specialist. */
let hr: Client;
/** roles.manage and reports.read. */
let roleAdmin: Client;

async function person(code: string, permissions: string[]): Promise<Client> {
  expect((await org.admin.post('/roles', { code, title: code, permissions })).status).toBe(201);
  const user = await org.admin.post('/users', { username: code, displayName: code, password: PASSWORD, roleCode: code, startDate: '2026-01-01' });
  expect(user.status).toBe(201);
  org.ids[code] = user.body.id;
  return client(t.app, await login(t.app, code, PASSWORD));
}

const { t, org } = seededOrg();
beforeAll(async () => {
  support = await person('support', ['apiclients.manage', 'reports.read']);
  hr = await person('hr', ['users.manage', 'visits.log', 'promotions.apply', 'returns.request']);
  roleAdmin = await person('role_admin', ['roles.manage', 'reports.read']);
}, 60_000);

/** A 403 problem naming the field, with the database as it was before the request. */
async function refused(send: () => Promise<Res>, path: string) {
  const before = dbChecksum(t.app);
  const res = await send();
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect({ status: res.status, title: res.body.title, paths: res.body.errors?.map((e: { path: string }) => e.path) }).toEqual({
    status: 403,
    title: 'Permission missing',
    paths: [path],
  });
  expect(dbChecksum(t.app)).toBe(before);
  return res;
}

describe('API clients get no scope their creator lacks', () => {
  it('refuses a client with users.manage or roles.manage from technical support, naming the scopes', async () => {
    const res = await refused(() => support.post('/api-clients', { name: 'escalate', scopes: ['reports.read', 'users.manage', 'roles.manage'] }), '/scopes');
    expect(res.body.detail).toMatch(/roles\.manage, users\.manage/);
    expect(res.body.detail).not.toMatch(/reports\.read/);
  });

  it('allows a client with the creator’s own scopes', async () => {
    const res = await support.post('/api-clients', { name: 'bi', scopes: ['reports.read'] });
    expect(res.status).toBe(201);
    expect(res.body.scopes).toEqual(['reports.read']);
  });

  it('holds for a client creating clients, and for a client creating users', async () => {
    const token = await clientToken(t.app, org.admin, 'provisioner', ['apiclients.manage', 'users.manage']);
    const provisioner = client(t.app, token);
    await refused(() => provisioner.post('/api-clients', { name: 'wider', scopes: ['roles.manage'] }), '/scopes');
    await refused(
      () => provisioner.post('/users', { username: 'root2', displayName: 'x', password: PASSWORD, roleCode: 'system_admin' }),
      '/roleCode',
    );
  });

  it('never outlives its creator’s permissions: a scope the creator loses (or all, when deactivated) is gone from the client at once', async () => {
    const lead = await person('bi_lead', ['apiclients.manage', 'reports.read', 'visits.read_team']);
    const created = (await lead.post('/api-clients', { name: 'bi-feed', scopes: ['reports.read', 'visits.read_team'] })).body;
    const tokenOf = async () =>
      (await client(t.app).post('/auth/token', { grantType: 'client_credentials', clientId: created.clientId, clientSecret: created.clientSecret })).body;
    const feed = client(t.app, (await tokenOf()).accessToken);
    expect((await feed.get('/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=sku')).status).toBe(200);
    expect((await feed.get('/visits')).status).toBe(200);

    // The lead's role loses reports.read: the client's token (already issued) loses it too.
    const narrowed = await org.admin.put('/roles/bi_lead', { title: 'bi_lead', permissions: ['apiclients.manage', 'visits.read_team'], note: 'no reports' });
    expect([narrowed.status, narrowed.body.detail]).toEqual([200, undefined]);
    expect((await feed.get('/reports/sales?from=2026-10-01&to=2026-10-31&groupBy=sku')).status).toBe(403);
    expect((await feed.get('/visits')).status).toBe(200);
    expect((await tokenOf()).scopes).toEqual(['visits.read_team']);

    // Deactivated, the lead's clients hold nothing.
    expect((await org.admin.patch(`/users/${org.ids.bi_lead}`, { active: false })).status).toBe(200);
    expect((await feed.get('/visits')).status).toBe(403);
  });
});

describe('users get no role whose permissions the caller lacks', () => {
  it('refuses creating a system_admin or a manager, allows a role within the caller’s own', async () => {
    const base = { displayName: 'x', password: PASSWORD };
    await refused(() => hr.post('/users', { ...base, username: 'root', roleCode: 'system_admin' }), '/roleCode');
    await refused(() => hr.post('/users', { ...base, username: 'boss', roleCode: 'ka_manager' }), '/roleCode');
    const rep = await hr.post('/users', { ...base, username: 'rep9', roleCode: 'sales_rep', managerId: org.ids.m1 });
    expect(rep.status).toBe(201);
  });

  it('nobody changes their own role, not even to one they could grant', async () => {
    await refused(() => hr.patch(`/users/${org.ids.hr}`, { roleCode: 'system_admin' }), '/roleCode');
    await refused(() => hr.patch(`/users/${org.ids.hr}`, { roleCode: 'sales_rep' }), '/roleCode');
    const admin = (await org.admin.get('/users?limit=200')).body.items.find((u: { username: string }) => u.username === 'admin');
    await refused(() => org.admin.patch(`/users/${admin.id}`, { roleCode: 'sales_rep' }), '/roleCode');
    // The caller's other fields, and an unchanged role, are still theirs to edit.
    const own = await hr.patch(`/users/${org.ids.hr}`, { roleCode: 'hr', displayName: 'HR' });
    expect(own.status).toBe(200);
    expect(own.body.roleCode).toBe('hr');
  });

  it('refuses raising someone else to a role above the caller’s, allows one within it', async () => {
    await refused(() => hr.patch(`/users/${org.ids.r1}`, { roleCode: 'ka_manager' }), '/roleCode');
    expect((await org.admin.get(`/users/${org.ids.r1}`)).body.roleCode).toBe('sales_rep');
    const rep = await hr.patch(`/users/${org.ids.r1}`, { displayName: 'R1' });
    expect(rep.status).toBe(200);
  });

  it('refuses editing a user whose role the caller could not grant (their password would be the caller’s way in)', async () => {
    await refused(() => hr.patch(`/users/${org.ids.gm}`, { password: 'taken-over-123' }), '/params/id');
    await refused(() => hr.patch(`/users/${org.ids.m1}`, { roleCode: 'sales_rep' }), '/params/id');
    expect((await org.admin.patch(`/users/${org.ids.r2}`, { roleCode: 'ka_manager' })).status).toBe(200);
  });
});

describe('roles get no permission the caller lacks', () => {
  it('refuses creating a role with a permission the caller lacks, allows one within the caller’s own', async () => {
    await refused(() => roleAdmin.post('/roles', { code: 'wide', title: 'x', permissions: ['reports.read', 'users.manage'] }), '/permissions');
    expect((await roleAdmin.post('/roles', { code: 'narrow', title: 'x', permissions: ['reports.read'] })).status).toBe(201);
  });

  it('refuses adding a permission to a role, and editing a role above the caller’s own', async () => {
    await refused(() => roleAdmin.put('/roles/narrow', { title: 'x', permissions: ['reports.read', 'users.manage'], note: 'widen' }), '/permissions');
    await refused(() => roleAdmin.put('/roles/role_admin', { title: 'x', permissions: ['roles.manage', 'reports.read', 'users.manage'], note: 'widen own' }), '/permissions');
    await refused(() => roleAdmin.put('/roles/sales_rep', { title: 'x', permissions: [], note: 'narrow' }), '/permissions');
    const renamed = await roleAdmin.put('/roles/narrow', { title: 'renamed', permissions: ['reports.read'], note: 'rename' });
    expect(renamed.status).toBe(200);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ensureAdmin } from '../../bootstrap.js';
import { client, login, openDatabase, PASSWORD } from '../../test/helpers.js';
import { seededOrg } from '../../test/seeded-org.js';
import { connectionOf } from '../../db/client.js';

const { t, org } = seededOrg();

describe('users', () => {
  it('never returns a password or its hash', async () => {
    const res = await org.admin.get('/users?limit=200');
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/password|argon2/i);
    expect(res.body.items.length).toBe(7);
  });

  it('defaults startDate to today and active to true', async () => {
    const res = await org.admin.post('/users', { username: 'newbie', displayName: '新人', password: PASSWORD, roleCode: 'sales_rep', managerId: org.ids.m1 });
    expect(res.status).toBe(201);
    expect(res.body.active).toBe(true);
    expect(res.body.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.headers.etag).toBe('"v1"');
    org.ids.newbie = res.body.id;
  });

  it('refuses a taken username, an unknown role or manager, a short password, and bad usernames', async () => {
    const base = { displayName: 'X', password: PASSWORD, roleCode: 'sales_rep' };
    expect((await org.admin.post('/users', { ...base, username: 'r1' })).status).toBe(409);
    const role = await org.admin.post('/users', { ...base, username: 'u1', roleCode: 'nope' });
    expect(role.status).toBe(400);
    expect(role.body.errors[0].path).toBe('/roleCode');
    const mgr = await org.admin.post('/users', { ...base, username: 'u2', managerId: 'nope' });
    expect(mgr.body.errors[0].path).toBe('/managerId');
    const pw = await org.admin.post('/users', { ...base, username: 'u3', password: 'short' });
    expect(pw.status).toBe(400);
    expect(pw.body.errors[0].path).toBe('/password');
    expect((await org.admin.post('/users', { ...base, username: 'has space' })).status).toBe(400);
  });

  it('shows a manager their team, a rep only themself, and 404 for anyone else', async () => {
    const m1 = await org.as('m1');
    const team = await m1.get('/users');
    const names = team.body.items.map((u: { username: string }) => u.username).sort();
    expect(names).toEqual(['m1', 'newbie', 'r1', 'r1b']);
    expect((await m1.get(`/users/${org.ids.r2}`)).status).toBe(404);
    const r1 = await org.as('r1');
    expect((await r1.get('/users')).body.items.map((u: { username: string }) => u.username)).toEqual(['r1']);
    expect((await r1.get(`/users/${org.ids.r1b}`)).status).toBe(404);
    const gm = await org.as('gm');
    expect((await gm.get(`/users/${org.ids.r2}`)).status).toBe(200);
  });

  it('patches with If-Match, refuses cycles in the manager chain, and non-admins', async () => {
    const cur = await org.admin.get(`/users/${org.ids.newbie}`);
    const ok = await org.admin.patch(`/users/${org.ids.newbie}`, { displayName: '新人2', region: '华东' }, { 'if-match': cur.headers.etag as string });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ displayName: '新人2', region: '华东' });
    expect((await org.admin.patch(`/users/${org.ids.newbie}`, { region: 'x' }, { 'if-match': cur.headers.etag as string })).status).toBe(412);
    const cycle = await org.admin.patch(`/users/${org.ids.gm}`, { managerId: org.ids.r1 });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0].path).toBe('/managerId');
    const self = await org.admin.patch(`/users/${org.ids.gm}`, { managerId: org.ids.gm });
    expect(self.status).toBe(400);
    expect((await (await org.as('m1')).patch(`/users/${org.ids.r1}`, { displayName: 'x' })).status).toBe(403);
    expect((await org.admin.patch('/users/nope', { displayName: 'x' })).status).toBe(404);
  });

  it('ignores fields outside the schema (no mass assignment)', async () => {
    const res = await org.admin.patch(`/users/${org.ids.newbie}`, { id: 'hijack', version: 99, passwordHash: 'x', createdAt: '2000-01-01' });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(org.ids.newbie);
    expect(res.body.createdAt).not.toBe('2000-01-01');
    expect(await login(t.app, 'newbie', PASSWORD)).toBeTruthy();
  });

  it('a deactivated user is locked out at once, and a new password ends old sessions', async () => {
    const token = await login(t.app, 'newbie', PASSWORD);
    const refresh = (await client(t.app).post('/auth/login', { username: 'newbie', password: PASSWORD })).body.refreshToken;
    await org.admin.patch(`/users/${org.ids.newbie}`, { active: false });
    expect((await client(t.app, token).get('/me')).status).toBe(401);
    expect((await client(t.app).post('/auth/login', { username: 'newbie', password: PASSWORD })).status).toBe(401);
    expect((await client(t.app).post('/auth/refresh', { refreshToken: refresh })).status).toBe(401);
  });
});

describe('password policy (ASVS 2.1)', () => {
  const weak: [string, RegExp][] = [
    ['12345678', /12 characters/],
    ['password', /12 characters/],
    ['        ', /12 characters/],
    ['            ', /^must not be only spaces$/],
    ['\t\n          ', /^must not be only spaces$/],
    ['Password1234', /^is a commonly used password; choose another$/],
    ['123456789012', /^is a commonly used password; choose another$/],
    ['ab          cdefghij', /^must be at least 12 characters$/], // a run of spaces counts as one
  ];

  it.each(weak)('refuses %j on create with 400 naming /password, creating nothing', async (password, message) => {
    const res = await org.admin.post('/users', { username: 'weakling', displayName: 'W', password, roleCode: 'sales_rep' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([{ path: '/password', message: expect.stringMatching(message) }]);
    const listed = await org.admin.get('/users?limit=200');
    expect(listed.body.items.map((u: { username: string }) => u.username)).not.toContain('weakling');
  });

  it('refuses a weak password on PATCH, keeping the old password and its sessions', async () => {
    const user = await org.admin.post('/users', { username: 'keeper', displayName: 'K', password: 'keeper-password-1', roleCode: 'sales_rep' });
    expect(user.status).toBe(201);
    const session = await client(t.app).post('/auth/login', { username: 'keeper', password: 'keeper-password-1' });
    const res = await org.admin.patch(`/users/${user.body.id}`, { password: 'password1234', displayName: 'Changed' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('/password');
    expect((await org.admin.get(`/users/${user.body.id}`)).body.displayName).toBe('K');
    expect((await client(t.app).post('/auth/refresh', { refreshToken: session.body.refreshToken })).status).toBe(200);
    expect((await client(t.app).post('/auth/login', { username: 'keeper', password: 'keeper-password-1' })).status).toBe(200);
  });

  it('accepts a long passphrase with spaces and any characters', async () => {
    const res = await org.admin.post('/users', { username: 'phrase', displayName: 'P', password: '  correct horse 电池 staple  ', roleCode: 'sales_rep' });
    expect(res.status).toBe(201);
    expect((await client(t.app).post('/auth/login', { username: 'phrase', password: '  correct horse 电池 staple  ' })).status).toBe(200);
  });

  it('refuses to create the first admin with a weak ADMIN_PASSWORD', async () => {
    const db = openDatabase(join(t.dir, 'empty.db'));
    try {
      await expect(ensureAdmin(db, { ...t.config, adminPassword: 'password' }, () => {})).rejects.toThrow('ADMIN_PASSWORD must be at least 12 characters');
      expect(connectionOf(db).prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
    } finally {
      connectionOf(db).close();
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { seededOrg } from '../../test/seeded-org.js';

const { org } = seededOrg();

describe('products', () => {
  it('keeps money exact and defaults packSize, isKey, isNew', async () => {
    const res = await org.admin.post('/products', { sku: 'M1', name: '薯片', unit: '袋', retailPrice: 102999.99, supplyPrice: 0.1, shelfLifeDays: 180 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ retailPrice: 102999.99, supplyPrice: 0.1, packSize: 1, isKey: false, isNew: false, clearance: null });
  });

  it('refuses money with more than 2 decimals, negative prices, a bad clearance window, a duplicate sku', async () => {
    const base = { sku: 'M2', name: 'x', unit: '袋', retailPrice: 1, supplyPrice: 1, shelfLifeDays: 30 };
    const dec = await org.admin.post('/products', { ...base, retailPrice: 1.005 });
    expect(dec.status).toBe(400);
    expect(dec.body.errors[0].path).toBe('/retailPrice');
    expect((await org.admin.post('/products', { ...base, supplyPrice: -1 })).status).toBe(400);
    const win = await org.admin.post('/products', { ...base, clearance: { from: '2026-12-01', to: '2026-11-01' } });
    expect(win.status).toBe(400);
    expect(win.body.errors[0].path).toBe('/clearance/to');
    expect((await org.admin.post('/products', { ...base, sku: 'P1' })).status).toBe(409);
    expect((await org.admin.post('/products', { ...base, shelfLifeDays: 0 })).status).toBe(400);
  });

  it('sets and clears a clearance window, readable by every signed-in user, writable only with masterdata.manage', async () => {
    const set = await org.admin.patch(`/products/${org.ids.P1}`, { clearance: { from: '2026-11-01', to: '2026-11-30' } });
    expect(set.body.clearance).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    const cleared = await org.admin.patch(`/products/${org.ids.P1}`, { clearance: null });
    expect(cleared.body.clearance).toBeNull();
    const rep = await org.as('r1');
    expect((await rep.get(`/products/${org.ids.P1}`)).status).toBe(200);
    expect((await rep.patch(`/products/${org.ids.P1}`, { name: 'x' })).status).toBe(403);
    expect((await rep.get('/products/nope')).status).toBe(404);
  });
});

describe('audit trail', () => {
  it('records who changed what with before and after, readable only by admins', async () => {
    const res = await org.admin.get(`/audit?entity=product&entityId=${org.ids.P1}`);
    expect(res.status).toBe(200);
    const actions = res.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['update', 'update', 'create']);
    expect(res.body.items[0].before.clearanceFrom).toBe('2026-11-01');
    expect(res.body.items[0].after.clearanceFrom).toBeNull();
    expect((await (await org.as('m1')).get('/audit')).status).toBe(403);
    const users = await org.admin.get('/audit?entity=user');
    expect(users.text).not.toMatch(/argon2/);
  });
});

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { client, login, makeApp, type TestContext } from '../test/helpers.js';
import { DEMO_PASSWORD, generateDemoPromotions, generateDemoReturns } from './index.js';
import { seedDemo } from './seed.js';

jest.setTimeout(60_000);

let t: TestContext;
beforeAll(async () => {
  t = await makeApp();
  await seedDemo(t.app.db, () => {});
}, 120_000);
afterAll(async () => t.close());

describe('demo promotions and returns', () => {
  it('run through their workflows to the statuses the demo story tells', async () => {
    const gm = client(t.app, await login(t.app, 'gm', DEMO_PASSWORD));
    const promotions = (await gm.get('/promotions?limit=200')).body.items as { title: string; status: string }[];
    const today = '2026-11-26';
    const planned = generateDemoPromotions({ today });
    expect(promotions).toHaveLength(planned.length);
    for (const plan of planned) {
      expect(promotions.find((p) => p.title === plan.title)?.status).toBe(plan.expectedStatus);
    }
    const returns = (await gm.get('/returns?limit=200')).body.items as { status: string }[];
    expect(returns.map((r) => r.status).sort()).toEqual(generateDemoReturns({ today }).map((r) => r.expectedStatus).sort());
  });

  it('give the managers something in their inbox', async () => {
    const gm = client(t.app, await login(t.app, 'gm', DEMO_PASSWORD));
    const inbox = await gm.get('/inbox');
    expect(inbox.body.counts.promotions).toBeGreaterThan(0);
    expect(inbox.body.promotions.some((p: { awaiting: string }) => p.awaiting === 'gm_approval')).toBe(true);
    const ka2 = client(t.app, await login(t.app, 'ka2', DEMO_PASSWORD));
    expect((await ka2.get('/inbox')).body.counts.returns).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { makeApp, seedOrg, type Org, type TestContext } from '../../test/helpers.js';
import { daysAgo, line, visitBody } from '../../test/field-work.js';

let t: TestContext;
let org: Org;
beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
}, 60_000);
afterAll(async () => t.close());

it('lists visits with counts instead of lines, and the full visits with include=lines', async () => {
  const r1 = await org.as('r1');
  const { ids } = org;
  const created = await r1.post(
    '/visits',
    visitBody(ids.S1!, daysAgo(1), [line(ids.P1!, { orderQty: 12, facings: 1 }), line(ids.PK!, { orderQty: 3, priceTagOk: false })]),
  );
  expect(created.status).toBe(201);

  const list = await r1.get(`/visits?storeId=${ids.S1}`);
  expect(list.status).toBe(200);
  const item = list.body.items[0];
  expect(item).toMatchObject({ id: created.body.id, storeId: ids.S1, lineCount: 2, photoCount: 0 });
  expect(item).not.toHaveProperty('lines');
  expect(item.geofence.text).toEqual(expect.any(String));

  const full = await r1.get(`/visits?storeId=${ids.S1}&include=lines`);
  expect(full.body.items[0]).toMatchObject({ ...created.body, lineCount: 2 });
  expect(full.body.items[0].lines[1].suggestion.text).toEqual(expect.any(String));
  expect((await r1.get('/visits?include=everything')).status).toBe(400);
});

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { encodeCursor } from '../lib/pagination.js';
import { line, visitBody } from '../test/field-work.js';
import { makeApp, seedOrg, type Client, type Org, type TestContext } from '../test/helpers.js';
import { connectionOf } from '../db/client.js';
import { promotionApplication } from '../test/promotion-application.js';

/*
 * Issue 13 item 17: every list answers in its documented order, newest first by creation time
 * and then id, not by id (a phone's ids are random UUIDs), and pages on that pair.
 */

// Seeding hashes passwords (argon2): slow on a busy machine.
jest.setTimeout(60_000);

let t: TestContext;
let org: Org;
let ids: Record<string, string>;
let admin: Client, r1: Client, m1: Client;
let webhookId: string;
const created: Record<string, string[]> = {};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const made = (res: { status: number; body: { id: string }; text: string }) => {
  if (res.status !== 201) throw new Error(res.text);
  return res.body.id;
};
/** Client ids that sort in the reverse of the order they are made in: ffffffff-…, eeeeeeee-…, … */
const reversedId = (i: number) =>
  `${(15 - i).toString(16).repeat(8)}-0000-4000-8000-${String(i).padStart(12, '0')}`;

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
  ids = org.ids;
  admin = org.admin;
  [r1, m1] = await Promise.all([org.as('r1'), org.as('m1')]);

  webhookId = made(
    await admin.post('/webhooks', {
      url: 'http://127.0.0.1:9/hook',
      events: ['return.created'],
      allowPrivateNetwork: true,
    }),
  );
  created.webhooks = [webhookId];
  // Returns made on a phone, each with its own client id, ids descending while time goes on.
  created.returns = [];
  for (let i = 0; i < 6; i++) {
    created.returns.push(
      made(
        await r1.post('/returns', {
          id: reversedId(i),
          storeId: ids.S1,
          productId: ids.P1,
          qty: 1 + i,
          reason: 'quality_defect',
        }),
      ),
    );
    await sleep(3); // distinct creation times, so newest first is a different order than the ids'
  }
  created.stores = [];
  created.products = [];
  created.users = [];
  created.promotions = [];
  created.collections = [];
  created.marketPlans = [];
  for (let i = 0; i < 5; i++) {
    created.stores.push(
      made(
        await admin.post('/stores', {
          code: `ORD${i}`,
          name: `Order ${i}`,
          tier: 'normal',
          channel: 'retail',
          ownerId: ids.r1,
        }),
      ),
    );
    created.products.push(
      made(
        await admin.post('/products', {
          sku: `ORD${i}`,
          name: `Order ${i}`,
          unit: '袋',
          retailPrice: 1,
          supplyPrice: 1,
          shelfLifeDays: 30,
          category: 'order',
        }),
      ),
    );
    created.users.push(
      made(
        await admin.post('/users', {
          username: `order${i}`,
          displayName: `Order ${i}`,
          password: 'order-password-123',
          roleCode: 'sales_rep',
          managerId: ids.m1,
        }),
      ),
    );
    created.promotions.push(
      made(
        await r1.post('/promotions', promotionApplication(ids.S1, ids.P1, { title: `Order ${i}`, estimatedCost: 10 })),
      ),
    );
    created.collections.push(
      made(await m1.post('/collections', { userId: ids.r1, date: '2026-11-03', amount: 1 + i })),
    );
    created.marketPlans.push(
      made(
        await m1.post('/market-plans', {
          userId: ids.r1,
          month: '2026-11',
          level: 'second',
          name: `Order ${i}`,
        }),
      ),
    );
  }
  for (let i = 0; i < 3; i++) {
    created.webhooks.push(
      made(
        await admin.post('/webhooks', {
          url: `http://127.0.0.1:9/other-${i}`,
          events: ['visit.created'],
          allowPrivateNetwork: true,
        }),
      ),
    );
  }
}, 180_000);
afterAll(async () => t.close());

const raw = () => connectionOf(t.app.db);
const createdAtOf = (table: string, id: string) =>
  (raw().prepare(`SELECT created_at AS c FROM ${table} WHERE id = ?`).get(id) as { c: string }).c;

/** Every page of a list, `limit` at a time, following nextCursor to the end. */
async function allPages(who: Client, url: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 500; n++) {
    const sep = url.includes('?') ? '&' : '?';
    const res = await who.get(`${url}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    seen.push(...res.body.items.map((item: { id: string }) => item.id));
    cursor = res.body.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error(`${url}: the cursor never ended`);
}

/** The list's whole answer is in (created_at desc, id desc) order, and paging 2 at a time gives it again, each item once. */
async function expectNewestFirst(
  who: Client,
  url: string,
  table: string,
  mine: string[],
  expectedMine: string[],
) {
  const whole = await allPages(who, url, 200);
  const keys = whole.map((id) => [createdAtOf(table, id), id] as const);
  const sorted = [...keys].sort((a, b) =>
    a[0] === b[0] ? (a[1] < b[1] ? 1 : -1) : a[0] < b[0] ? 1 : -1,
  );
  expect(keys).toEqual(sorted);
  expect(whole.filter((id) => mine.includes(id))).toEqual(expectedMine);
  const paged = await allPages(who, url, 2);
  expect(paged).toEqual(whole);
  expect(new Set(paged).size).toBe(paged.length);
}

/**
 * Server-made ids (UUIDv7) follow creation time, so to tell the orders apart the stored times of
 * `mine` are set against their ids: the smallest id is the newest, and the second and third
 * newest share one millisecond (their order is then by id, descending). Returns the order expected.
 */
function timesAgainstIds(table: string, mine: string[]): string[] {
  const byId = [...mine].sort();
  const base = Date.parse('2020-01-01T00:00:00.000Z');
  const at = byId.map((_, rank) => new Date(base - rank * 1000).toISOString());
  at[2] = at[1]!;
  const update = raw().prepare(`UPDATE ${table} SET created_at = ? WHERE id = ?`);
  byId.forEach((id, rank) => update.run(at[rank], id));
  // newest first: ranks 0, then 1 and 2 (same time: the larger id first), then 3, 4, ...
  const order = byId.map((id, rank) => ({ id, at: at[rank]! }));
  return order
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1))
    .map((o) => o.id);
}

describe('lists are newest first by creation time, then id, and page on that pair', () => {
  it('returns made on a phone with client ids that sort backwards: newest first, two with the same time by id', async () => {
    const made = created.returns!;
    expect([...made].sort().reverse()).toEqual(made); // the ids sort in the order they were made
    // the 3rd and 4th made share a millisecond: of the two, the larger id (the 3rd) comes first
    raw()
      .prepare('UPDATE returns SET created_at = ? WHERE id = ?')
      .run(createdAtOf('returns', made[3]!), made[2]!);
    const expected = [made[5], made[4], made[2], made[3], made[1], made[0]];
    await expectNewestFirst(r1, '/returns', 'returns', made, expected as string[]);
    await expectNewestFirst(m1, '/returns?status=approved', 'returns', made, expected as string[]);
    await expectNewestFirst(
      admin,
      `/returns?storeId=${ids.S1}`,
      'returns',
      made,
      expected as string[],
    );
  });

  const serverMade: [string, string, () => Client, () => string][] = [
    ['stores', 'stores', () => admin, () => '/stores'],
    ['stores', 'stores', () => r1, () => '/stores?status=active'],
    ['products', 'products', () => admin, () => '/products'],
    ['products', 'products', () => r1, () => '/products?category=order'],
    ['users', 'users', () => admin, () => '/users'],
    ['users', 'users', () => m1, () => '/users'],
    ['promotions', 'promotions', () => r1, () => '/promotions'],
    ['promotions', 'promotions', () => admin, () => '/promotions?status=draft'],
    ['collections', 'collections', () => m1, () => '/collections'],
    [
      'collections',
      'collections',
      () => m1,
      () => `/collections?userId=${ids.r1}&from=2026-11-01&to=2026-11-30`,
    ],
    ['marketPlans', 'market_plans', () => m1, () => `/market-plans?userId=${ids.r1}&month=2026-11`],
    ['webhooks', 'webhooks', () => admin, () => '/webhooks'],
  ];
  const reordered = new Map<string, string[]>();
  it.each(serverMade)(
    '%s (%s table) as the list says, via the caller and filter of this case',
    async (kind, table, who, url) => {
      const mine = created[kind]!;
      if (!reordered.has(kind)) reordered.set(kind, timesAgainstIds(table, mine));
      await expectNewestFirst(who(), url(), table, mine, reordered.get(kind)!);
    },
  );

  it('API clients (one page): newest first', async () => {
    const clientIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await admin.post('/api-clients', {
        name: `order-${i}`,
        scopes: ['reports.read'],
      });
      expect(res.status).toBe(201);
      clientIds.push(res.body.clientId);
      await sleep(3);
    }
    const listed = (await admin.get('/api-clients')).body.items.map(
      (c: { clientId: string }) => c.clientId,
    );
    expect(listed).toEqual([...clientIds].reverse());
  });

  it("a webhook's deliveries", async () => {
    const deliveries = (
      raw().prepare('SELECT id FROM webhook_deliveries WHERE webhook_id = ?').all(webhookId) as {
        id: string;
      }[]
    ).map((d) => d.id);
    expect(deliveries).toHaveLength(created.returns!.length);
    const expected = timesAgainstIds('webhook_deliveries', deliveries);
    await expectNewestFirst(
      admin,
      `/webhooks/${webhookId}/deliveries`,
      'webhook_deliveries',
      deliveries,
      expected,
    );
  });
});

describe('the visit list keeps its own key: check-in time, newest first, then id', () => {
  it('visits made on a phone with ids that sort backwards, three with the same check-in time, paged one at a time', async () => {
    // made in this order, ids descending; 3 share a check-in time, so their order is by id
    const checkIns = [
      '2026-10-05T02:00:00.000Z',
      '2026-10-06T02:00:00.000Z',
      '2026-10-06T02:00:00.000Z',
      '2026-10-06T02:00:00.000Z',
      '2026-10-04T02:00:00.000Z',
    ];
    const made: string[] = [];
    for (const [i, checkInAt] of checkIns.entries()) {
      const res = await r1.post(
        '/visits',
        visitBody(ids.S1N!, checkInAt, [line(ids.P1!)], {
          id: `${(15 - i).toString(16).repeat(8)}-1111-4111-8111-${String(i).padStart(12, '0')}`,
        }),
      );
      expect(res.status).toBe(201);
      made.push(res.body.id);
    }
    // newest check-in first; the three of 6 October by id, descending (the order they were made in)
    const expected = [made[1], made[2], made[3], made[0], made[4]];
    for (const [who, url] of [
      [r1, `/visits?storeId=${ids.S1N}`],
      [admin, `/visits?storeId=${ids.S1N}`],
      [admin, '/visits'],
    ] as const) {
      const whole = await allPages(who, url, 200);
      expect(whole.filter((id) => made.includes(id))).toEqual(expected);
      for (const limit of [1, 2]) expect(await allPages(who, url, limit)).toEqual(whole);
    }
  });
});

describe('a cursor that is not one of the list is a 400 naming cursor, in the caller’s language', () => {
  const lists = [
    '/returns',
    '/promotions',
    '/stores',
    '/products',
    '/users',
    '/webhooks',
    '/collections',
    '/market-plans',
    '/complaints',
    '/discipline-records',
    '/roles',
    '/collection-plans',
    // lists with their own key: a cursor of two texts (the key and an id), a number, or a ranking's place
    '/tasks',
    '/work-logs',
    '/market-surveys',
    '/audit',
    '/scorecards?month=2026-11',
    '/visits',
  ];
  const wrongShape = [
    ['not base64 JSON', '%%%'],
    ['a JSON object', Buffer.from('{"a":1}').toString('base64url')],
    ['one part', encodeCursor(['2026-01-01T00:00:00.000Z'])],
    ['three parts', encodeCursor(['a', 'b', 'c'])],
    ['a number for a text', encodeCursor([1, 2])],
  ];
  it.each(lists)('%s', async (url) => {
    for (const [what, cursor] of wrongShape) {
      if (url === '/roles' && what === 'one part') continue; // a role cursor is one code
      const sep = url.includes('?') ? '&' : '?';
      const en = await admin.get(`${url}${sep}cursor=${cursor}`, { 'accept-language': 'en' });
      expect({ what, status: en.status }).toEqual({ what, status: 400 });
      expect(en.body.errors[0].path).toBe('/query/cursor');
      expect(en.body.errors[0].message).toMatch(/cursor/);
      const zh = await admin.get(`${url}${sep}cursor=${cursor}`, { 'accept-language': 'zh-CN' });
      expect(zh.status).toBe(400);
      expect(zh.body.errors[0].message).toMatch(/游标/);
    }
  });

  it("a ranking's cursor is a place after the first page", async () => {
    for (const offset of [-50, 0, 1.5]) {
      const res = await admin.get(
        `/scorecards?month=2026-11&cursor=${encodeCursor(['snapshot', offset])}`,
      );
      expect({ offset, status: res.status }).toEqual({ offset, status: 400 });
      expect(res.body.errors[0].path).toBe('/query/cursor');
    }
  });

  it("a role's versions take a version number", async () => {
    const res = await admin.get(`/roles/sales_rep/versions?cursor=${encodeCursor(['x'])}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('/query/cursor');
  });
});

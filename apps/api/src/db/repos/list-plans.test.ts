import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionOf, openDatabase, type Db } from '../client.js';
import { listProducts, listStores } from './masterdata.js';
import { listPromotions } from './promotions.js';
import { listReturns } from './returns.js';
import {
  listCollections,
  listComplaints,
  listDisciplineRecords,
  listMarketPlans,
} from './scoring.js';
import { listUsers } from './users.js';
import { listVisits } from './visits.js';
import { listDeliveries, listWebhooks } from './webhooks.js';

/*
 * Each newest-first list (issue 13 item 17) reads an index that ends in (created_at, id) after
 * its equality filters, backwards from the cursor, and stops after the page: SQLite never sorts
 * the rows (no "USE TEMP B-TREE FOR ORDER BY"). The indexes are migration 0006's.
 */

const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-plans-'));
const db = openDatabase(join(dir, 'app.db'));
afterAll(() => {
  connectionOf(db).close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The SQL a repository function runs, captured as better-sqlite3 prepares it, and SQLite's plan for
 * it (parameters bound as NULL: without STAT4 the planner does not look at their values).
 */
function plansOf(run: () => unknown): string[] {
  const client = connectionOf(db);
  const prepare = client.prepare;
  const sources: string[] = [];
  client.prepare = function (this: typeof client, source: string) {
    sources.push(source);
    return prepare.call(this, source);
  } as typeof client.prepare;
  try {
    run();
  } finally {
    client.prepare = prepare;
  }
  return sources.map((source) => {
    const params = (source.match(/\?/g) ?? []).map(() => null);
    const rows = client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as {
      detail: string;
    }[];
    return rows.map((r) => r.detail).join('\n');
  });
}

const before = ['2026-01-01T00:00:00.000Z', 'x'] as const;
const cases: [string, (db: Db) => unknown, RegExp][] = [
  [
    'returns, everyone (admin)',
    (d) => listReturns(d, { limit: 50, before }),
    /USING INDEX returns_created_idx/,
  ],
  [
    'returns by status',
    (d) => listReturns(d, { limit: 50, before, status: 'pending_approval' }),
    /USING INDEX returns_status_created_idx/,
  ],
  [
    'returns of a store',
    (d) => listReturns(d, { limit: 50, before, storeId: 'x' }),
    /USING INDEX returns_store_created_idx/,
  ],
  [
    'returns a rep sees (theirs or their stores’)',
    (d) => listReturns(d, { limit: 50, before, visibleUserIds: ['u'] }),
    /USING INDEX returns_created_idx/,
  ],
  [
    'promotions, everyone',
    (d) => listPromotions(d, { limit: 50, before }),
    /USING INDEX promotions_created_idx/,
  ],
  [
    'promotions by status',
    (d) => listPromotions(d, { limit: 50, before, statuses: ['submitted'] }),
    /USING INDEX promotions_status_created_idx/,
  ],
  [
    'promotions a rep sees',
    (d) => listPromotions(d, { limit: 50, before, visibleUserIds: ['u'] }),
    /USING INDEX promotions_created_idx/,
  ],
  [
    'stores, everyone',
    (d) => listStores(d, { limit: 50, before }),
    /USING INDEX stores_created_idx/,
  ],
  [
    "a rep's stores",
    (d) => listStores(d, { limit: 50, before, ownerIds: ['u'] }),
    /USING INDEX stores_owner_created_idx/,
  ],
  [
    'stores by status',
    (d) => listStores(d, { limit: 50, before, status: 'active' }),
    /USING INDEX stores_status_created_idx/,
  ],
  ['products', (d) => listProducts(d, { limit: 50, before }), /USING INDEX products_created_idx/],
  [
    'products of a category',
    (d) => listProducts(d, { limit: 50, before, category: 'x' }),
    /USING INDEX products_category_created_idx/,
  ],
  ['users, everyone', (d) => listUsers(d, { limit: 50, before }), /USING INDEX users_created_idx/],
  ['webhooks', (d) => listWebhooks(d, { limit: 50, before }), /USING INDEX webhooks_created_idx/],
  [
    "a webhook's deliveries",
    (d) => listDeliveries(d, { webhookId: 'w', limit: 50, before }),
    /USING INDEX webhook_deliveries_hook_created_idx/,
  ],
  [
    'collections, everyone',
    (d) => listCollections(d, { limit: 50, before }),
    /USING INDEX collections_created_idx/,
  ],
  [
    "a user's collections in a period",
    (d) =>
      listCollections(d, { userId: 'u', from: '2026-11-01', to: '2026-11-30', limit: 50, before }),
    /USING INDEX collections_user_created_idx/,
  ],
  [
    "a user's market plans of a month",
    (d) => listMarketPlans(d, { userId: 'u', month: '2026-11', limit: 50, before }),
    /USING INDEX market_plans_user_created_idx/,
  ],
  [
    "a user's complaints",
    (d) => listComplaints(d, { userId: 'u', limit: 50, before }),
    /USING INDEX complaints_user_created_idx/,
  ],
  [
    "a user's discipline records",
    (d) => listDisciplineRecords(d, { userId: 'u', limit: 50, before }),
    /USING INDEX discipline_user_created_idx/,
  ],
];

describe('each newest-first list reads an index in its order (EXPLAIN QUERY PLAN)', () => {
  it.each(cases)('%s', (_, run, index) => {
    const plans = plansOf(() => run(db));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(index);
    expect(plans[0]).not.toMatch(/TEMP B-TREE/);
  });

  // The visit list keeps its own key (check-in time, then id) and its own indexes (migration 0002);
  // its later pages start at the cursor in each index instead of reading every older visit.
  const visitCursor = ['2026-01-01T00:00:00.000Z', 'x'] as [string, string];
  it.each([
    [
      'visits, everyone',
      { limit: 50, before: visitCursor },
      [/visits_checkin_id_idx \(check_in_at<\?\)/],
    ],
    [
      "a rep's visits and their stores'",
      { limit: 50, before: visitCursor, userIds: ['u'] },
      [
        /visits_rep_checkin_id_idx \(rep_id=\? AND check_in_at<\?\)/,
        /visits_store_checkin_id_idx \(store_id=\? AND check_in_at<\?\)/,
      ],
    ],
    [
      "a team's visits",
      { limit: 50, before: visitCursor, userIds: ['u', 'v'] },
      [
        /visits_rep_checkin_id_idx \(rep_id=\? AND check_in_at<\?\)/,
        /visits_store_checkin_id_idx \(store_id=\? AND check_in_at<\?\)/,
      ],
    ],
  ] as const)('%s, a later page', (_, q, indexes) => {
    const [plan] = plansOf(() =>
      listVisits(db, { ...q, userIds: 'userIds' in q ? [...q.userIds] : undefined }),
    );
    for (const index of indexes) expect(plan).toMatch(index);
    expect(plan).not.toMatch(/MULTI-INDEX OR/);
  });

  it('the first page too (no cursor)', () => {
    const [plan] = plansOf(() => listReturns(db, { limit: 50 }));
    expect(plan).toMatch(/USING INDEX returns_created_idx/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});

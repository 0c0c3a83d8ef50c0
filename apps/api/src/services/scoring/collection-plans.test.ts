import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { listAudit } from '../../db/repos/audit.js';
import { rolePermissions } from '../../db/repos/roles.js';
import { getCollectionPlan, insertCollectionPlan, updateCollectionPlan } from '../../db/repos/scoring.js';
import { getUser } from '../../db/repos/users.js';
import { systemCaller, type Caller } from '../../lib/caller.js';
import { userPrincipal } from '../../lib/principal.js';
import { makeApp, seedOrg, type Org, type TestContext } from '../../test/helpers.js';
import { setCollectionPlan } from './collection-plans.js';

/*
 * The collection plan's PUT is a versioned write: the version read is in the write's WHERE, so
 * a plan stored or changed between the read and the write is 409, never a lost update.
 */

jest.setTimeout(60_000);

let t: TestContext;
let org: Org;

const callerOf = (username: string, ifMatch?: string): Caller => {
  const user = getUser(t.app.db, org.ids[username]!)!;
  return { ...systemCaller(userPrincipal(user, rolePermissions(t.app.db, user.roleCode)), `req-${username}`), ...(ifMatch !== undefined && { ifMatch }) };
};

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
}, 120_000);
afterAll(async () => t.close());

describe('the version read is in the write', () => {
  it('a first plan is not inserted over one stored meanwhile; a stale version updates nothing', () => {
    const db = t.app.db;
    const userId = org.ids.r1!;
    expect(insertCollectionPlan(db, { userId, month: '2026-05', amountMinor: 100 })).toMatchObject({ version: 1, amountMinor: 100 });
    // a second writer that read "no plan" before the first stored it
    expect(insertCollectionPlan(db, { userId, month: '2026-05', amountMinor: 200 })).toBeUndefined();
    expect(updateCollectionPlan(db, userId, '2026-05', 1, 300)).toMatchObject({ version: 2, amountMinor: 300 });
    // a writer that read version 1 before the update above
    expect(updateCollectionPlan(db, userId, '2026-05', 1, 400)).toBeUndefined();
    expect(getCollectionPlan(db, userId, '2026-05')).toMatchObject({ version: 2, amountMinor: 300 });
  });
});

describe('setCollectionPlan', () => {
  it('creates (If-Match "v0" or none), updates the version it read, and refuses a stale If-Match with 412, nothing written', () => {
    const key = { userId: org.ids.r1!, month: '2026-06' };
    expect(setCollectionPlan(t.app.db, callerOf('m1', '"v0"'), key, { amount: 10 })).toMatchObject({ version: 1, amountMinor: 1000 });
    expect(setCollectionPlan(t.app.db, callerOf('m1'), key, { amount: 20 })).toMatchObject({ version: 2, amountMinor: 2000 });
    expect(() => setCollectionPlan(t.app.db, callerOf('m1', '"v1"'), key, { amount: 30 })).toThrow(expect.objectContaining({ code: 'PRECONDITION_FAILED' }));
    expect(setCollectionPlan(t.app.db, callerOf('m1', '"v2"'), key, { amount: 40 })).toMatchObject({ version: 3, amountMinor: 4000 });
    const audits = listAudit(t.app.db, { entity: 'collection_plan', entityId: `${key.userId}/${key.month}`, limit: 10 });
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);
  });
});

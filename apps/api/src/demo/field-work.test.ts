import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { client, login, makeApp, type TestContext } from '../test/helpers.js';
import { DEMO_PASSWORD } from './people.js';
import { seedDemo } from './seed.js';
import { seedDemoFieldWork } from './field-work.js';
import { connectionOf } from '../db/client.js';

jest.setTimeout(120_000);

let t: TestContext;
const printed: string[] = [];

beforeAll(async () => {
  t = await makeApp();
  await seedDemo(t.app.db, (line) => printed.push(line));
}, 300_000);
afterAll(async () => t.close());

const count = (sql: string) => (connectionOf(t.app.db).prepare(sql).get() as { n: number }).n;

describe('demo field work', () => {
  it('stores the generated visits through the visit service, with suggestions and issues', () => {
    expect(printed.join('\n')).toMatch(/Loaded the demo field work: \d+ visits/);
    expect(printed.join('\n')).not.toMatch(/Skipped/);
    expect(count('SELECT count(*) AS n FROM visits')).toBeGreaterThan(100);
    // R1 had history to work on, R3 found something, and the geofence was measured.
    expect(count('SELECT count(*) AS n FROM visit_lines WHERE suggested_order_qty IS NOT NULL')).toBeGreaterThan(100);
    expect(count("SELECT count(*) AS n FROM visit_lines WHERE issues <> '[]'")).toBeGreaterThan(0);
    expect(count('SELECT count(*) AS n FROM visits WHERE distance_meters IS NOT NULL')).toBeGreaterThan(0);
  });

  it('stores the work logs with the managers’ vague flags', () => {
    expect(count('SELECT count(*) AS n FROM work_logs')).toBeGreaterThan(50);
    expect(count('SELECT count(*) AS n FROM work_logs WHERE vague_flagged_at IS NOT NULL')).toBeGreaterThan(0);
  });

  it('is not loaded twice', () => {
    const before = count('SELECT count(*) AS n FROM visits');
    seedDemoFieldWork(t.app.db, () => {});
    expect(count('SELECT count(*) AS n FROM visits')).toBe(before);
  });

  it('gives a demo rep a day to look at and visits to read', async () => {
    const rep = client(t.app, await login(t.app, 'rep1', DEMO_PASSWORD));
    const today = await rep.get('/me/today');
    expect(today.status).toBe(200);
    const visits = await rep.get('/visits?limit=5');
    expect(visits.body.items.length).toBe(5);
    expect(visits.body.items.every((v: { repId: string }) => v.repId === visits.body.items[0].repId)).toBe(true);
  });
});

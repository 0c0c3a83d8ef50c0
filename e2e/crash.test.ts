// Durability: a burst of offline visit syncs (client ids, so replays are idempotent) while the
// server is killed with SIGKILL — no shutdown, no flush. After a restart the phone replays what
// it never saw acknowledged. Every acknowledged visit must have survived, every visit must
// exist exactly once, and the file must pass PRAGMA integrity_check.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { api, Database, seedRep, startOn, type Proc } from './process.js';

const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-crash-'));
const file = join(dir, 'app.db');
let server: Proc | undefined;
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('keeps every acknowledged visit through a SIGKILL, and the replay stores each exactly once', async () => {
  server = await startOn(file);
  const { repToken, storeId, productIds } = await seedRep(server.url);
  const TOTAL = 240;
  const start = Date.now() - 3_600_000;
  const bodies = Array.from({ length: TOTAL }, (_, i) => ({
    id: randomUUID(),
    storeId,
    checkInAt: new Date(start + i * 1000).toISOString(),
    lines: productIds.map((productId, j) => ({ productId, shelfPrice: 9.9, priceTagOk: true, stockQty: (i + j) % 30, facings: 3, orderQty: j })),
  }));

  // The burst: 16 phones syncing at once; the server dies once a quarter of it is acknowledged.
  const acked = new Set<string>();
  const post = api(server.url, repToken);
  let next = 0;
  let killed: Promise<void> | undefined;
  const phone = async () => {
    while (next < TOTAL) {
      const body = bodies[next++]!;
      try {
        const res = await post('POST', '/visits', body);
        if (res.status === 201 || res.status === 200) acked.add(body.id);
        else throw new Error(`unexpected ${res.status} ${JSON.stringify(res.body)}`);
      } catch (err) {
        if (!killed) throw err; // only the crash may interrupt the burst
      }
      if (!killed && acked.size >= TOTAL / 4) killed = server!.kill();
    }
  };
  await Promise.all(Array.from({ length: 16 }, phone));
  await killed;
  expect(killed).toBeDefined();
  expect(acked.size).toBeGreaterThanOrEqual(TOTAL / 4);
  expect(acked.size).toBeLessThan(TOTAL); // the kill really landed mid-burst

  // Restart on the same file: every acknowledged visit is there before any replay.
  server = await startOn(file);
  const get = api(server.url, repToken);
  for (const id of acked) expect({ id, status: (await get('GET', `/visits/${id}`)).status }).toEqual({ id, status: 200 });

  // The phones replay everything they did not see acknowledged (and a few they did, as a flaky
  // network makes them do): a replay of a stored visit answers 200 with it, a new one 201.
  const replay = [...bodies.filter((b) => !acked.has(b.id)), ...bodies.filter((b) => acked.has(b.id)).slice(0, 10)];
  for (const body of replay) {
    const res = await get('POST', '/visits', body);
    expect({ id: body.id, ok: res.status === 200 || res.status === 201 }).toEqual({ id: body.id, ok: true });
    expect(res.body.id).toBe(body.id);
    if (acked.has(body.id)) expect(res.status).toBe(200);
  }
  await server.stop();
  server = undefined;

  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(TOTAL);
    const counts = db.prepare('SELECT id, (SELECT count(*) FROM visit_lines l WHERE l.visit_id = v.id) AS lines FROM visits v').all() as { id: string; lines: number }[];
    const byId = new Map(counts.map((c) => [c.id, c.lines]));
    for (const b of bodies) expect({ id: b.id, lines: byId.get(b.id) }).toEqual({ id: b.id, lines: productIds.length });
    // Exactly once in the audit trail and the sales rollups too: nothing half-written, nothing doubled.
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'visit' AND action = 'create'").pluck().get()).toBe(TOTAL);
    expect(db.prepare('SELECT sum(line_count) FROM sales_daily_product').pluck().get()).toBe(TOTAL * productIds.length);
  } finally {
    db.close();
  }
}, 120_000);

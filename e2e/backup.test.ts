// `pnpm backup` while the server keeps writing, then the documented restore (docs/operations.md):
// stop the server, put the backup in place of the database (no -wal/-shm beside it), start.
// The restored server must hold every visit acknowledged before the backup began, each whole.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { api, Database, seedRep, startOn, type Proc } from './process.js';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-backup-'));
const live = join(dir, 'live', 'app.db');
const backupFile = join(dir, 'backups', 'app-under-load.db');
const restored = join(dir, 'restored', 'app.db');
const servers: Proc[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  rmSync(dir, { recursive: true, force: true });
});

function runBackup(): Promise<{ code: number | null; output: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/backup.mjs'), '--db', live, '--out', backupFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => ok({ code, output }));
  });
}

it('backs up a live database under write load, and the restore holds every visit acknowledged before it', async () => {
  mkdirSync(join(dir, 'live'));
  const server = await startOn(live);
  servers.push(server);
  const { repToken, storeId, productIds } = await seedRep(server.url);
  const post = api(server.url, repToken);

  // Write load: 8 phones syncing visits without pause until the backup is done.
  const acked: { id: string; at: number }[] = [];
  let stop = false;
  let n = 0;
  const phone = async () => {
    while (!stop) {
      const id = randomUUID();
      const res = await post('POST', '/visits', {
        id,
        storeId,
        checkInAt: new Date(Date.now() - 3_600_000 + n++).toISOString(),
        lines: productIds.map((productId, j) => ({ productId, shelfPrice: 9.9, priceTagOk: true, stockQty: (n + j) % 30, facings: 3, orderQty: j })),
      });
      if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
      acked.push({ id, at: Date.now() });
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, phone));
  while (acked.length < 60) await new Promise((r) => setTimeout(r, 20));

  const startedAt = Date.now();
  const before = acked.filter((a) => a.at < startedAt).map((a) => a.id);
  const result = await runBackup();
  const during = acked.length - before.length;
  stop = true;
  await load;
  expect(result.output).toContain('Backup written');
  expect(result.code).toBe(0);
  expect(during).toBeGreaterThan(0); // the server really was writing while the backup ran
  expect(existsSync(`${backupFile}-wal`)).toBe(false);

  // The documented restore: the server stopped, the backup copied into place, the server started.
  mkdirSync(join(dir, 'restored'));
  copyFileSync(backupFile, restored);
  const db = new Database(restored, { readonly: true });
  let inBackup: number;
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    inBackup = db.prepare('SELECT count(*) FROM visits').pluck().get() as number;
    // A consistent snapshot: every visit whole, the rollups and the audit trail agreeing with it.
    expect(db.prepare('SELECT count(*) FROM visit_lines').pluck().get()).toBe(inBackup * productIds.length);
    expect(db.prepare('SELECT coalesce(sum(line_count), 0) FROM sales_daily_product').pluck().get()).toBe(inBackup * productIds.length);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'visit'").pluck().get()).toBe(inBackup);
  } finally {
    db.close();
  }
  expect(inBackup).toBeGreaterThanOrEqual(before.length);
  expect(inBackup).toBeLessThanOrEqual(acked.length);

  const back = await startOn(restored);
  servers.push(back);
  const get = api(back.url, repToken);
  for (const id of before) expect({ id, status: (await get('GET', `/visits/${id}`)).status }).toEqual({ id, status: 200 });
  // The restored server takes new work.
  const again = await get('POST', '/visits', { storeId, checkInAt: new Date(Date.now() - 60_000).toISOString(), lines: [] });
  expect(again.status).toBe(201);
}, 120_000);

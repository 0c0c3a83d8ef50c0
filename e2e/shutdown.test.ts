// Shutdown is bounded in every state: SIGTERM in the middle of visit posts, a webhook retrying
// against a dead receiver and a flood of logins (argon2 hashes queued in libuv's thread pool,
// which process.exit() itself waits for) — the process is gone within its grace period, and
// the database file is intact.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { ADMIN_PASSWORD, Database, api, freePort, loginAt, seedRep, startOn, type Proc } from './process.js';

const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-shutdown-'));
const file = join(dir, 'app.db');
let server: Proc | undefined;
afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const GRACE_SECONDS = 3;
const SHUTDOWN_JS = resolve(import.meta.dirname, '../apps/api/dist/lib/shutdown.js');

it('exits within its grace period after SIGTERM under load', async () => {
  server = await startOn(file, { SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS) });
  const { url } = server;
  const { repToken, storeId, productIds } = await seedRep(url);
  const admin = api(url, await loginAt(url, 'admin', ADMIN_PASSWORD));
  const dead = await freePort(); // nothing listens there: every delivery is refused and retried
  const hook = await admin('POST', '/webhooks', { url: `http://127.0.0.1:${dead}/hook`, events: ['visit.created'], allowPrivateNetwork: true });
  expect(hook.status).toBe(201);

  const post = api(url, repToken);
  let stopping = false;
  let posted = 0;
  const visit = (i: number) => ({
    id: randomUUID(),
    storeId,
    checkInAt: new Date(Date.UTC(2026, 0, 5, 9, 0, i % 60)).toISOString(),
    lines: productIds.map((productId) => ({ productId, shelfPrice: 9.9, priceTagOk: true, stockQty: 5, facings: 2, orderQty: 1 })),
  });
  const phone = async () => {
    for (let i = 0; !stopping; i++) {
      try {
        if ((await post('POST', '/visits', visit(i))).status === 201) posted++;
      } catch {
        return; // the server went away
      }
    }
  };
  const phones = Array.from({ length: 8 }, phone);
  // Wait until visits are stored and the dead receiver has been tried at least once.
  for (let i = 0; i < 100; i++) {
    const deliveries = await admin('GET', `/webhooks/${hook.body.id}/deliveries`);
    if (posted > 20 && deliveries.body?.items?.some((d: { attempts: number }) => d.attempts > 0)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(posted).toBeGreaterThan(20);

  // The login flood: far more argon2 hashes than the thread pool can finish within the grace.
  const logins = Array.from({ length: 200 }, (_, i) =>
    fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: i % 2 ? 'admin' : `nobody-${i}`, password: ADMIN_PASSWORD }),
    }).catch(() => undefined),
  );
  await new Promise((r) => setTimeout(r, 500));

  const started = Date.now();
  const exited = new Promise<number>((r) => server!.child.once('exit', () => r(Date.now() - started)));
  server.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const tookMs = await Promise.race([exited, new Promise<number>((r) => (timer = setTimeout(() => r(Infinity), 30_000)))]);
  clearTimeout(timer);
  stopping = true;
  expect(tookMs).toBeLessThan(GRACE_SECONDS * 1000 + 1500); // the grace, and a loaded machine's scheduling
  await Promise.all([...phones, ...logins]);
  server = undefined;

  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
}, 90_000);

// What the watchdog is for: a main thread blocked in a native wait (here a futex through
// Atomics.wait, as process.exit() blocks joining a busy thread pool) runs no timer of its own.
const watchdogChild = (ms: number, then: string) =>
  spawn(process.execPath, ['--input-type=module', '-e', `import { armExitWatchdog } from ${JSON.stringify(SHUTDOWN_JS)}; armExitWatchdog(${ms}); ${then}`], { stdio: 'ignore' });
const exitOf = (child: ReturnType<typeof spawn>) =>
  new Promise<{ code: number | null; signal: string | null; ms: number }>((r) => {
    const started = Date.now();
    child.once('exit', (code, signal) => r({ code, signal, ms: Date.now() - started }));
  });

it('ends a process whose main thread is blocked in a native wait', async () => {
  const child = watchdogChild(500, 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);');
  const { signal, ms } = await exitOf(child);
  expect(signal).toBe('SIGKILL');
  expect(ms).toBeLessThan(5_000);
});

it('leaves with the process when it exits in time, and does not keep it alive', async () => {
  const child = watchdogChild(20_000, 'setTimeout(() => {}, 50);');
  const { code, signal, ms } = await exitOf(child);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(ms).toBeLessThan(10_000); // not held until the watchdog's deadline
});

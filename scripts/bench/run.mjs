#!/usr/bin/env node
/* global performance, fetch, setTimeout, setInterval, clearInterval */
// `pnpm bench`: the performance budget of issue 9, measured against the built server
// (apps/api/dist/server.js) on loopback, with autocannon from this (second) process.
//
//   BENCH_QUICK=1   shorter load phases (same keys), under five minutes with generated data cached
//   BENCH_REGEN=1   regenerate the data even if a cached copy matches
//   BENCH_DIR=dir   where data and logs go (default data/bench, on the same disk as a real install)
//
// Prints a table, and as its last line `BENCH {json}`. All load goes to 127.0.0.1, bounded in
// connections and time. See docs/performance.md for what each number means.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { BENCH_PASSWORD, benchQuarter, generate } from './generate.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const requireApi = createRequire(join(ROOT, 'apps/api/package.json'));
const Database = requireApi('better-sqlite3');
const domain = await import(join(ROOT, 'packages/domain/dist/index.js'));

const QUICK = process.env.BENCH_QUICK === '1';
const DIR = resolve(process.env.BENCH_DIR ?? join(ROOT, 'data/bench'));
const SECONDS = QUICK ? 5 : 20; // each load phase
const REPEAT = QUICK ? 3 : 7; // each timed single request
const JWT_SECRET = 'bench-jwt-secret-that-is-long-enough-for-hs256';
const log = (...a) => console.log(...a);
const ms = (n) => Math.round(n * 10) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(ROOT, 'apps/api/dist/server.js'))) {
  console.error('Build first: pnpm build (the benchmark runs the built server).');
  process.exit(1);
}
mkdirSync(DIR, { recursive: true });

// ---------------------------------------------------------------------------------------
// Data: generated once per generator + migrations version, then copied for each run.
// ---------------------------------------------------------------------------------------
const quarter = benchQuarter();
const fingerprint = createHash('sha256')
  .update(readFileSync(join(import.meta.dirname, 'generate.mjs')))
  .update(JSON.stringify(quarter));
for (const f of readdirSync(join(ROOT, 'migrations')).filter((f) => f.endsWith('.sql')).sort()) {
  fingerprint.update(readFileSync(join(ROOT, 'migrations', f)));
}
const pristine = join(DIR, `pristine-${fingerprint.digest('hex').slice(0, 12)}.db`);
const work = join(DIR, 'work.db');
if (!existsSync(pristine) || process.env.BENCH_REGEN === '1') {
  for (const f of readdirSync(DIR).filter((f) => f.startsWith('pristine-'))) rmSync(join(DIR, f));
  log(`Generating the benchmark data into ${pristine} (once; cached for later runs)…`);
  await generate(`${pristine}.tmp`, { log });
  copyFileSync(`${pristine}.tmp`, pristine);
  rmSync(`${pristine}.tmp`);
}
for (const f of [work, `${work}-wal`, `${work}-shm`]) rmSync(f, { force: true });
copyFileSync(pristine, work);
const counts = (() => {
  const db = new Database(work, { readonly: true });
  const one = (sql) => db.prepare(sql).pluck().get();
  const out = { visits: one('SELECT count(*) FROM visits'), lines: one('SELECT count(*) FROM visit_lines'), stores: one('SELECT count(*) FROM stores'), users: one('SELECT count(*) FROM users') };
  db.close();
  return out;
})();
log(`Data: ${counts.lines.toLocaleString('en')} visit lines in ${counts.visits.toLocaleString('en')} visits, ${counts.stores} stores, ${counts.users} users (${(statSync(work).size / 1e6).toFixed(0)} MB); quarter ${quarter.from}..${quarter.to}`);

// ---------------------------------------------------------------------------------------
// The server, as a separate process
// ---------------------------------------------------------------------------------------
async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

function rssMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Number(line.split(/\s+/)[1]) / 1024;
  } catch {
    return NaN;
  }
}

async function startServer(port) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/server.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: work,
      JWT_SECRET,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      DEMO_DATA: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 60_000) throw new Error(`server did not start in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = performance.now() - started;
  let peak = rssMb(child.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid))), 100);
  return {
    url,
    pid: child.pid,
    startMs,
    output: () => output,
    rss: () => rssMb(child.pid),
    peakRss: () => peak,
    resetPeak: () => (peak = rssMb(child.pid)),
    stop: async () => {
      clearInterval(sampler);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function call(url, path, { token, method = 'GET', body } = {}) {
  const res = await fetch(url + path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return { text, json: text ? JSON.parse(text) : undefined };
}

const login = async (url, username) =>
  (await call(url, '/api/v1/auth/login', { method: 'POST', body: { username, password: BENCH_PASSWORD } })).json.accessToken;

/** Runs autocannon and refuses a run with errors or non-2xx answers (a fast failure is no result). */
async function load(name, opts) {
  // A 30 s timeout: a request that slow is counted in the latency, not dropped from it.
  const result = await autocannon({ duration: SECONDS, timeout: 30, ...opts });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average,
  };
}

async function timed(fn, times = REPEAT) {
  await fn(); // warm
  const runs = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs) };
}

const results = {};
const table = [];
const row = (scenario, value, unit, budget, note = '') => {
  table.push({ scenario, value, unit, budget, note });
  log(`  ${scenario}: ${value} ${unit}`);
};

// ---- start-up on the existing database ----
const port = await freePort();
const starts = [];
let server;
for (let i = 0; i < (QUICK ? 2 : 3); i++) {
  server = await startServer(port);
  starts.push(server.startMs);
  if (i < (QUICK ? 1 : 2)) await server.stop();
}
const idleRss = server.rss();
log(`Server up (start-up ${starts.map((s) => s.toFixed(0)).join(', ')} ms), RSS ${idleRss.toFixed(0)} MB`);

const fieldReps = Array.from({ length: 10 }, (_, i) => `r${i}`);
const tokens = {};
for (const u of [...fieldReps, 'm0', 'admin']) tokens[u] = await login(server.url, u);

// ---- GET /visits?limit=50 at 50 connections, and the bare-Fastify baseline ----
const listPath = '/api/v1/visits?limit=50';
const listBody = (await call(server.url, listPath, { token: tokens.r0 })).text;
const listItems = JSON.parse(listBody).items.length;
if (listItems !== 50) throw new Error(`the list answered ${listItems} items, not 50`);
await load('warm list', { url: server.url + listPath, connections: 10, duration: 2, headers: { authorization: `Bearer ${tokens.r0}` } });
server.resetPeak();
const list = await load('list', { url: server.url + listPath, connections: 50, headers: { authorization: `Bearer ${tokens.r0}` } });
const listRss = server.peakRss();
// One client at a time: the service time of a page without queueing behind 49 others.
const single = await load('list single', { url: server.url + listPath, connections: 1, headers: { authorization: `Bearer ${tokens.r0}` } });
// The page's own database work, in this process, through the server's own repository code (the
// visibility query and the page query, rows mapped): a floor under the list's service time that no
// HTTP layer can go below.
const pageQueryMs = await (async () => {
  const { openDatabase, connectionOf } = await import(join(ROOT, 'apps/api/dist/db/client.js'));
  const { listVisits } = await import(join(ROOT, 'apps/api/dist/db/repos/visits.js'));
  const { visibilityOf, visibleIds } = await import(join(ROOT, 'apps/api/dist/db/repos/visibility.js'));
  const db = openDatabase(work);
  const id = connectionOf(db).prepare("SELECT id FROM users WHERE username = 'r0'").pluck().get();
  const rep = { kind: 'user', id, permissions: new Set() };
  const page = () => listVisits(db, { limit: 50, userIds: visibleIds(visibilityOf(db, rep)) });
  if (page().length !== 51) throw new Error('the page query did not read 51 visits');
  for (let i = 0; i < 200; i++) page();
  const n = QUICK ? 500 : 2000;
  const t = performance.now();
  for (let i = 0; i < n; i++) page();
  const each = (performance.now() - t) / n;
  connectionOf(db).close();
  return each;
})();
// Rendering the page's 38.6 KiB of JSON, which the bare route has ready as a string: JSON.stringify
// of the same items (the server's compiled serialiser costs about the same).
const pageJsonMs = (() => {
  const items = JSON.parse(listBody);
  for (let i = 0; i < 200; i++) JSON.stringify(items);
  const n = QUICK ? 500 : 2000;
  const t = performance.now();
  for (let i = 0; i < n; i++) JSON.stringify(items);
  return (performance.now() - t) / n;
})();
const bodyFile = join(DIR, 'list-body.json');
writeFileSync(bodyFile, listBody);
const basePort = await freePort();
const baseline = spawn(process.execPath, [join(import.meta.dirname, 'baseline-server.mjs'), String(basePort), bodyFile], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => baseline.stdout.once('data', ok));
const baseUrl = `http://127.0.0.1:${basePort}${listPath}`;
if ((await (await fetch(baseUrl)).text()) !== listBody) throw new Error('the baseline does not answer the same body');
await load('warm baseline', { url: baseUrl, connections: 10, duration: 2 });
const base = await load('baseline', { url: baseUrl, connections: 50 });
baseline.kill('SIGTERM');
results.visitListRatio = base.rps > 0 ? list.rps / base.rps : 0;
results.visitListP99Ms = list.p99;
row('GET /visits?limit=50, 50 conn', `${list.rps.toFixed(0)} req/s`, `p50 ${list.p50} ms, p99 ${list.p99} ms`, 'p99 ≤ 25 ms', `${(listBody.length / 1024).toFixed(1)} KiB per answer`);
row('  same, 1 connection', `${single.rps.toFixed(0)} req/s`, `p50 ${single.p50} ms, p99 ${single.p99} ms`, '', 'service time, no queue');
row('  bare Fastify, same JSON', `${base.rps.toFixed(0)} req/s`, `p99 ${base.p99} ms`, '', '');
// Even if everything else cost nothing, the server does what the bare route does plus the query.
const baseMs = 1000 / base.rps;
row('  the page\'s query alone', `${pageQueryMs.toFixed(2)} ms`, `ratio bound ${(baseMs / (baseMs + pageQueryMs)).toFixed(2)}`, '', 'in process, no HTTP: bare time ÷ (bare + query)');
row('  + its JSON rendering', `${pageJsonMs.toFixed(2)} ms`, `ratio bound ${(baseMs / (baseMs + pageQueryMs + pageJsonMs)).toFixed(2)}`, '', 'bare time ÷ (bare + query + JSON)');
row('  ratio', results.visitListRatio.toFixed(2), '', '≥ 0.5', '');

// ---- POST /visits with 20 lines at 20 connections ----
const meta = (() => {
  const db = new Database(work, { readonly: true });
  const reps = db.prepare(`SELECT id, username FROM users WHERE username IN (${fieldReps.map(() => '?').join(',')})`).all(...fieldReps);
  const stores = reps.flatMap((r) =>
    db.prepare('SELECT id FROM stores WHERE owner_id = ? ORDER BY code').all(r.id).map((s) => ({
      rep: r.username,
      storeId: s.id,
      products: db.prepare('SELECT DISTINCT product_id FROM visit_lines WHERE store_id = ? LIMIT 20').pluck().all(s.id),
    })),
  );
  db.close();
  return { stores };
})();
let seq = 0;
const visitBody = (store, at) => ({
  storeId: store.storeId,
  checkInAt: new Date(at).toISOString(),
  checkOutAt: new Date(at + 1000).toISOString(),
  location: { lat: 31.23, lng: 121.47, accuracy: 12 },
  lines: store.products.map((productId, i) => ({
    productId,
    shelfPrice: 9.9,
    priceTagOk: i % 7 !== 0,
    stockQty: (seq + i) % 40,
    facings: 1 + (i % 5),
    shelfLayer: 2,
    orderQty: i % 3 === 0 ? 12 : 0,
  })),
  competitorNotes: '竞品买一送一',
  signedBy: '店长',
});
const setupRequest = (req) => {
  const store = meta.stores[seq++ % meta.stores.length];
  req.headers = { ...req.headers, authorization: `Bearer ${tokens[store.rep]}`, 'content-type': 'application/json' };
  req.body = JSON.stringify(visitBody(store, Date.now() - 60_000 - (seq % 1000)));
  return req;
};
const createOpts = { url: server.url, connections: 20, requests: [{ method: 'POST', path: '/api/v1/visits', setupRequest }] };
await load('warm create', { ...createOpts, duration: 2 });
server.resetPeak();
const create = await load('create', createOpts);
const createRss = server.peakRss();
results.visitCreatePerSec = create.rps;

// ---- single requests: scorecards, sales, compliance ----
const month = quarter.lastMonth;
const scorecards = await timed(async () => {
  let cursor = null;
  let n = 0;
  do {
    const page = (await call(server.url, `/api/v1/scorecards?month=${month}&limit=200${cursor ? `&cursor=${cursor}` : ''}`, { token: tokens.admin })).json;
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  if (n < 1000) throw new Error(`only ${n} scorecards`);
});
results.scorecards1000Ms = scorecards.median;
const salesPath = `/api/v1/reports/sales?from=${quarter.from}&to=${quarter.to}&groupBy=sku`;
const sales = await timed(() => call(server.url, salesPath, { token: tokens.admin }));
results.salesReport1MMs = sales.median;
const salesManager = await timed(() => call(server.url, salesPath, { token: tokens.m0 }));
const week = domain.isoWeekOf(`${month}-15`);
const compliancePath = `/api/v1/reports/visit-compliance?week=${week}`;
const complianceRows = (await call(server.url, compliancePath, { token: tokens.admin })).json.items.length;
const compliance = await timed(() => call(server.url, compliancePath, { token: tokens.admin }));
results.visitCompliance2000Ms = compliance.median;
const finalRss = server.rss();
await server.stop();

// ---- the raw better-sqlite3 rate of the same rows, same pragmas ----
const raw = (() => {
  const db = new Database(work);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const visit = db.prepare('SELECT * FROM visits ORDER BY created_at DESC LIMIT 1').get();
  const lines = db.prepare('SELECT * FROM visit_lines WHERE visit_id = ? ORDER BY line_no').all(visit.id);
  const vCols = Object.keys(visit);
  const lCols = Object.keys(lines[0]);
  const insV = db.prepare(`INSERT INTO visits (${vCols.join(',')}) VALUES (${vCols.map((c) => '@' + c).join(',')})`);
  const insL = db.prepare(`INSERT INTO visit_lines (${lCols.join(',')}) VALUES (${lCols.map((c) => '@' + c).join(',')})`);
  const insert = db.transaction((id) => {
    insV.run({ ...visit, id });
    for (const l of lines) insL.run({ ...l, visit_id: id });
  });
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) insert(`raw-${n++}-${visit.id}`);
  const rate = n / ((performance.now() - t0) / 1000);
  // The ceiling of the storage work alone: the same rows, 20 visits per transaction (what group
  // commit achieves at best), no HTTP, no rules, no JSON.
  const batch = db.transaction((ids) => ids.forEach((id) => insert(id)));
  let m = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < (SECONDS * 1000) / 2) {
    batch(Array.from({ length: 20 }, () => `raw20-${m++}-${visit.id}`));
  }
  const batched = m / ((performance.now() - t1) / 1000);
  db.close();
  return { rate, batched };
})();
results.visitCreateRatio = create.rps / raw.rate;
row('POST /visits (20 lines), 20 conn', `${create.rps.toFixed(0)} req/s`, `p50 ${create.p50} ms, p99 ${create.p99} ms`, '≥ 800/s', `${create.total} visits, synchronous=FULL`);
row('  raw better-sqlite3, same rows', `${raw.rate.toFixed(0)} tx/s`, '', '', 'one transaction per visit');
row('  raw, 20 visits per transaction', `${raw.batched.toFixed(0)} visits/s`, '', '', 'ceiling of the storage work alone');
row('  ratio', results.visitCreateRatio.toFixed(2), '', '≥ 0.5', '');
row(`GET /scorecards ${month}, all pages`, `${ms(scorecards.median)} ms`, `min ${ms(scorecards.min)}, max ${ms(scorecards.max)}`, '≤ 1500 ms', '1,000 reps (admin)');
row('GET /reports/sales by SKU, quarter', `${ms(sales.median)} ms`, `min ${ms(sales.min)}, max ${ms(sales.max)}`, '≤ 300 ms', `${counts.lines.toLocaleString('en')} lines (admin)`);
row('  the same as a manager', `${ms(salesManager.median)} ms`, '', '', 'team of 100 reps');
row(`GET /reports/visit-compliance ${week}`, `${ms(compliance.median)} ms`, `min ${ms(compliance.min)}, max ${ms(compliance.max)}`, '≤ 100 ms', `${complianceRows} stores`);
row('start-up on this database', `${ms(median(starts))} ms`, starts.map((s) => s.toFixed(0)).join(', '), '', 'spawn → /health 200');
row('memory (RSS)', `${idleRss.toFixed(0)} MB idle`, `peak ${listRss.toFixed(0)} (list), ${createRss.toFixed(0)} (create), ${finalRss.toFixed(0)} after`, '', '');

// ---- the SPA's initial JavaScript ----
const webDist = join(ROOT, 'apps/web/dist');
if (existsSync(join(webDist, 'index.html'))) {
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]);
  let rawBytes = 0;
  let gzBytes = 0;
  for (const f of new Set(files)) {
    const bytes = readFileSync(join(webDist, f.replace(/^\//, '')));
    rawBytes += bytes.length;
    gzBytes += gzipSync(bytes).length;
  }
  row('SPA initial JS', `${(gzBytes / 1024).toFixed(1)} KiB gzip`, `${(rawBytes / 1024).toFixed(1)} KiB raw`, '', `${new Set(files).size} files from index.html`);
} else {
  row('SPA initial JS', 'n/a', '', '', 'apps/web/dist not built');
}

// ---- report ----
const width = (k) => Math.max(...table.map((r) => String(r[k]).length), k.length);
const cols = ['scenario', 'value', 'unit', 'budget', 'note'];
const line = (r) => cols.map((k) => String(r[k]).padEnd(width(k))).join('  ');
log('');
log(line({ scenario: 'scenario', value: 'value', unit: 'detail', budget: 'budget', note: 'note' }));
log(cols.map((k) => '-'.repeat(width(k))).join('  '));
for (const r of table) log(line(r));
log('');
const bench = {
  visitCreatePerSec: Math.round(results.visitCreatePerSec),
  visitCreateRatio: Number(results.visitCreateRatio.toFixed(3)),
  visitListRatio: Number(results.visitListRatio.toFixed(3)),
  visitListP99Ms: results.visitListP99Ms,
  scorecards1000Ms: ms(results.scorecards1000Ms),
  salesReport1MMs: ms(results.salesReport1MMs),
  visitCompliance2000Ms: ms(results.visitCompliance2000Ms),
};
for (const f of [work, `${work}-wal`, `${work}-shm`]) rmSync(f, { force: true });
log(`BENCH ${JSON.stringify(bench)}`);

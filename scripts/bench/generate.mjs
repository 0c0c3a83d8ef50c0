#!/usr/bin/env node
/* global performance */
// The benchmark's data: a realistic organisation written straight into SQLite through the
// real schema (the server's own migrations, applied by its openDatabase), with bulk inserts in
// large transactions — not through HTTP, which would take hours for a million lines.
//
//   node scripts/bench/generate.mjs <db-file>
//
// What it holds (the scale of the budgets in issue 9):
//   - 1 admin, 1 general manager, 10 KA managers, 1,000 reps (100 per manager);
//   - 2,000 stores (20 % key) owned by the first 50 reps (40 each), 300 products;
//   - one quarter (the last complete one) of visits: key stores three days a week, normal
//     stores one or two, 20 lines each, ≈ 1,000,000 visit lines, with the R1 suggestion and R3
//     issues computed by the domain package exactly as the API stores them; the sales rollups
//     are kept by the migration's triggers as the lines go in;
//   - for the quarter's last month, every rep's work logs, tasks, collections and plans, market
//     survey and a few complaints and discipline records: the inputs of 1,000 scorecards.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const api = (p) => import(resolve(ROOT, 'apps/api/dist', p));
const domain = await import(resolve(ROOT, 'packages/domain/dist/index.js'));

export const BENCH_PASSWORD = 'bench-password-123';
export const SCALE = { managers: 10, reps: 1000, fieldReps: 50, stores: 2000, products: 300, linesPerVisit: 20 };

/** A small deterministic PRNG, so every run generates the same organisation. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDate = (d) => d.toISOString().slice(0, 10);

/** The last complete calendar quarter before `now`: its first and last date, and its months. */
export function benchQuarter(now = new Date()) {
  const q = Math.floor(now.getUTCMonth() / 3); // current quarter 0..3
  const startMonth = q === 0 ? 9 : (q - 1) * 3; // 0-based
  const year = q === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const from = new Date(Date.UTC(year, startMonth, 1));
  const to = new Date(Date.UTC(year, startMonth + 3, 0));
  const months = [0, 1, 2].map((i) => `${year}-${pad(startMonth + i + 1)}`);
  return { from: isoDate(from), to: isoDate(to), months, lastMonth: months[2] };
}

/** Deterministic UUIDv7-shaped ids (time-ordered by `ms`). */
function idMaker(random) {
  const hex = (n) => Math.floor(random() * 16 ** n).toString(16).padStart(n, '0');
  return (ms) => {
    const t = ms.toString(16).padStart(12, '0');
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex(3)}-${(8 + Math.floor(random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
  };
}

export async function generate(file, { log = console.log, now = new Date() } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const { openDatabase, connectionOf } = await api('db/client.js');
  const { saveRole } = await api('db/repos/roles.js');
  const { hashSecret } = await api('lib/passwords.js');
  const db = openDatabase(file);
  const sqlite = connectionOf(db);
  // Generation only: the server reopens the file with its own pragmas (synchronous=FULL).
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  const random = rng(20260901);
  const newId = idMaker(random);
  const quarter = benchQuarter(now);
  const t0 = performance.now();
  const createdAt = new Date(Date.parse(quarter.from) - 30 * 86400_000).toISOString();
  const passwordHash = await hashSecret(BENCH_PASSWORD);

  // ---- roles, users ----
  const ids = { admin: newId(Date.parse(createdAt)), gm: newId(Date.parse(createdAt)), managers: [], reps: [] };
  db.transaction((tx) => {
    saveRole(tx, domain.withDefaultScoring({ code: 'system_admin', title: '系统管理员', permissions: [...domain.PERMISSIONS] }), null);
    saveRole(tx, domain.withDefaultScoring({ code: 'sales_rep', title: '业务员', permissions: ['visits.log', 'promotions.apply', 'returns.request'] }), null);
    const managerPermissions = ['visits.read_team', 'tasks.assign', 'promotions.apply', 'promotions.approve', 'returns.approve', 'scores.manage', 'reports.read'];
    saveRole(tx, domain.withDefaultScoring({ code: 'ka_manager', title: 'KA经理', permissions: managerPermissions }), null);
    saveRole(tx, domain.withDefaultScoring({ code: 'general_manager', title: '总经理', permissions: [...managerPermissions, 'promotions.approve_gm'] }), null);
  });
  const insUser = sqlite.prepare(
    `INSERT INTO users (id, username, display_name, password_hash, role_code, manager_id, region, start_date, active, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, '2025-01-01', 1, 1, ?, ?)`,
  );
  sqlite.transaction(() => {
    insUser.run(ids.admin, 'admin', '系统管理员', passwordHash, 'system_admin', null, null, createdAt, createdAt);
    insUser.run(ids.gm, 'gm', '总经理', passwordHash, 'general_manager', null, null, createdAt, createdAt);
    for (let m = 0; m < SCALE.managers; m++) {
      const id = newId(Date.parse(createdAt));
      ids.managers.push(id);
      insUser.run(id, `m${m}`, `经理${m}`, passwordHash, 'ka_manager', ids.gm, `区域${m}`, createdAt, createdAt);
    }
    for (let r = 0; r < SCALE.reps; r++) {
      const id = newId(Date.parse(createdAt));
      ids.reps.push(id);
      // The 50 field reps that own stores are spread over the managers.
      const manager = ids.managers[r % SCALE.managers];
      insUser.run(id, `r${r}`, `业务员${r}`, passwordHash, 'sales_rep', manager, `区域${r % SCALE.managers}`, createdAt, createdAt);
    }
  })();

  // ---- products, stores ----
  const categories = ['饮料', '零食', '乳品', '方便食品', '调味品', '日化', '酒水', '冷冻'];
  const products = [];
  const insProduct = sqlite.prepare(
    `INSERT INTO products (id, sku, barcode, name, spec, unit, category, brand, retail_price_minor, supply_price_minor, shelf_life_days,
       pack_size, is_key, is_new, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '袋', ?, '品牌', ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const stores = [];
  const insStore = sqlite.prepare(
    `INSERT INTO stores (id, code, name, address, lat, lng, tier, channel, status, owner_id, region, contacts, profile, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, '[]', '{}', 1, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let p = 0; p < SCALE.products; p++) {
      const retail = 300 + Math.floor(random() * 3000);
      const product = {
        id: newId(Date.parse(createdAt)),
        retail,
        packSize: [1, 6, 12, 24][p % 4],
        isKey: p % 10 === 0,
        isNew: p % 25 === 0,
      };
      products.push(product);
      insProduct.run(product.id, `SKU${pad(p, 4)}`, `69${pad(p, 11)}`, `商品${p}`, '500g', categories[p % categories.length],
        retail, Math.round(retail * 0.65), 180 + (p % 5) * 90, product.packSize, product.isKey ? 1 : 0, product.isNew ? 1 : 0, createdAt, createdAt);
    }
    for (let s = 0; s < SCALE.stores; s++) {
      const store = {
        id: newId(Date.parse(createdAt)),
        tier: s % 5 === 0 ? 'key' : 'normal',
        ownerId: ids.reps[s % SCALE.fieldReps],
        // A store stocks 20 of the 300 SKUs; its visits count those.
        assortment: Array.from({ length: SCALE.linesPerVisit }, (_, i) => products[(s * 7 + i * 13) % SCALE.products]),
      };
      stores.push(store);
      insStore.run(store.id, `S${pad(s, 5)}`, `门店${s}`, `上海市某路${s}号`, 31.2 + random() * 0.1, 121.4 + random() * 0.1,
        store.tier, ['ka', 'agent', 'wholesale', 'retail'][s % 4], store.ownerId, `区域${s % SCALE.managers}`, createdAt, createdAt);
    }
  })();
  log(`  org: ${SCALE.reps + SCALE.managers + 2} users, ${SCALE.stores} stores, ${SCALE.products} products (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // ---- one quarter of visits ----
  const settings = domain.DEFAULT_SETTINGS;
  const insVisit = sqlite.prepare(
    `INSERT INTO visits (id, store_id, rep_id, check_in_at, visit_date, check_out_at, lat, lng, accuracy, distance_meters, issues,
       competitor_notes, promoter_notes, store_opinion, rep_suggestion, signed_by, body_hash, created_at, line_count)
     VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, '["no_location"]', ?, NULL, NULL, NULL, ?, ?, ?, ${SCALE.linesPerVisit})`,
  );
  const insLine = sqlite.prepare(
    `INSERT INTO visit_lines (visit_id, line_no, product_id, store_id, rep_id, visit_date, check_in_at, shelf_price_minor, price_tag_ok,
       stock_qty, production_date, shelf_layer, facings, on_promo, promo_type, promo_start, promo_end, order_qty, suggested_order_qty,
       sold_qty, suggestion, issues) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 0, NULL, NULL, NULL, ?, ?, ?, ?, ?)`,
  );
  // Bulk load: the lines' secondary indexes and the rollup triggers are set aside and rebuilt
  // afterwards from their own definitions (sqlite_master), and the rollups are filled by the
  // migration's own backfill statements — the same result as row by row, several times faster.
  const setAside = sqlite
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'visit_lines' AND type IN ('index', 'trigger') AND sql IS NOT NULL`)
    .all();
  for (const o of setAside) sqlite.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`);
  const days = [];
  for (let t = Date.parse(quarter.from); t <= Date.parse(quarter.to); t += 86400_000) days.push(new Date(t));
  const last = new Map(); // store:product -> {stock, order, visitId, checkInAt}
  let visitCount = 0;
  let lineCount = 0;
  const BATCH_DAYS = 7;
  for (let d0 = 0; d0 < days.length; d0 += BATCH_DAYS) {
    sqlite.transaction(() => {
      for (const day of days.slice(d0, d0 + BATCH_DAYS)) {
        const weekday = day.getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        const date = isoDate(day);
        for (let s = 0; s < stores.length; s++) {
          const store = stores[s];
          // key stores Mon/Wed/Fri; normal stores Tuesday, and every other Thursday
          const visited =
            store.tier === 'key'
              ? weekday === 1 || weekday === 3 || weekday === 5
              : weekday === 2 || (weekday === 4 && (Math.floor(day.getTime() / 604800000) + s) % 3 !== 0);
          if (!visited) continue;
          // 09:00–17:00 Shanghai = 01:00–09:00 UTC, the same calendar date
          const checkInMs = day.getTime() + (3600 + Math.floor(random() * 8 * 3600)) * 1000;
          const checkInAt = new Date(checkInMs).toISOString();
          const id = newId(checkInMs);
          insVisit.run(id, store.id, store.ownerId, checkInAt, date, new Date(checkInMs + 20 * 60_000).toISOString(),
            s % 7 === 0 ? '竞品促销' : null, '店长', `bench-${id}`, new Date(checkInMs + 21 * 60_000).toISOString());
          visitCount++;
          store.assortment.forEach((product, lineNo) => {
            const key = `${s}:${lineNo}`;
            const prev = last.get(key);
            const stockQty = Math.floor(random() * 60);
            const suggestion = domain.suggestOrder(prev ? { prevStock: prev.stock, prevOrder: prev.order } : null, stockQty, {
              factor: settings.reorderFactor,
              packSize: product.packSize,
            });
            // The rep orders a few packs (not always the suggestion, which would compound over a quarter).
            const orderQty = product.packSize * Math.floor(random() * 4);
            const facings = 1 + Math.floor(random() * 6);
            const priceTagOk = random() > 0.05;
            const shelfPrice = random() > 0.9 ? product.retail + 100 : product.retail;
            const display = domain.displayIssues(
              { shelfPrice, priceTagOk, facings, onPromo: false, promoEnd: null },
              { retailPrice: product.retail, isKey: product.isKey, isNew: product.isNew },
              { visitDate: date, minFacings: settings.minFacings },
            );
            const stored = { ...suggestion, previousVisitId: prev?.visitId ?? null, previousCheckInAt: prev?.checkInAt ?? null, issueDetails: display.details };
            insLine.run(id, lineNo, product.id, store.id, store.ownerId, date, checkInAt, shelfPrice, priceTagOk ? 1 : 0, stockQty,
              String(1 + (lineNo % 5)), facings, orderQty, suggestion.suggested, suggestion.sold, JSON.stringify(stored), JSON.stringify(display.issues));
            last.set(key, { stock: stockQty, order: orderQty, visitId: id, checkInAt });
            lineCount++;
          });
        }
      }
    })();
    log(`  visits through ${isoDate(days[Math.min(d0 + BATCH_DAYS, days.length) - 1])}: ${visitCount} visits, ${lineCount} lines (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }

  const tr = performance.now();
  for (const o of setAside.filter((o) => o.type === 'index')) sqlite.exec(o.sql);
  const backfill = readFileSync(resolve(ROOT, 'migrations/0001_sales_rollups.sql'), 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.startsWith('INSERT INTO `sales_daily'));
  if (backfill.length !== 3) throw new Error('expected the three rollup backfills in migrations/0001_sales_rollups.sql');
  sqlite.transaction(() => {
    for (const statement of backfill) sqlite.exec(statement);
  })();
  for (const o of setAside.filter((o) => o.type === 'trigger')) sqlite.exec(o.sql);
  log(`  indexes, rollups and triggers rebuilt (${((performance.now() - tr) / 1000).toFixed(1)} s)`);

  // ---- a month of scorecard inputs for every rep ----
  const month = quarter.lastMonth;
  const monthDays = days.filter((d) => isoDate(d).startsWith(month) && d.getUTCDay() !== 0 && d.getUTCDay() !== 6).map(isoDate);
  const insLog = sqlite.prepare(`INSERT INTO work_logs (user_id, date, content, submitted_at, vague_flagged_at) VALUES (?, ?, ?, ?, ?)`);
  const insTask = sqlite.prepare(
    `INSERT INTO tasks (id, title, description, assignee_id, assigner_id, due_at, status, completed_at, source, scored, version, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'manual', 1, 1, ?)`,
  );
  const insPlan = sqlite.prepare(`INSERT INTO collection_plans (user_id, month, amount_minor, version, updated_at) VALUES (?, ?, ?, 1, ?)`);
  const insCollection = sqlite.prepare(`INSERT INTO collections (id, user_id, date, amount_minor, reference, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const insSurvey = sqlite.prepare(
    `INSERT INTO market_surveys (id, user_id, month, content, submitted_at, penalty, version) VALUES (?, ?, ?, ?, ?, ?, 1)`,
  );
  const insComplaint = sqlite.prepare(`INSERT INTO complaints (id, user_id, date, store_id, description, valid, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?)`);
  const insDiscipline = sqlite.prepare(`INSERT INTO discipline_records (id, user_id, date, description, points, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const insMarketPlan = sqlite.prepare(
    `INSERT INTO market_plans (id, user_id, month, level, name, store_id, completed_date, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  let inputs = 0;
  sqlite.transaction(() => {
    ids.reps.forEach((rep, i) => {
      const manager = ids.managers[i % SCALE.managers];
      monthDays.forEach((date, k) => {
        if ((i + k) % 12 === 0) return; // a few missing logs
        insLog.run(rep, date, `${date} 拜访门店，检查陈列与库存，跟进订单。`, `${date}T11:00:00.000Z`, (i + k) % 29 === 0 ? `${date}T12:00:00.000Z` : null);
        inputs++;
      });
      for (let t = 0; t < 6; t++) {
        const due = `${month}-${pad(3 + t * 4)}T10:00:00.000Z`;
        const status = t === 5 ? 'open' : (i + t) % 9 === 0 ? 'failed' : 'accepted';
        insTask.run(newId(Date.parse(due)), `任务${t}`, '检查门店陈列', rep, manager, due, status, status === 'open' ? null : due.replace('T10', 'T09'), createdAt);
        inputs++;
      }
      for (const m of quarter.months) {
        insPlan.run(rep, m, 5_000_000 + (i % 50) * 10_000, createdAt);
        for (const day of ['05', '15', '25']) {
          insCollection.run(newId(Date.parse(`${m}-${day}`)), rep, `${m}-${day}`, 1_500_000 + ((i * 7919) % 400_000), `REF-${i}-${m}-${day}`, createdAt);
          inputs++;
        }
      }
      insSurvey.run(newId(Date.parse(`${month}-28`)), rep, month, '市场调研：竞品价格与促销情况。', `${month}-28T10:00:00.000Z`, i % 6, );
      if (i % 10 === 0) insComplaint.run(newId(Date.parse(`${month}-10`)), rep, `${month}-10`, '门店投诉送货延迟', i % 20 === 0 ? 1 : 0, createdAt);
      if (i % 15 === 0) insDiscipline.run(newId(Date.parse(`${month}-12`)), rep, `${month}-12`, '迟到', 2, createdAt);
      insMarketPlan.run(newId(Date.parse(`${month}-01`)), rep, month, i % 2 ? 'first' : 'second', `开发计划${i}`, i % 3 ? `${month}-20` : null, createdAt);
      inputs += 4;
    });
  })();
  log(`  scorecard inputs for ${SCALE.reps} reps in ${month}: ${inputs} rows (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return {
    file,
    quarter,
    visits: visitCount,
    lines: lineCount,
    seconds: (performance.now() - t0) / 1000,
    fieldRep: 'r0',
    manager: 'm0',
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = resolve(process.argv[2] ?? 'data/bench.db');
  const result = await generate(file);
  console.log(`generated ${result.visits} visits, ${result.lines} lines into ${file} in ${result.seconds.toFixed(1)} s`);
}

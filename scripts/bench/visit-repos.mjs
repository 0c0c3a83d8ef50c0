#!/usr/bin/env node
/* global performance */
// The visit repository's hand-written statements alone, in this process: insertVisit (20 lines),
// listVisits (a rep's page of 50) and getVisit, each inside db.transaction, on a fresh file of
// 4,000 visits with synchronous=OFF (no fsync: the statements' own cost). Prints the best of five
// rounds in µs per call. A check for a change to those statements or to the connection lookup,
// where `pnpm bench` (all keys, minutes of load) is too coarse; see docs/performance.md.
//
//   node scripts/bench/visit-repos.mjs                      # the built API (pnpm build first)
//   API=apps/api/src apps/api/node_modules/.bin/tsx scripts/bench/visit-repos.mjs  # the sources as they are
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const API = resolve(ROOT, process.env.API ?? 'apps/api/dist');
const { connectionOf, openDatabase } = await import(join(API, 'db/client.js'));
const { getVisit, insertVisit, listVisits } = await import(join(API, 'db/repos/visits.js'));

const dir = mkdtempSync(join(tmpdir(), 'fieldbeat-visit-repos-'));
const db = openDatabase(join(dir, 'bench.db'));
const sqlite = connectionOf(db);
sqlite.pragma('foreign_keys = OFF'); // no stores, reps or products: not what is measured
sqlite.pragma('synchronous = OFF');

const VISITS = 4000;
const ROUNDS = 5;
const visitId = (i) => `v${String(i).padStart(6, '0')}`;
function visitOf(i) {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const visit = {
    id: visitId(i), storeId: `s${i % 40}`, repId: `r${i % 4}`, checkInAt: at, visitDate: at.slice(0, 10), checkOutAt: null,
    lat: 31.2, lng: 121.4, accuracy: 10, distanceMeters: 20, issues: ['low_stock'], competitorNotes: null, promoterNotes: 'note',
    storeOpinion: null, repSuggestion: null, signedBy: null, bodyHash: 'hash', createdAt: at, lineCount: 20, photoCount: 0,
    relocations: null,
  };
  const lines = Array.from({ length: 20 }, (_, k) => ({
    visitId: visit.id, lineNo: k + 1, productId: `p${k}`, storeId: visit.storeId, repId: visit.repId, visitDate: visit.visitDate,
    checkInAt: at, shelfPriceMinor: 1290, priceTagOk: true, stockQty: 5, productionDate: null, shelfLayer: null, facings: 2,
    onPromo: false, promoType: null, promoStart: null, promoEnd: null, orderQty: 3, suggestedOrderQty: 3, soldQty: null,
    suggestion: { qty: 3 }, issues: [],
  }));
  return { visit, lines };
}

const timed = (n, run) => {
  const t = performance.now();
  for (let i = 0; i < n; i++) run(i);
  return ((performance.now() - t) * 1000) / n;
};
const best = { insertVisit: Infinity, listVisits: Infinity, getVisit: Infinity };
let made = 0;
for (let round = 0; round < ROUNDS; round++) {
  const batch = Array.from({ length: VISITS / ROUNDS }, () => visitOf(made++));
  const us = {
    insertVisit: timed(batch.length, (i) => db.transaction((tx) => insertVisit(tx, batch[i].visit, batch[i].lines))),
    listVisits: timed(2000, () => db.transaction((tx) => listVisits(tx, { limit: 50, userIds: ['r1'] }))),
    getVisit: timed(20_000, (i) => db.transaction((tx) => getVisit(tx, visitId(i % made)))),
  };
  for (const key of Object.keys(best)) best[key] = Math.min(best[key], us[key]);
}
console.log(Object.entries(best).map(([key, us]) => `${key} ${us.toFixed(1)} µs`).join('  '));
sqlite.close();
rmSync(dir, { recursive: true, force: true });

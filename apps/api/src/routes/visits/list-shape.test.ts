import { expect, it } from '@jest/globals';
import { seededOrg } from '../../test/seeded-org.js';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { getVisit, listVisits } from '../../db/repos/visits.js';
import { visits } from '../../db/schema/index.js';
import { daysAgo, line, multipart, pngBytes, visitBody } from '../../test/field-work.js';
import { connectionOf } from '../../db/client.js';

const { t, org } = seededOrg();

it('lists visits with counts instead of lines, and the full visits with include=lines', async () => {
  const r1 = await org.as('r1');
  const { ids } = org;
  const created = await r1.post(
    '/visits',
    visitBody(ids.S1!, daysAgo(1), [line(ids.P1!, { orderQty: 12, facings: 1 }), line(ids.PK!, { orderQty: 3, priceTagOk: false })]),
  );
  expect(created.status).toBe(201);

  const list = await r1.get(`/visits?storeId=${ids.S1}`);
  expect(list.status).toBe(200);
  const item = list.body.items[0];
  expect(item).toMatchObject({ id: created.body.id, storeId: ids.S1, lineCount: 2, photoCount: 0 });
  expect(item).not.toHaveProperty('lines');
  expect(item.geofence.explanation).toEqual(expect.any(String));

  const full = await r1.get(`/visits?storeId=${ids.S1}&include=lines`);
  expect(full.body.items[0]).toMatchObject({ ...created.body, lineCount: 2 });
  expect(full.body.items[0].lines[1].suggestion.explanation).toEqual(expect.any(String));
  expect((await r1.get('/visits?include=everything')).status).toBe(400);
});

it('keeps each visit\'s photo count as photos arrive, and the migration\'s backfill agrees with the kept counts', async () => {
  const r1 = await org.as('r1');
  const { ids } = org;
  const visit = (await r1.post('/visits', visitBody(ids.S1!, daysAgo(2), [line(ids.P1!)]))).body;
  const countsOf = async () => (await r1.get(`/visits?storeId=${ids.S1}&limit=200`)).body.items.find((v: { id: string }) => v.id === visit.id);
  expect(await countsOf()).toMatchObject({ lineCount: 1, photoCount: 0 });

  for (const size of [300, 400]) {
    const m = multipart(pngBytes(size));
    expect((await r1.post(`/visits/${visit.id}/photos`, m.body, m.headers)).status).toBe(201);
  }
  const refused = multipart(Buffer.from('not an image'), { contentType: 'image/png' });
  expect((await r1.post(`/visits/${visit.id}/photos`, refused.body, refused.headers)).status).toBe(400);
  expect(await countsOf()).toMatchObject({ lineCount: 1, photoCount: 2 });

  // migrations/0003 recomputes both counts from the lines and photos of every visit
  const sqlite = connectionOf(t.app.db);
  const kept = sqlite.prepare('SELECT id, line_count, photo_count FROM visits ORDER BY id').all();
  const backfill = readFileSync(new URL('../../../../../migrations/0003_visit_counts.sql', import.meta.url), 'utf8')
    .split('--> statement-breakpoint')
    .find((statement) => statement.includes('UPDATE `visits`'))!;
  sqlite.exec('UPDATE visits SET line_count = 0, photo_count = 0');
  sqlite.exec(backfill);
  expect(sqlite.prepare('SELECT id, line_count, photo_count FROM visits ORDER BY id').all()).toEqual(kept);
  expect(kept.length).toBeGreaterThan(1);
});

it('reads visits by hand-written statements exactly as the schema maps them', async () => {
  const r1 = await org.as('r1');
  const body = { ...visitBody(org.ids.S1!, daysAgo(3), [line(org.ids.P1!)]), competitorNotes: '竞品买一送一', signedBy: '店长' };
  const created = (await r1.post('/visits', body)).body;
  const db = t.app.db;
  const byDrizzle = db.select().from(visits).where(eq(visits.id, created.id)).get();
  expect(byDrizzle).toMatchObject({ competitorNotes: '竞品买一送一', lineCount: 1, photoCount: 0 });
  expect(getVisit(db, created.id)).toEqual(byDrizzle);
  expect(getVisit(db, 'no-such-visit')).toBeUndefined();
  const all = db.select().from(visits).all();
  expect(listVisits(db, { limit: 500 })).toEqual(expect.arrayContaining(all));
  expect(listVisits(db, { limit: 500 })).toHaveLength(all.length);
});

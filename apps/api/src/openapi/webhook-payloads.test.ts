import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { WEBHOOK_EVENTS } from '@fieldbeat/domain';
import { Compile } from 'typebox/compile';
import { seedDemo } from '../demo/seed.js';
import { asAdmin, makeApp, type TestContext } from '../test/helpers.js';
import { connectionOf } from '../db/client.js';

/**
 * The document's `webhooks` section against what the outbox really stores: the demo organisation
 * is seeded with an endpoint registered for every event (its visits, promotions through approval
 * and report, returns through execution), a scorecard is finalized, and every stored payload must
 * fit its event's schema in the document. A payload builder that changes shape fails here.
 */
let t: TestContext;
let doc: any;
let deliveries: { event: string; payload: string }[];

beforeAll(async () => {
  t = await makeApp();
  const admin = await asAdmin(t.app);
  // Nothing listens there: the deliveries stay in the outbox to be read.
  const hook = await admin.post('/webhooks', { url: 'http://127.0.0.1:9/hook', events: [...WEBHOOK_EVENTS], allowPrivateNetwork: true });
  expect(hook.status).toBe(201);
  await seedDemo(t.app.db, () => {});
  // rep1 has worked there for years: any month has a scorecard, the UTC month included
  const rep = (await admin.get('/users?limit=200')).body.items.find((u: any) => u.username === 'rep1');
  const month = new Date().toISOString().slice(0, 7);
  expect((await admin.post(`/scorecards/${rep.id}/${month}/finalize`)).status).toBe(200);
  doc = (await admin.get('/api/v1/openapi.json')).body;
  deliveries = connectionOf(t.app.db).prepare('SELECT event, payload FROM webhook_deliveries').all() as typeof deliveries;
}, 120_000);
afterAll(async () => t?.close());

/** The event's body schema, its `#/components/schemas/…` references resolved through `$defs`. */
function bodySchema(event: string) {
  const schema = doc.webhooks[event].post.requestBody.content['application/json'].schema;
  const text = JSON.stringify({ ...schema, $defs: doc.components.schemas }).replaceAll('#/components/schemas/', '#/$defs/');
  return Compile(JSON.parse(text));
}

it('every event of the catalogue was delivered, and every payload fits its schema in the document', () => {
  expect([...new Set(deliveries.map((d) => d.event))].sort()).toEqual([...WEBHOOK_EVENTS].sort());
  const checks = new Map(WEBHOOK_EVENTS.map((event) => [event as string, bodySchema(event)]));
  const misfits: string[] = [];
  for (const { event, payload } of deliveries) {
    const value: unknown = JSON.parse(payload);
    const check = checks.get(event)!;
    if (!check.Check(value)) {
      const errors = [...check.Errors(value)].slice(0, 3).map((e: any) => `${e.instancePath} ${e.message}`);
      misfits.push(`${event}: ${errors.join('; ')}`);
    }
  }
  expect([...new Set(misfits)]).toEqual([]);
});

it('the schema refuses a payload of another shape (the check can fail)', () => {
  const check = bodySchema('return.executed');
  const real = JSON.parse(deliveries.find((d) => d.event === 'return.executed')!.payload);
  expect(check.Check(real)).toBe(true);
  expect(check.Check({ ...real, data: { ...real.data, return: { ...real.data.return, qty: 'eighteen' } } })).toBe(false);
  expect(check.Check({ ...real, event: 'return.approved' })).toBe(false);
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WEBHOOK_EVENTS } from '@fieldbeat/domain';
import { makeApp, type TestContext } from '../test/helpers.js';
import { OPERATION_EXAMPLES } from './examples.js';
import { API_PREFIX, OPERATIONS, TAGS } from './operations.js';

let t: TestContext;
let doc: any;
/** Every operation of the served document under /api/v1, by `GET /visits/{id}`. */
const operations = new Map<string, any>();

beforeAll(async () => {
  t = await makeApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (path.startsWith(`${API_PREFIX}/`)) operations.set(`${method.toUpperCase()} ${path.slice(API_PREFIX.length)}`, op);
    }
  }
});
afterAll(async () => t?.close());

describe('operation names (openapi/operations.ts)', () => {
  it('every operation of the document has its entry: operationId, summary and tag from the map', () => {
    expect(operations.size).toBeGreaterThan(90);
    const unnamed = [...operations.keys()].filter((key) => !OPERATIONS[key]);
    expect(unnamed).toEqual([]);
    for (const [key, op] of operations) {
      const name = OPERATIONS[key]!;
      expect({ key, operationId: op.operationId, summary: op.summary, tags: op.tags }).toEqual({
        key,
        operationId: name.operationId,
        summary: name.summary,
        tags: [name.tag],
      });
    }
  });

  it('no entry is stale: each names a registered route that the document shows', () => {
    const stale = Object.keys(OPERATIONS).filter((key) => {
      const [method, path] = key.split(' ') as [string, string];
      const url = API_PREFIX + path.replace(/\{(\w+)\}/g, ':$1');
      return !operations.has(key) || !t.app.hasRoute({ method: method as 'GET', url });
    });
    expect(stale).toEqual([]);
  });

  it('operationIds are unique camelCase verbs, across the operations and the webhooks', () => {
    const ids = [
      ...Object.values(OPERATIONS).map((o) => o.operationId),
      ...Object.values(doc.webhooks as Record<string, any>).map((w) => w.post.operationId),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:[A-Z][a-z0-9]*)*$/);
  });

  it('summaries are one short line; every tag is described at the top', () => {
    for (const { summary } of Object.values(OPERATIONS)) {
      expect(summary).toMatch(/^[A-Z][^\n]{8,79}$/);
      expect(summary).not.toMatch(/\.$/);
    }
    const described = (doc.tags as { name: string; description: string }[]).map((tag) => tag.name);
    expect(described.sort()).toEqual(Object.keys(TAGS).sort());
    for (const op of operations.values()) expect(described).toContain(op.tags[0]);
  });
});

describe('responses and examples', () => {
  it('errors are application/problem+json with the one Problem schema, which has examples', () => {
    const retrieve = operations.get('GET /visits/{id}');
    expect(retrieve.responses['404'].content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
    expect(retrieve.responses['200'].description).toBe('OK');
    expect(doc.components.schemas.Problem.examples[0]).toMatchObject({ status: 400, errors: [{ path: '/tier' }, { path: '/name' }] });
    const asJson = [...operations.entries()].filter(([, op]) =>
      Object.entries(op.responses as Record<string, any>).some(([status, r]) => Number(status) >= 400 && r.content?.['application/json']),
    );
    expect(asJson.map(([key]) => key)).toEqual([]);
  });

  it('every API operation documents the rate limit’s 429 with Retry-After', () => {
    for (const [key, op] of operations) expect({ key, headers: Object.keys(op.responses['429']?.headers ?? {}) }).toEqual({ key, headers: ['Retry-After'] });
  });

  it('every example lands on an operation, a status and a JSON media type of the document', () => {
    const missing: string[] = [];
    for (const [key, examples] of Object.entries(OPERATION_EXAMPLES)) {
      const op = operations.get(key);
      if (!OPERATIONS[key] || !op) {
        missing.push(key);
        continue;
      }
      if (examples.request && !op.requestBody?.content?.['application/json']?.examples) missing.push(`${key} request`);
      for (const status of Object.keys(examples.responses ?? {})) {
        if (!op.responses[status]?.content?.['application/json']?.examples) missing.push(`${key} ${status}`);
      }
    }
    expect(missing).toEqual([]);
    // the main resources
    for (const key of ['POST /visits', 'GET /stores/{id}', 'GET /products/{id}', 'POST /returns', 'GET /promotions/{id}', 'GET /scorecards/{userId}/{month}']) {
      expect(Object.keys(OPERATION_EXAMPLES)).toContain(key);
    }
  });
});

describe('webhooks (OpenAPI 3.1)', () => {
  it('describes every event of the catalogue with its payload and signature headers', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WEBHOOK_EVENTS].sort());
    for (const event of WEBHOOK_EVENTS) {
      const post = doc.webhooks[event].post;
      const entity = event.slice(0, event.indexOf('.'));
      const body = post.requestBody.content['application/json'];
      expect(body.schema.properties.event).toEqual({ const: event });
      expect(body.schema.properties.data.required).toEqual([entity, 'actorId']);
      const ref: string = body.schema.properties.data.properties[entity].$ref;
      expect(doc.components.schemas[ref.replace('#/components/schemas/', '')]).toMatchObject({ type: 'object' });
      expect(post.parameters.map((p: any) => `${p.in} ${p.name}`)).toEqual(['header Fieldbeat-Signature', 'header Fieldbeat-Event', 'header Fieldbeat-Delivery']);
      expect(post.security).toEqual([]);
      expect(Object.values(body.examples as Record<string, any>)[0].value).toMatchObject({ event, data: { [entity]: expect.any(Object) } });
    }
  });

  it('an event carries its object as the API shows it (a promotion without history and decision)', () => {
    const answer = (key: string) => operations.get(key).responses['200'].content['application/json'].schema;
    expect(doc.components.schemas.WebhookReturn).toEqual(answer('GET /returns/{id}'));
    expect(doc.components.schemas.WebhookVisit).toEqual(answer('GET /visits/{id}'));
    const promotion = doc.components.schemas.WebhookPromotion;
    expect(Object.keys(promotion.properties)).toEqual(Object.keys(answer('GET /promotions/{id}').properties).filter((k) => k !== 'history' && k !== 'decision'));
    expect(promotion.required).not.toContain('history');
  });
});

import { WEBHOOK_EVENTS, type WebhookEvent } from '@fieldbeat/domain';
import { Type, type TSchema } from 'typebox';
import { DEFAULT_RETRY_DELAYS_MS, DELIVERY_TIMEOUT_MS } from '../webhooks/dispatcher.js';
import { entityOf, type EventEntity } from '../webhooks/events.js';
import { Nullable } from '../lib/schemas.js';
import { EVENT_EXAMPLES } from './examples.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the document is JSON

/** A TypeBox schema as plain JSON Schema (TypeBox marks its schemas with symbol keys). */
export const plain = (schema: TSchema): Json => JSON.parse(JSON.stringify(schema)) as Json;

/** `scorecard.finalized` carries the stored snapshot's headline, not the whole line-by-line view (routes/scorecards). */
const FinalizedScorecard = Type.Object({
  userId: Type.String(),
  month: Type.String({ description: 'YYYY-MM' }),
  roleCode: Type.String(),
  roleVersion: Type.Integer({ description: 'the role definition version in force at the end of the month' }),
  baseScore: Type.Number(),
  total: Type.Number(),
  items: Type.Array(Type.Object({ code: Type.String(), points: Type.Number() })),
  finalizedAt: Type.String({ format: 'date-time' }),
  finalizedBy: Nullable(Type.String()),
});

/** The 200 answer's schema of `path` in the document as @fastify/swagger built it. */
function answerOf(doc: Json, path: string): Json {
  const schema = doc.paths?.[path]?.get?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the webhook payloads need GET ${path} in the document`);
  return structuredClone(schema) as Json;
}

/** A copy of `schema` without the named properties. */
function without(schema: Json, names: string[]): Json {
  const properties = { ...schema.properties };
  for (const name of names) delete properties[name];
  return { ...schema, properties, required: (schema.required as string[] | undefined)?.filter((r) => !names.includes(r)) };
}

/**
 * The object each entity's events carry: what the API shows (the services build the payload with
 * the same view functions as the routes), so its schema is taken from the route's answer in the
 * document, never restated. A promotion's events carry it without its history and decision
 * (`promotionView`); `scorecard.finalized` carries the stored snapshot's headline.
 */
function entitySchemas(doc: Json): { [K in EventEntity<WebhookEvent>]: { name: string; schema: Json } } {
  return {
    visit: { name: 'WebhookVisit', schema: answerOf(doc, '/api/v1/visits/{id}') },
    promotion: { name: 'WebhookPromotion', schema: without(answerOf(doc, '/api/v1/promotions/{id}'), ['history', 'decision']) },
    return: { name: 'WebhookReturn', schema: answerOf(doc, '/api/v1/returns/{id}') },
    scorecard: { name: 'WebhookScorecard', schema: plain(FinalizedScorecard) },
  };
}

/** Fields some events add to `data` beside the object and the actor (webhooks/events.ts `extra`). */
const EXTRAS: Partial<Record<WebhookEvent, Json>> = {
  'promotion.submitted': { note: { type: ['string', 'null'], description: 'the note given with the transition, if any' } },
  'promotion.approved': { note: { type: ['string', 'null'], description: 'the approver’s note, if any' } },
  'promotion.rejected': { note: { type: ['string', 'null'], description: 'the reason for the rejection' } },
  'promotion.completed': { note: { type: ['string', 'null'] } },
  'return.approved': {
    approvedBy: { const: 'standard', description: 'present when the return standard approved the request at once (R2), with no approver' },
  },
};

const SUMMARIES: Record<WebhookEvent, [string, string]> = {
  'visit.created': ['A visit was stored', 'Sent once per visit when it is first stored (a repeated offline sync of the same client id sends nothing).'],
  'promotion.submitted': ['A promotion was submitted for approval', 'A draft promotion went to its approver (a company promotion is approved on submission and sends `promotion.approved` too).'],
  'promotion.approved': ['A promotion was approved', 'The last needed approval was given (the first-level review, or the general manager’s above the threshold).'],
  'promotion.rejected': ['A promotion was rejected', 'A reviewer rejected the promotion, with a reason in `note`.'],
  'promotion.completed': ['A promotion’s actuals were reported', 'The applicant reported the actuals of an approved promotion: it is completed.'],
  'return.created': ['A return was requested', 'A return request was stored; when the return standard covers it, `return.approved` follows at once.'],
  'return.approved': ['A return was approved', 'By the return standard on request (`approvedBy: standard`), or by an approver.'],
  'return.executed': ['A return was executed', 'The goods were taken back and the refund recorded; it reduces the collections of the month of `executedDate`.'],
  'scorecard.finalized': ['A scorecard was finalized', 'A user’s monthly scorecard was stored as final; later changes of its inputs no longer alter it.'],
};

/** `return.approved` → `onReturnApproved`: the name a generated receiver stub gets. */
const operationIdOf = (event: string) =>
  'on' + event.split(/[._]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

const retries = DEFAULT_RETRY_DELAYS_MS.map((ms) => (ms >= 3_600_000 ? `${ms / 3_600_000} h` : ms >= 60_000 ? `${ms / 60_000} min` : `${ms / 1000} s`)).join(', ');

/** The headers of every delivery of `event`. */
const headers = (event: WebhookEvent): Json[] => [
  {
    name: 'Fieldbeat-Signature',
    in: 'header',
    required: true,
    description:
      '`t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC is keyed with the endpoint’s secret (answered once by `createWebhook`) over the text `<t>.<raw body>`. ' +
      'Recompute it over the raw body bytes, compare in constant time, and refuse a `t` more than 5 minutes away from your clock (a recorded delivery cannot be replayed).',
    schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' },
    example: 't=1790000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
  },
  {
    name: 'Fieldbeat-Event',
    in: 'header',
    required: true,
    description: 'The event name, the same as the body’s `event`.',
    schema: { type: 'string', const: event },
  },
  {
    name: 'Fieldbeat-Delivery',
    in: 'header',
    required: true,
    description: 'The delivery’s id, the same on every retry of one delivery and the same as the body’s `id`: use it to process a delivery once.',
    schema: { type: 'string' },
  },
];

/** The top-level `webhooks` section (OpenAPI 3.1) of `doc`, one entry per event of the catalogue. */
export function webhooksSection(doc: Json): { webhooks: Json; schemas: Json } {
  const entities = entitySchemas(doc);
  const schemas: Json = {};
  for (const { name, schema } of Object.values(entities)) schemas[name] = schema;
  const webhooks: Json = {};
  for (const event of WEBHOOK_EVENTS) {
    const entity = entityOf(event);
    const [summary, description] = SUMMARIES[event];
    const payload = {
      type: 'object',
      required: ['id', 'event', 'createdAt', 'data'],
      properties: {
        id: { type: 'string', description: 'the delivery id (also in `Fieldbeat-Delivery`)' },
        event: { const: event },
        createdAt: { type: 'string', format: 'date-time', description: 'when the event happened' },
        data: {
          type: 'object',
          required: [entity, 'actorId'],
          properties: {
            [entity]: { $ref: `#/components/schemas/${entities[entity].name}` },
            actorId: { type: ['string', 'null'], description: 'who caused the event (a user or API client id); null for the system' },
            ...EXTRAS[event],
          },
        },
      },
    };
    webhooks[event] = {
      post: {
        operationId: operationIdOf(event),
        summary,
        description:
          `${description}\n\nFieldbeat POSTs this to every endpoint registered for \`${event}\`, signed (see \`Fieldbeat-Signature\`). ` +
          `A 2xx answer within ${DELIVERY_TIMEOUT_MS / 1000} s is success; anything else (another status, a timeout, a refused connection, a redirect) ` +
          `is retried after ${retries}, then the delivery is failed. The same delivery can arrive more than once.`,
        tags: ['webhooks'],
        security: [],
        parameters: headers(event),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: payload, examples: EVENT_EXAMPLES[event] } },
        },
        responses: {
          '2XX': { description: 'Received: the delivery is done.' },
          '4XX': { description: 'Refused (for example a signature that does not verify): retried like any answer other than 2xx.' },
          '5XX': { description: 'The receiver failed: retried.' },
        },
      },
    };
  }
  return { webhooks, schemas };
}

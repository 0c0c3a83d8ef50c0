import { Problem } from '../lib/schemas.js';
import { OPERATION_EXAMPLES, PROBLEM_EXAMPLES } from './examples.js';
import { API_PREFIX, TAGS } from './operations.js';
import { plain, webhooksSection } from './webhooks.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the document is JSON

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const PROBLEM_JSON = JSON.stringify(plain(Problem));

/** What each error status means in this API (docs/api-guide.md, Errors). */
const PROBLEM_DESCRIPTIONS: Record<string, string> = {
  400: 'The request is not valid: `errors` names each field (a JSON pointer) and what is wrong with it.',
  401: 'No valid access token.',
  403: 'Signed in, but without the permission this needs.',
  404: 'Not found, or not visible to the caller.',
  409: 'The request conflicts with the current state (a duplicate, or a transition the state does not allow).',
  412: '`If-Match` names a version that is no longer current: read it again.',
  413: 'The body or upload is too large.',
  415: 'The content type is not accepted here.',
  422: 'The `Idempotency-Key` was used before with another body.',
  429: 'Too many requests: wait for the seconds in `Retry-After`.',
};
const SUCCESS_DESCRIPTIONS: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content' };

const RETRY_AFTER = { description: 'seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } };

/** The problem answer of a status: its meaning, problem+json, the one shared schema. */
function problemResponse(status: string): Json {
  return {
    description: PROBLEM_DESCRIPTIONS[status] ?? 'application/problem+json (RFC 9457)',
    ...(status === '429' && { headers: { 'Retry-After': RETRY_AFTER } }),
    content: { 'application/problem+json': { schema: PROBLEM_REF } },
  };
}

const isProblem = (response: Json | undefined) => {
  const schema = response?.content?.['application/json']?.schema;
  return schema !== undefined && JSON.stringify(schema) === PROBLEM_JSON;
};

/** `post /api/v1/visits/{id}` → `POST /visits/{id}`, the key of operations.ts and examples.ts. */
const keyOf = (method: string, path: string) => `${method.toUpperCase()} ${path.slice(API_PREFIX.length)}`;

/**
 * Finishes the document @fastify/swagger builds from the route schemas (its `transformObject`):
 * problem answers as `application/problem+json` with one `Problem` schema, a 429 on every API
 * operation (the rate limit covers them all), the tags described, examples of the main resources,
 * and the `webhooks` section. Only the document changes: the routes' validation and serialisation
 * never see any of it.
 */
export function finishDocument(doc: Json): Json {
  const { webhooks, schemas } = webhooksSection(doc);
  doc.info = {
    ...doc.info,
    description:
      `${doc.info?.description ?? ''}\n\n` +
      'Every operation has a stable `operationId`: generated clients keep their method names across releases. ' +
      'Events are delivered to registered endpoints as signed webhooks, described in `webhooks`.',
  };
  doc.tags = Object.entries(TAGS).map(([name, description]) => ({ name, description }));
  doc.components = {
    ...doc.components,
    schemas: { ...doc.components?.schemas, Problem: { ...plain(Problem), examples: PROBLEM_EXAMPLES }, ...schemas },
  };
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Json)) {
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const responses: Json = (operation.responses ??= {});
      for (const [status, response] of Object.entries(responses)) {
        if (isProblem(response)) responses[status] = problemResponse(status);
        else if (response.description === 'Default Response' && SUCCESS_DESCRIPTIONS[status]) response.description = SUCCESS_DESCRIPTIONS[status];
      }
      if (path.startsWith(`${API_PREFIX}/`) && !responses['429']) responses['429'] = problemResponse('429');
      const examples = OPERATION_EXAMPLES[keyOf(method, path)];
      if (examples?.request) {
        const media = operation.requestBody?.content?.['application/json'];
        if (media) media.examples = examples.request;
      }
      for (const [status, named] of Object.entries(examples?.responses ?? {})) {
        const media = responses[status]?.content?.['application/json'];
        if (media) media.examples = named;
      }
    }
  }
  doc.webhooks = webhooks;
  return doc;
}

import fp from 'fastify-plugin';
import type { Db } from '../db/client.js';
import {
  getIdempotencyRecord,
  pruneIdempotencyRecords,
  saveIdempotencyRecord,
} from '../db/repos/idempotency.js';
import { ApiError, invalid } from '../lib/errors.js';
import { bodyHash } from '../lib/hash.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { caller: string; key: string; bodyHash: string };
  }
}

const KEEP_MS = 48 * 3600 * 1000; // the contract promises at least 24 hours
/** Token endpoints answer each request afresh: their own rules (rotation, throttling) decide. */
const AUTH_PREFIX = '/api/v1/auth/';

/**
 * `Idempotency-Key` on POST: the first successful (2xx) response is stored per caller and
 * key; the same key and body replays it, another body is 422. Requests that fail
 * validation never reach this hook, so they are not stored.
 */
export default fp<{ db: Db }>(async (app, { db }) => {
  app.addHook('preHandler', async (request, reply) => {
    // Not /auth/*: a replayed login or refresh would hand out tokens again (even of a revoked family).
    if (request.method !== 'POST' || request.routeOptions.url?.startsWith(AUTH_PREFIX)) return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
      throw invalid('/headers/idempotency-key', 'must be 1 to 255 characters');
    }
    const caller = request.principal ? `${request.principal.kind}:${request.principal.id}` : `ip:${request.ip}`;
    const hash = bodyHash({ path: request.url, body: request.body ?? null });
    const stored = getIdempotencyRecord(db, caller, key);
    if (stored) {
      if (stored.bodyHash !== hash) {
        throw new ApiError('IDEMPOTENCY_CONFLICT', 'This Idempotency-Key was used with a different request');
      }
      return reply
        .code(stored.statusCode)
        .header('idempotent-replayed', 'true')
        .type('application/json; charset=utf-8')
        .send(stored.response);
    }
    request.idempotency = { caller, key, bodyHash: hash };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem || reply.statusCode < 200 || reply.statusCode >= 300 || typeof payload !== 'string') return payload;
    saveIdempotencyRecord(db, {
      caller: idem.caller,
      key: idem.key,
      method: request.method,
      path: request.url,
      bodyHash: idem.bodyHash,
      statusCode: reply.statusCode,
      response: payload,
      createdAt: new Date().toISOString(),
    });
    return payload;
  });

  const prune = () => pruneIdempotencyRecords(db, new Date(Date.now() - KEEP_MS).toISOString());
  prune();
  const timer = setInterval(prune, 3600 * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
});

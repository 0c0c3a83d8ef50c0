import { setTimeout as sleep } from 'node:timers/promises';
import fp from 'fastify-plugin';
import type { Db } from '../db/client.js';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  forgetIdempotencyResponses,
  getIdempotencyRecord,
  PENDING_STATUS,
  pruneIdempotencyRecords,
  releaseIdempotencyKey,
  releasePendingIdempotencyKeys,
} from '../db/repos/idempotency.js';
import { ApiError, conflict, invalid } from '../lib/errors.js';
import { bodyHash } from '../lib/hash.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { caller: string; key: string; bodyHash: string; settled: boolean };
  }
  interface FastifyContextConfig {
    /**
     * A response field shown once (a secret) and the field naming what was created: the
     * secret is never stored with an Idempotency-Key, and a replay is 409 naming the object.
     */
    shownOnce?: { field: string; idField: string };
  }
}

const KEEP_MS = 48 * 3600 * 1000; // the contract promises at least 24 hours
/** Token endpoints answer each request afresh: their own rules (rotation, throttling) decide. */
const AUTH_PREFIX = '/api/v1/auth/';
/** How long a request waits for the first request with its key before answering 409. */
const WAIT_MS = 30_000;

/**
 * `Idempotency-Key` on POST. The key is claimed (a pending row, one INSERT) before the handler
 * runs, so of concurrent requests with one key exactly one does the work; the others wait for
 * its response and replay it. A 2xx response is stored per caller and key, anything else gives
 * the key up. The same key and body replays, another body is 422. Requests that fail validation
 * never reach this hook, so they claim nothing.
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
    const claim = { caller, key, method: request.method, path: request.url, bodyHash: hash, createdAt: new Date().toISOString() };
    const deadline = Date.now() + WAIT_MS;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      if (claimIdempotencyKey(db, claim)) {
        request.idempotency = { caller, key, bodyHash: hash, settled: false };
        return;
      }
      const stored = getIdempotencyRecord(db, caller, key);
      if (!stored) continue; // the first request failed and gave the key up: claim it again
      if (stored.bodyHash !== hash) {
        throw new ApiError('IDEMPOTENCY_CONFLICT', 'This Idempotency-Key was used with a different request');
      }
      if (stored.statusCode !== PENDING_STATUS) {
        const shownOnce = request.routeOptions.config?.shownOnce;
        if (shownOnce) {
          const created = (JSON.parse(stored.response) as Record<string, unknown>)[shownOnce.idField];
          throw conflict(
            `The first request with this Idempotency-Key created ${String(created)}; its ${shownOnce.field} was shown once and cannot be shown again (delete it and create another)`,
          );
        }
        return reply
          .code(stored.statusCode)
          .header('idempotent-replayed', 'true')
          .type('application/json; charset=utf-8')
          .send(stored.response);
      }
      if (Date.now() >= deadline) {
        throw new ApiError('CONFLICT', 'A request with this Idempotency-Key is still in progress; retry later', undefined, { 'retry-after': '1' });
      }
      await sleep(delay);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem || idem.settled) return payload;
    idem.settled = true;
    if (reply.statusCode < 200 || reply.statusCode >= 300 || typeof payload !== 'string') {
      releaseIdempotencyKey(db, idem.caller, idem.key);
      return payload;
    }
    const shownOnce = request.routeOptions.config?.shownOnce;
    let response = payload;
    if (shownOnce) {
      const { [shownOnce.field]: _secret, ...rest } = JSON.parse(payload) as Record<string, unknown>;
      response = JSON.stringify(rest);
    }
    completeIdempotencyKey(db, {
      caller: idem.caller,
      key: idem.key,
      method: request.method,
      path: request.url,
      bodyHash: idem.bodyHash,
      statusCode: reply.statusCode,
      response,
      createdAt: new Date().toISOString(),
    });
    return payload;
  });

  // A request that ended without sending (aborted, timed out) gives its claim up.
  app.addHook('onResponse', async (request) => {
    const idem = request.idempotency;
    if (idem && !idem.settled) {
      idem.settled = true;
      releaseIdempotencyKey(db, idem.caller, idem.key);
    }
  });

  // Claims left pending by a process that stopped mid-request would block their keys.
  releasePendingIdempotencyKeys(db);
  // Answers of shown-once routes stored before they were declared so still hold the secret.
  const shownOnceRoutes = new Set<string>();
  app.addHook('onRoute', (route) => {
    if (route.config?.shownOnce) shownOnceRoutes.add(route.url.replace(/\/$/, ''));
  });
  app.addHook('onReady', async () => {
    forgetIdempotencyResponses(db, [...shownOnceRoutes]);
  });
  const prune = () => pruneIdempotencyRecords(db, new Date(Date.now() - KEEP_MS).toISOString());
  prune();
  const timer = setInterval(prune, 3600 * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
});

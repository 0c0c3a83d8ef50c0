import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/client.js';
import { claimDelivery, dueDeliveries, getWebhook, recordAttempt, type DeliveryRow } from '../db/repos/webhooks.js';
import { forbiddenLiteralHost, guardedLookup } from './address-guard.js';
import { signatureHeader } from './signature.js';

export interface DispatcherOptions {
  db: Db;
  log: FastifyBaseLogger;
  /** How often the outbox is polled when nothing nudges the dispatcher. */
  pollMs?: number;
  /** Waits before each retry; attempts in all = 1 + its length. */
  retryDelaysMs?: readonly number[];
  /** A receiver has this long to answer (connect, headers and body). */
  timeoutMs?: number;
  /** Deliveries in flight at once. */
  concurrency?: number;
}

/** 2 s, 10 s, 1 min, 5 min, 30 min, 2 h: the first retry well within 5 s, seven attempts over about 2.5 hours. */
export const DEFAULT_RETRY_DELAYS_MS = [2_000, 10_000, 60_000, 300_000, 1_800_000, 7_200_000] as const;
export const DELIVERY_TIMEOUT_MS = 10_000;
const RESPONSE_BODY_LIMIT = 64 * 1024;

export interface AttemptOutcome {
  ok: boolean;
  responseStatus: number | null;
  error: string | null;
}

/**
 * Delivers the transactional outbox (`webhook_deliveries`) in the background: claims due
 * deliveries, POSTs each signed with its webhook's secret, and records every attempt. A
 * failure is retried with backoff until the attempts run out, then the delivery is
 * `failed`. The request that caused an event never waits for any of this.
 */
export class WebhookDispatcher {
  private readonly db: Db;
  private readonly log: FastifyBaseLogger;
  private readonly pollMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly inFlight = new Map<string, { promise: Promise<void>; abort: AbortController }>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private ticking = false;

  constructor(options: DispatcherOptions) {
    this.db = options.db;
    this.log = options.log;
    this.pollMs = options.pollMs ?? 1000;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
    this.concurrency = options.concurrency ?? 4;
  }

  get maxAttempts(): number {
    return 1 + this.retryDelaysMs.length;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and aborts deliveries in flight (they stay pending and are retried after a restart). */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    for (const { abort } of this.inFlight.values()) abort.abort(new Error('the server is shutting down'));
    await Promise.allSettled([...this.inFlight.values()].map((f) => f.promise));
  }

  /** Something was probably enqueued: look now rather than at the next poll. */
  nudge(): void {
    if (this.running && !this.ticking) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  /** One pass over the due deliveries; returns how many it started. */
  async tick(): Promise<number> {
    if (!this.running || this.ticking) return 0;
    this.ticking = true;
    let started = 0;
    try {
      const free = this.concurrency - this.inFlight.size;
      if (free > 0) {
        const now = new Date();
        const lease = new Date(now.getTime() + this.timeoutMs + 30_000).toISOString();
        for (const delivery of dueDeliveries(this.db, now.toISOString(), free)) {
          if (this.inFlight.has(delivery.id)) continue;
          if (!claimDelivery(this.db, delivery.id, now.toISOString(), lease)) continue;
          const abort = new AbortController();
          const promise = this.deliver(delivery, abort.signal)
            .catch((err: unknown) => this.log.error({ err, deliveryId: delivery.id }, 'webhook delivery failed unexpectedly'))
            .finally(() => {
            this.inFlight.delete(delivery.id);
              this.nudge(); // a slot is free: more may be due
            });
          this.inFlight.set(delivery.id, { promise, abort });
          started++;
        }
      }
    } catch (err) {
      this.log.error({ err }, 'webhook dispatcher pass failed');
    } finally {
      this.ticking = false;
      if (this.running) this.schedule(this.pollMs);
    }
    return started;
  }

  private async deliver(delivery: DeliveryRow, shutdown: AbortSignal): Promise<void> {
    const hook = getWebhook(this.db, delivery.webhookId);
    if (!hook) {
      recordAttempt(this.db, delivery.id, {
        status: 'failed',
        attempts: delivery.attempts,
        nextAttemptAt: null,
        responseStatus: null,
        lastError: 'the webhook was deleted',
      });
      return;
    }
    const outcome = await this.post(hook.url, hook.secret, hook.allowPrivateNetwork, delivery, shutdown);
    if (shutdown.aborted) return; // not the receiver's fault: the lease runs out and it is tried again
    const attempts = delivery.attempts + 1;
    const retryIn = this.retryDelaysMs[attempts - 1];
    const giveUp = !outcome.ok && retryIn === undefined;
    recordAttempt(this.db, delivery.id, {
      status: outcome.ok ? 'succeeded' : giveUp ? 'failed' : 'pending',
      attempts,
      nextAttemptAt: outcome.ok || giveUp ? null : new Date(Date.now() + retryIn!).toISOString(),
      responseStatus: outcome.responseStatus,
      lastError: outcome.error,
    });
    const level = outcome.ok ? 'debug' : 'warn';
    this.log[level]({ deliveryId: delivery.id, webhookId: hook.id, event: delivery.event, attempts, ...outcome }, 'webhook delivery attempt');
  }

  /** One POST: signed, with the timeout, never following redirects, only to allowed addresses. */
  private async post(
    url: string,
    secret: string,
    allowPrivateNetwork: boolean,
    delivery: DeliveryRow,
    shutdown: AbortSignal,
  ): Promise<AttemptOutcome> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { ok: false, responseStatus: null, error: 'the webhook URL is not valid' };
    }
    if (!allowPrivateNetwork) {
      // IP literals are dialled without a lookup, so they are checked here; names are
      // checked on the addresses actually dialled (guardedLookup).
      const forbidden = forbiddenLiteralHost(target.hostname);
      if (forbidden) return { ok: false, responseStatus: null, error: `${forbidden} is a private or loopback address` };
    }
    const body = delivery.payload;
    const signal = AbortSignal.any([shutdown, AbortSignal.timeout(this.timeoutMs)]);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<AttemptOutcome>((resolve) => {
      let settled = false;
      const done = (outcome: AttemptOutcome) => {
        if (!settled) {
          settled = true;
          resolve(outcome);
        }
      };
      const req = send(
        target,
        {
          method: 'POST',
          signal,
          ...(allowPrivateNetwork ? {} : { lookup: guardedLookup as never }),
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'Fieldbeat-Webhooks/1',
            'fieldbeat-event': delivery.event,
            'fieldbeat-delivery': delivery.id,
            'fieldbeat-signature': signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
          },
        },
        (res: IncomingMessage) => {
          let received = 0;
          res.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > RESPONSE_BODY_LIMIT) res.destroy();
          });
          const finish = () => {
            const status = res.statusCode ?? 0;
            const ok = status >= 200 && status < 300;
            done({ ok, responseStatus: status, error: ok ? null : `the receiver answered ${status}` });
          };
          res.on('end', finish);
          res.on('close', finish);
          res.on('error', finish);
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        const timedOut = signal.aborted && !shutdown.aborted;
        done({
          ok: false,
          responseStatus: null,
          error: timedOut ? `no answer within ${this.timeoutMs / 1000} s` : err.message || String(err.code),
        });
      });
      req.end(body);
    });
  }
}

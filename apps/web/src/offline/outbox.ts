import { ApiError } from '../api/errors';
import type { getDb } from './db';
import type { OutboxError, OutboxItem, OutboxKind, OutboxPhoto } from './outbox-item';

export type { OutboxError, OutboxItem, OutboxKind, OutboxPhoto, OutboxStatus } from './outbox-item';

export interface OutboxApi {
  post<T>(path: string, body?: unknown): Promise<T>;
  upload<T>(path: string, form: FormData): Promise<T>;
}

type Db = Awaited<ReturnType<typeof getDb>>;

export interface OutboxOptions {
  db: () => Promise<Db>;
  api: OutboxApi;
  now?: () => number;
  /** Exclusive across tabs (navigator.locks) so two tabs never send the same item at once. */
  lock?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  random?: () => number;
  /** False when the device knows it has no network: then nothing is attempted. */
  isOnline?: () => boolean;
  onChange?: () => void;
}

const CREATE_PATH: Record<OutboxKind, string> = { visit: '/visits', return: '/returns' };
const MAX_BACKOFF_MS = 5 * 60_000;
/** Synced items stay visible to the rep for a week, then are pruned. */
const KEEP_SYNCED_MS = 7 * 24 * 3600_000;

export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

function toOutboxError(err: unknown): OutboxError {
  if (err instanceof ApiError) {
    return { status: err.status, title: err.problem.title ?? '', detail: err.problem.detail ?? null };
  }
  return { status: -1, title: 'Error', detail: err instanceof Error ? err.message : String(err) };
}

/**
 * Writes captured on the phone go here first and reach the server from here, in order, with
 * their client UUID. A replay of the same id and body is answered 200 by the server, so a
 * lost response is safe to retry; a 409 (same id, different body) or any other refusal
 * stops the item as failed, with the reason, for the rep to see.
 */
export class Outbox {
  private readonly opts: Required<Omit<OutboxOptions, 'onChange'>> & Pick<OutboxOptions, 'onChange'>;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private owner: string | null = null;
  /** Ids being sent right now, for the "syncing" spinner. */
  readonly inFlight = new Set<string>();

  constructor(options: OutboxOptions) {
    this.opts = {
      now: () => Date.now(),
      lock: (_n, fn) => fn(),
      random: Math.random,
      isOnline: () => true,
      ...options,
    };
  }

  /** Only the signed-in user's items are sent (with their token). */
  setOwner(ownerId: string | null): void {
    this.owner = ownerId;
    if (!ownerId) this.clearTimer();
  }

  async enqueue(input: {
    kind: OutboxKind;
    ownerId: string;
    body: OutboxItem['body'];
    summary: OutboxItem['summary'];
    photos?: Pick<OutboxPhoto, 'name' | 'type' | 'blob' | 'label'>[];
  }): Promise<OutboxItem> {
    const db = await this.opts.db();
    const existing = await db.get('outbox', input.body.id);
    if (existing) return existing; // a double tap on "submit" queues the visit once
    const item: OutboxItem = {
      id: input.body.id,
      kind: input.kind,
      ownerId: input.ownerId,
      // A JSON copy: the body is JSON by nature, and callers may hand in reactive proxies,
      // which IndexedDB cannot clone.
      body: JSON.parse(JSON.stringify(input.body)) as OutboxItem['body'],
      summary: { ...input.summary },
      photos: (input.photos ?? []).map((p) => ({ ...p, uploaded: false, error: null })),
      status: 'pending',
      stored: false,
      attempts: 0,
      nextAttemptAt: this.opts.now(),
      lastError: null,
      createdAt: this.opts.now(),
      syncedAt: null,
      result: null,
    };
    await db.put('outbox', item);
    this.opts.onChange?.();
    return item;
  }

  async list(ownerId: string): Promise<OutboxItem[]> {
    const db = await this.opts.db();
    const items = await db.getAllFromIndex('outbox', 'byOwner', ownerId);
    return items.sort((a, b) => b.createdAt - a.createdAt);
  }

  async remove(id: string): Promise<void> {
    const db = await this.opts.db();
    await db.delete('outbox', id);
    this.opts.onChange?.();
  }

  /** The rep asks to try a failed item again (for example after a manager fixed the data). */
  async retry(id: string): Promise<void> {
    const db = await this.opts.db();
    const item = await db.get('outbox', id);
    if (!item || item.status === 'synced') return;
    item.status = 'pending';
    item.nextAttemptAt = this.opts.now();
    await db.put('outbox', item);
    this.opts.onChange?.();
    await this.sync();
  }

  /** Back online: everything waiting goes now instead of at its backoff time. */
  async wake(): Promise<void> {
    const db = await this.opts.db();
    const tx = db.transaction('outbox', 'readwrite');
    for (const item of await tx.store.getAll()) {
      if (item.status === 'pending' && item.nextAttemptAt > this.opts.now()) {
        item.nextAttemptAt = this.opts.now();
        await tx.store.put(item);
      }
    }
    await tx.done;
    await this.sync();
  }

  /** Single flight: a call while a sync runs waits for that sync and then runs once more. */
  sync(): Promise<void> {
    if (this.running) {
      return this.running.then(() => (this.running ? this.running : this.sync()));
    }
    this.running = this.opts
      .lock('fieldbeat-outbox', () => this.drain())
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async drain(): Promise<void> {
    const owner = this.owner;
    if (!owner || !this.opts.isOnline()) return;
    this.clearTimer();
    const db = await this.opts.db();
    const items = (await db.getAllFromIndex('outbox', 'byOwner', owner)).sort((a, b) => a.createdAt - b.createdAt);
    await this.prune(items);
    for (const item of items) {
      if (item.status !== 'pending' || item.nextAttemptAt > this.opts.now()) continue;
      const outcome = await this.send(item);
      if (outcome === 'unauthorised') break;
    }
    await this.schedule(owner);
  }

  private async send(item: OutboxItem): Promise<'done' | 'later' | 'unauthorised'> {
    const db = await this.opts.db();
    this.inFlight.add(item.id);
    this.opts.onChange?.();
    try {
      if (!item.stored) {
        try {
          item.result = await this.opts.api.post(CREATE_PATH[item.kind], item.body);
          item.stored = true;
          item.lastError = null;
        } catch (err) {
          return await this.handleFailure(db, item, err);
        }
        await db.put('outbox', item);
      }
      for (const photo of item.photos) {
        if (photo.uploaded || photo.error) continue;
        const form = new FormData();
        form.append('file', photo.blob, photo.name);
        try {
          // The signature is stored apart from the shelf photos (it is not counted as one).
          const kind = photo.label === 'signature' ? '?kind=signature' : '';
          await this.opts.api.upload(`/visits/${encodeURIComponent(item.id)}/photos${kind}`, form);
          photo.uploaded = true;
        } catch (err) {
          if (err instanceof ApiError && !err.isTransient && err.status !== 401) {
            photo.error = err.problem.detail || err.problem.title || String(err.status);
          } else {
            return await this.handleFailure(db, item, err);
          }
        }
        await db.put('outbox', item);
      }
      item.status = 'synced';
      item.syncedAt = this.opts.now();
      item.lastError = null;
      await db.put('outbox', item);
      return 'done';
    } finally {
      this.inFlight.delete(item.id);
      this.opts.onChange?.();
    }
  }

  private async handleFailure(db: Db, item: OutboxItem, err: unknown): Promise<'later' | 'unauthorised'> {
    item.attempts += 1;
    item.lastError = toOutboxError(err);
    if (err instanceof ApiError && err.status === 401) {
      // Signed out (refresh refused): keep the item for when the rep signs in again.
      item.nextAttemptAt = this.opts.now();
      await db.put('outbox', item);
      return 'unauthorised';
    }
    if (err instanceof ApiError && err.isTransient) {
      item.nextAttemptAt = this.opts.now() + (err.retryAfter ? err.retryAfter * 1000 : backoffMs(item.attempts, this.opts.random));
    } else {
      // The server refused this exact content (409 conflict, 400 invalid, 404 store gone…):
      // sending it again cannot succeed, so stop and show the reason.
      item.status = 'failed';
    }
    await db.put('outbox', item);
    return 'later';
  }

  private async prune(items: OutboxItem[]): Promise<void> {
    const db = await this.opts.db();
    const cutoff = this.opts.now() - KEEP_SYNCED_MS;
    for (const item of items) {
      if (item.status === 'synced' && (item.syncedAt ?? 0) < cutoff) await db.delete('outbox', item.id);
    }
  }

  private async schedule(owner: string): Promise<void> {
    const db = await this.opts.db();
    const waiting = (await db.getAllFromIndex('outbox', 'byOwner', owner)).filter((i) => i.status === 'pending');
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((i) => i.nextAttemptAt));
    const delay = Math.max(1000, next - this.opts.now());
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.clearTimer();
  }
}

/** @jest-environment node */
// The outbox is plain TypeScript over IndexedDB: Node has the structuredClone, Blob and
// FormData that fake-indexeddb needs, which the jsdom environment does not expose.
import 'fake-indexeddb/auto';
import { reactive } from 'vue';
import { ApiError } from '../api/errors';
import { openFieldbeatDb } from './db';
import { Outbox, backoffMs, type OutboxApi } from './outbox';

/**
 * A server that behaves as the HTTP contract says for client-UUID creates: a new id is stored
 * (201), the same id with the same body is a replay answered with the stored record (200), the
 * same id with another body is 409. `failNext` simulates the network; `loseNextResponse` stores
 * the record and then drops the answer, the case that makes exactly-once hard.
 */
class FakeServer implements OutboxApi {
  records = new Map<string, string>();
  posts: string[] = [];
  uploads: string[] = [];
  failNext: ApiError[] = [];
  /** One entry per upload call: an error to throw, or null to accept. */
  failUploads: (ApiError | null)[] = [];
  loseNextResponse = false;

  async post<T>(path: string, body?: unknown): Promise<T> {
    this.posts.push(path);
    const next = this.failNext.shift();
    if (next) throw next;
    const b = body as { id: string };
    const text = JSON.stringify(b);
    const stored = this.records.get(b.id);
    if (stored !== undefined && stored !== text) {
      throw new ApiError(409, { title: 'Conflict', status: 409, detail: 'A visit with this id and a different body exists' });
    }
    this.records.set(b.id, text);
    if (this.loseNextResponse) {
      this.loseNextResponse = false;
      throw new ApiError(0, { title: 'Network error' });
    }
    return { ...b, stored: true } as T;
  }

  async upload<T>(path: string, form: FormData): Promise<T> {
    const next = this.failUploads.shift();
    if (next) throw next;
    this.uploads.push(`${path}:${(form.get('file') as File).name}`);
    return { id: `photo-${this.uploads.length}` } as T;
  }
}

let dbSeq = 0;
function setup(owner = 'rep-1') {
  const name = `outbox-test-${++dbSeq}`;
  const dbPromise = openFieldbeatDb(name);
  const server = new FakeServer();
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms) };
  const outbox = new Outbox({ db: () => dbPromise, api: server, now: () => now, random: () => 0.5 });
  outbox.setOwner(owner);
  return { outbox, server, clock };
}

const visit = (id: string, storeId = 'store-1', ownerId = 'rep-1') => ({
  kind: 'visit' as const,
  ownerId,
  body: { id, storeId, checkInAt: '2026-11-26T09:00:00+08:00', lines: [{ productId: 'p1', stockQty: 3 }] },
  summary: { title: 'Store 1' },
});

describe('Outbox', () => {
  const boxes: Outbox[] = [];
  afterEach(() => boxes.splice(0).forEach((b) => b.dispose()));
  const make = (owner?: string) => {
    const s = setup(owner);
    boxes.push(s.outbox);
    return s;
  };

  it('keeps an enqueued visit as pending until it syncs, then sends it exactly once', async () => {
    const { outbox, server } = make();
    await outbox.enqueue(visit('v-1'));
    expect((await outbox.list('rep-1')).map((i) => i.status)).toEqual(['pending']);

    await outbox.sync();
    await outbox.sync();

    const [item] = await outbox.list('rep-1');
    expect(item!.status).toBe('synced');
    expect(item!.result).toMatchObject({ id: 'v-1', stored: true });
    expect(server.posts).toEqual(['/visits']);
    expect(server.records.size).toBe(1);
  });

  it('stores a body built from reactive form state (IndexedDB cannot clone proxies)', async () => {
    const { outbox, server } = make();
    const state = reactive({ location: { lat: 31.2, lng: 121.5 } });
    await outbox.enqueue({ ...visit('v-1'), body: { ...visit('v-1').body, location: state.location } });
    await outbox.sync();
    expect(JSON.parse(server.records.get('v-1')!).location).toEqual({ lat: 31.2, lng: 121.5 });
  });

  it('queues a double-tapped submit once', async () => {
    const { outbox, server } = make();
    await Promise.all([outbox.enqueue(visit('v-1')), outbox.enqueue(visit('v-1'))]);
    await outbox.enqueue(visit('v-1'));
    await outbox.sync();
    expect(await outbox.list('rep-1')).toHaveLength(1);
    expect(server.posts).toHaveLength(1);
  });

  it('sends once when several syncs start together (online event, timer, enqueue)', async () => {
    const { outbox, server } = make();
    await outbox.enqueue(visit('v-1'));
    await Promise.all([outbox.sync(), outbox.sync(), outbox.wake()]);
    expect(server.posts).toHaveLength(1);
  });

  it('retries after a network failure with backoff, then syncs', async () => {
    const { outbox, server, clock } = make();
    server.failNext.push(new ApiError(0, { title: 'Network error' }));
    await outbox.enqueue(visit('v-1'));
    await outbox.sync();

    let [item] = await outbox.list('rep-1');
    expect(item).toMatchObject({ status: 'pending', attempts: 1, stored: false });
    expect(item!.nextAttemptAt).toBe(1_000_000 + backoffMs(1, () => 0.5));
    expect(item!.lastError?.status).toBe(0);

    await outbox.sync(); // too early: the backoff holds it
    expect(server.posts).toHaveLength(1);

    clock.advance(backoffMs(1, () => 0.5));
    await outbox.sync();
    [item] = await outbox.list('rep-1');
    expect(item!.status).toBe('synced');
    expect(server.records.size).toBe(1);
  });

  it('is safe when the server stored the visit but the answer was lost (replay → 200)', async () => {
    const { outbox, server } = make();
    server.loseNextResponse = true;
    await outbox.enqueue(visit('v-1'));
    await outbox.sync();
    expect((await outbox.list('rep-1'))[0]!.status).toBe('pending');

    await outbox.wake(); // back online: retry now
    const [item] = await outbox.list('rep-1');
    expect(item!.status).toBe('synced');
    expect(server.posts).toHaveLength(2); // the same id and body twice...
    expect(server.records.size).toBe(1); // ...stored once
  });

  it('marks a 409 conflict as failed with the reason, and never resends it by itself', async () => {
    const { outbox, server, clock } = make();
    server.records.set('v-1', JSON.stringify({ id: 'v-1', storeId: 'another' }));
    await outbox.enqueue(visit('v-1'));
    await outbox.sync();

    const [item] = await outbox.list('rep-1');
    expect(item!.status).toBe('failed');
    expect(item!.lastError).toEqual({ status: 409, title: 'Conflict', detail: 'A visit with this id and a different body exists' });

    clock.advance(3_600_000);
    await outbox.wake();
    expect(server.posts).toHaveLength(1);
  });

  it('fails a refused body (400) at once but lets the rep retry it', async () => {
    const { outbox, server } = make();
    server.failNext.push(new ApiError(400, { title: 'Validation failed', errors: [{ path: '/lines/0/facings', message: 'required' }] }));
    await outbox.enqueue(visit('v-1'));
    await outbox.sync();
    expect((await outbox.list('rep-1'))[0]!.status).toBe('failed');

    await outbox.retry('v-1');
    expect((await outbox.list('rep-1'))[0]!.status).toBe('synced');
  });

  it('keeps items for the next sign-in when the session is gone (401), and stops the run', async () => {
    const { outbox, server } = make();
    server.failNext.push(new ApiError(401, { title: 'Unauthorized' }));
    await outbox.enqueue(visit('v-1'));
    await outbox.enqueue(visit('v-2', 'store-2'));
    await outbox.sync();
    const items = await outbox.list('rep-1');
    expect(items.every((i) => i.status === 'pending')).toBe(true);
    expect(server.posts).toHaveLength(1);
  });

  it('uploads the photos after the visit is stored; a refused photo does not block the visit', async () => {
    const { outbox, server } = make();
    const blob = new Blob(['jpeg-bytes'], { type: 'image/jpeg' });
    await outbox.enqueue({
      ...visit('v-1'),
      photos: [
        { name: 'shelf-1.jpg', type: 'image/jpeg', blob, label: 'shelf' },
        { name: 'huge.jpg', type: 'image/jpeg', blob, label: 'shelf' },
        { name: 'signature.png', type: 'image/png', blob, label: 'signature' },
      ],
    });
    server.failUploads.push(new ApiError(0, {})); // first photo: network drops
    await outbox.sync();
    let [item] = await outbox.list('rep-1');
    expect(item).toMatchObject({ status: 'pending', stored: true });

    server.failUploads.push(null, new ApiError(413, { title: 'Payload Too Large', detail: 'at most 5 MB' }));
    await outbox.wake();
    [item] = await outbox.list('rep-1');
    expect(item!.status).toBe('synced');
    expect(server.posts).toEqual(['/visits']); // the body was not sent again
    expect(item!.photos.map((p) => [p.name, p.uploaded, p.error])).toEqual([
      ['shelf-1.jpg', true, null],
      ['huge.jpg', false, 'at most 5 MB'],
      ['signature.png', true, null],
    ]);
    // the signature goes up as kind=signature: the server keeps it out of the visit's photos and photo count
    expect(server.uploads).toEqual(['/visits/v-1/photos:shelf-1.jpg', '/visits/v-1/photos?kind=signature:signature.png']);
  });

  it("sends only the signed-in rep's items", async () => {
    const { outbox, server } = make('rep-2');
    await outbox.enqueue(visit('v-1', 'store-1', 'rep-1'));
    await outbox.sync();
    expect(server.posts).toHaveLength(0);
    expect(await outbox.list('rep-2')).toHaveLength(0);
  });

  it('survives a reload: a new outbox on the same database finds and sends the queue', async () => {
    const name = `outbox-reload-${++dbSeq}`;
    const server = new FakeServer();
    server.failNext.push(new ApiError(0, {}));
    const first = new Outbox({ db: () => openFieldbeatDb(name), api: server });
    first.setOwner('rep-1');
    await first.enqueue(visit('v-1'));
    await first.sync();
    first.dispose();

    const second = new Outbox({ db: () => openFieldbeatDb(name), api: server, now: () => Date.now() + 3_600_000 });
    boxes.push(second);
    second.setOwner('rep-1');
    await second.sync();
    expect((await second.list('rep-1'))[0]!.status).toBe('synced');
    expect(server.records.size).toBe(1);
  });
});

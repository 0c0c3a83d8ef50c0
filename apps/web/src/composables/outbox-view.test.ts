import { describeOutboxItem, failureReason, photoLabel, photoParts } from './outbox-view';

// A translation that shows the key and its parameters, so the test sees what was asked for.
const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}${JSON.stringify(params)}` : key);
const STORE = '0191a7b2-5c3d-7e4f-8a9b-0c1d2e3f4a5b';
const PRODUCT = '0191a7b2-5c3d-7e4f-8a9b-0c1d2e3f4a5c';
const names = {
  storeName: (id: string) => (id === STORE ? '华润万家·科技园店' : undefined),
  productName: (id: string) => (id === PRODUCT ? '原味酸奶 200g' : undefined),
};
const photo = (label: 'shelf' | 'signature', uploaded = false, error: string | null = null) => ({ label, uploaded, error });
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('describeOutboxItem', () => {
  const visit = {
    kind: 'visit' as const,
    body: { id: '0191a7b2-0000-7000-8000-000000000001', storeId: STORE, checkInAt: '2026-06-16T01:30:00.000Z', lines: [{}, {}, {}] },
    summary: { title: '华润万家·科技园店' },
    photos: [photo('shelf'), photo('shelf'), photo('signature')],
    createdAt: 1_780_000_000_000,
  };

  it('names a visit by its store, its check-in time, its lines and photos; the signature is not a photo', () => {
    const v = describeOutboxItem(visit, names, t);
    expect(v).toEqual({
      kind: 'outbox.kinds.visit',
      title: '华润万家·科技园店',
      at: { kind: 'instant', value: '2026-06-16T01:30:00.000Z' },
      details: ['outbox.lineCount{"n":3}', 'outbox.photoCount{"n":2}', 'outbox.signed'],
    });
    expect(JSON.stringify(v)).not.toMatch(UUID);
  });

  it('never shows an id: a store missing from the catalogue reads by its stored name, and an id stored as the name reads "store"', () => {
    const missing = { ...visit, body: { ...visit.body, storeId: 'gone' } };
    expect(describeOutboxItem(missing, names, t).title).toBe('华润万家·科技园店');
    const idAsName = { ...missing, summary: { title: STORE } };
    expect(describeOutboxItem(idAsName, names, t).title).toBe('outbox.unknownStore');
    const noCheckIn = { ...visit, body: { id: 'x', storeId: STORE, lines: [] }, photos: [] };
    expect(describeOutboxItem(noCheckIn, names, t)).toMatchObject({
      at: { kind: 'instant', value: 1_780_000_000_000 },
      details: ['outbox.lineCount{"n":0}', 'outbox.photoCount{"n":0}'],
    });
  });

  it('names a return by its store, product, quantity, reason and request day', () => {
    const ret = {
      kind: 'return' as const,
      body: { id: '0191a7b2-0000-7000-8000-000000000002', storeId: STORE, productId: PRODUCT, qty: 4, reason: 'damaged', requestDate: '2026-06-15' },
      summary: { title: 'whatever', subtitle: '× 4' },
      photos: [],
      createdAt: 1,
    };
    expect(describeOutboxItem(ret, names, t)).toEqual({
      kind: 'outbox.kinds.return',
      title: '华润万家·科技园店',
      at: { kind: 'date', value: '2026-06-15' },
      details: ['原味酸奶 200g × 4', 'returns.reasons.damaged'],
    });
    const unknown = { ...ret, body: { ...ret.body, productId: PRODUCT.replace('c', 'd') } };
    expect(describeOutboxItem(unknown, names, t).details[0]).toBe('outbox.unknownProduct × 4');
  });
});

describe('failureReason', () => {
  it("never shows the server's ids: a conflict is explained without its detail, other details lose their ids", () => {
    expect(failureReason({ status: 409, title: 'Conflict', detail: `visit ${STORE} was already synced with a different body` }, t)).toBe('outbox.conflict');
    expect(failureReason({ status: 0, title: '', detail: null }, t)).toBe('errors.network');
    const withStatus = (key: string, params?: Record<string, unknown>) => (key === 'errors.status.404' ? '找不到' : t(key, params));
    expect(failureReason({ status: 404, title: 'Not Found', detail: `store ${STORE} not found` }, withStatus)).toBe('找不到 store not found');
    // a status without its own message: the server's title
    expect(failureReason({ status: 422, title: 'Unprocessable', detail: `product ${STORE.toUpperCase()}` }, withStatus)).toBe('Unprocessable product');
    expect(failureReason(null, t)).toBe('');
  });
});

describe('photoParts and photoLabel', () => {
  it('counts shelf photos and the signature apart, and what is still to upload', () => {
    expect(photoParts([photo('shelf', true), photo('shelf'), photo('shelf', false, 'too large'), photo('signature')])).toEqual({
      photos: 3,
      signed: true,
      photosPending: 1,
      signaturePending: true,
    });
    expect(photoParts([photo('shelf'), photo('signature', true)])).toEqual({ photos: 1, signed: true, photosPending: 1, signaturePending: false });
  });

  it('names a failed file by what it is, numbering the shelf photos only', () => {
    const photos = [photo('shelf'), photo('signature'), photo('shelf')];
    expect([0, 1, 2].map((i) => photoLabel(photos, i, t))).toEqual(['outbox.photoN{"n":1}', 'outbox.signature', 'outbox.photoN{"n":2}']);
  });
});

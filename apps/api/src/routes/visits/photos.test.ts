import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { login, makeApp, PASSWORD, seedOrg, type Client, type Org, type TestContext } from '../../test/helpers.js';
import { jpegBytes, line, multipart, paths, pngBytes, visitBody, webpBytes } from '../../test/field-work.js';

jest.setTimeout(30_000);

const MAX = 4096; // PHOTO_MAX_BYTES for this file, so the 413 case stays small

let t: TestContext;
let org: Org;
let r1: Client;
let r2: Client;
let m1: Client;
let visitA: string;
let visitB: string;
let otherRepVisit: string;

const upload = (c: Client, visitId: string, bytes: Buffer, opts?: Parameters<typeof multipart>[1]) => {
  const m = multipart(bytes, opts);
  return c.post(`/visits/${visitId}/photos`, m.body, m.headers);
};

async function rawGet(username: string, url: string) {
  const token = await login(t.app, username, PASSWORD);
  return t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  t = await makeApp({ PHOTO_MAX_BYTES: String(MAX) });
  org = await seedOrg(t.app);
  r1 = await org.as('r1');
  r2 = await org.as('r2');
  m1 = await org.as('m1');
  visitA = (await r1.post('/visits', visitBody(org.ids.S1!, '2026-10-01T02:00:00Z', [line(org.ids.P1!)]))).body.id;
  visitB = (await r1.post('/visits', visitBody(org.ids.S1N!, '2026-10-01T04:00:00Z', []))).body.id;
  otherRepVisit = (await r2.post('/visits', visitBody(org.ids.S2!, '2026-10-01T02:00:00Z', []))).body.id;
}, 120_000);
afterAll(async () => t.close());

describe('POST /visits/{id}/photos', () => {
  const bytes = pngBytes(1000);

  it('stores a PNG by its content hash under the data directory', async () => {
    const res = await upload(r1, visitA, bytes);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ size: 1000, contentType: 'image/png', duplicateOfVisitId: null });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = join(t.config.dataDir, 'photos', res.body.sha256.slice(0, 2), res.body.sha256);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    // Listed with the visit.
    const visit = await r1.get(`/visits/${visitA}`);
    expect(visit.body.photos).toEqual([res.body]);
  });

  it('treats the same bytes sent again for the same visit as the same photo (a retried upload)', async () => {
    const first = await upload(r1, visitA, bytes);
    const again = await upload(r1, visitA, bytes);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect((await r1.get(`/visits/${visitA}`)).body.photos).toHaveLength(1);
  });

  it('flags the same bytes on another visit with duplicateOfVisitId', async () => {
    const res = await upload(r1, visitB, bytes, { filename: 'other-name.jpg', contentType: 'image/jpeg' });
    expect(res.status).toBe(201);
    expect(res.body.duplicateOfVisitId).toBe(visitA);
    expect(res.body.contentType).toBe('image/png'); // by the bytes, not the client's label
    expect((await m1.get(`/visits/${visitB}`)).body.photos[0].duplicateOfVisitId).toBe(visitA);
    // The first holder is not the duplicate.
    expect((await r1.get(`/visits/${visitA}`)).body.photos[0].duplicateOfVisitId).toBeNull();
  });

  it('recognises JPEG and WebP by their magic bytes', async () => {
    expect((await upload(r1, visitA, jpegBytes(500), { contentType: 'application/octet-stream' })).body.contentType).toBe('image/jpeg');
    expect((await upload(r1, visitA, webpBytes(500), { contentType: 'image/png' })).body.contentType).toBe('image/webp');
  });

  it('refuses anything that is not a JPEG, PNG or WebP with 400, whatever it claims to be', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100)]);
    const res = await upload(r1, visitA, gif, { contentType: 'image/png', filename: 'x.png' });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['/file']);
    expect((await upload(r1, visitA, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), { contentType: 'image/svg+xml' })).status).toBe(400);
  });

  it('refuses a file above the limit with 413', async () => {
    const res = await upload(r1, visitA, pngBytes(MAX + 1));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect((await upload(r1, visitA, pngBytes(MAX))).status).toBe(201);
  });

  it('refuses a request without the file field, or not multipart, with 400', async () => {
    const wrongField = await upload(r1, visitA, bytes, { field: 'photo' });
    expect(wrongField.status).toBe(400);
    expect(paths(wrongField.body)).toEqual(['/file']);
    const json = await r1.post(`/visits/${visitA}/photos`, { file: 'aGVsbG8=' });
    expect(json.status).toBe(400);
  });

  it('answers 404 to those who may not see the visit, and for unknown visits', async () => {
    expect((await upload(r2, visitA, pngBytes(100))).status).toBe(404);
    expect((await upload(r1, otherRepVisit, pngBytes(100))).status).toBe(404);
    expect((await upload(r1, '0190a0a0-0000-7000-8000-000000000000', pngBytes(100))).status).toBe(404);
  });

  it('lets a manager of the rep add a photo to a team visit', async () => {
    expect((await upload(m1, visitA, pngBytes(120))).status).toBe(201);
  });
});

describe('POST /visits/{id}/photos with a malformed multipart body', () => {
  const photoCount = async () => (await r1.get(`/visits/${visitB}`)).body.photos.length as number;
  const boundary = '----fieldbeat-malformed';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="shelf.png"\r\nContent-Type: image/png\r\n\r\n`;
  const cases: [string, string, Buffer][] = [
    ['no boundary in the content type', 'multipart/form-data', multipart(pngBytes(300)).body],
    ['an empty boundary', 'multipart/form-data; boundary=', multipart(pngBytes(300)).body],
    ['a body cut off inside the file', `multipart/form-data; boundary=${boundary}`, Buffer.concat([Buffer.from(head), pngBytes(300)])],
    ['a body cut off inside the part headers', `multipart/form-data; boundary=${boundary}`, Buffer.from(head.slice(0, 40))],
    ['a body that never starts a part', `multipart/form-data; boundary=${boundary}`, Buffer.from('just some bytes, no boundary at all')],
    ['an empty body', `multipart/form-data; boundary=${boundary}`, Buffer.alloc(0)],
  ];

  it.each(cases)('%s: 400 naming file, nothing stored', async (_what, contentType, body) => {
    const before = await photoCount();
    const res = await r1.post(`/visits/${visitB}/photos`, body, { 'content-type': contentType });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(paths(res.body)).toEqual(['/file']);
    expect(await photoCount()).toBe(before);
  });
});

describe('GET /visits/{id}/photos/{photoId}', () => {
  let photoId: string;
  const bytes = jpegBytes(777);
  beforeAll(async () => {
    photoId = (await upload(r1, visitB, bytes)).body.id;
  });

  it('serves the bytes with their content type to those who may see the visit', async () => {
    for (const who of ['r1', 'm1', 'admin']) {
      const res = who === 'admin'
        ? await t.app.inject({ method: 'GET', url: `/api/v1/visits/${visitB}/photos/${photoId}`, headers: { authorization: `Bearer ${await login(t.app, 'admin', 'admin-password-for-tests')}` } })
        : await rawGet(who, `/visits/${visitB}/photos/${photoId}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/jpeg');
      expect(res.rawPayload.equals(bytes)).toBe(true);
    }
  });

  it('answers 404 to another rep, another team, and for a photo of another visit', async () => {
    expect((await rawGet('r2', `/visits/${visitB}/photos/${photoId}`)).statusCode).toBe(404);
    expect((await rawGet('r1b', `/visits/${visitB}/photos/${photoId}`)).statusCode).toBe(404);
    expect((await rawGet('m2', `/visits/${visitB}/photos/${photoId}`)).statusCode).toBe(404);
    expect((await rawGet('r1', `/visits/${visitA}/photos/${photoId}`)).statusCode).toBe(404);
  });
});

describe('the store’s signature (kind=signature) is not a photo', () => {
  it('is stored with the visit as its signature, left out of photos and of photoCount', async () => {
    const visit = (await r1.post('/visits', visitBody(org.ids.S1!, '2026-10-02T02:00:00Z', [line(org.ids.P1!)]))).body.id as string;
    const shelf = await upload(r1, visit, jpegBytes(901));
    expect(shelf.status).toBe(201);
    expect(shelf.body.kind).toBe('shelf');
    const m = multipart(pngBytes(902), { filename: 'signature.png', contentType: 'image/png' });
    const signature = await r1.post(`/visits/${visit}/photos?kind=signature`, m.body, m.headers);
    expect(signature.status).toBe(201);
    expect(signature.body.kind).toBe('signature');

    const detail = (await r1.get(`/visits/${visit}`)).body;
    expect(detail.photos).toEqual([shelf.body]);
    expect(detail.signature).toEqual(signature.body);
    const listed = (await m1.get(`/visits?storeId=${org.ids.S1}&from=2026-10-02&to=2026-10-02`)).body.items;
    expect(listed.map((v: { id: string; photoCount: number }) => [v.id, v.photoCount])).toEqual([[visit, 1]]);
    const full = (await m1.get(`/visits?storeId=${org.ids.S1}&from=2026-10-02&to=2026-10-02&include=lines`)).body.items[0];
    expect([full.photoCount, full.photos.length, full.signature?.id]).toEqual([1, 1, signature.body.id]);
    // a visit without one says so
    expect((await r1.get(`/visits/${visitA}`)).body.signature).toBeNull();
  });

  it('refuses another kind with 400 naming kind, storing nothing', async () => {
    const m = multipart(pngBytes(903));
    const res = await r1.post(`/visits/${visitA}/photos?kind=selfie`, m.body, m.headers);
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['/query/kind']);
    expect((await r1.get(`/visits/${visitA}`)).body.photos.some((p: { size: number }) => p.size === 903)).toBe(false);
  });
});

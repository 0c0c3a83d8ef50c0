import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { listAudit } from '../../db/repos/audit.js';
import { rolePermissions } from '../../db/repos/roles.js';
import { getUser } from '../../db/repos/users.js';
import { systemCaller, type Caller } from '../../lib/caller.js';
import { ApiError } from '../../lib/errors.js';
import { userPrincipal } from '../../lib/principal.js';
import { line, pngBytes, visitBody } from '../../test/field-work.js';
import { makeApp, seedOrg, type Org, type TestContext } from '../../test/helpers.js';
import { addVisitPhoto, visitPhoto } from './photos.js';

/*
 * The photo verb without HTTP: who may add comes before the upload is read, and the same bytes
 * sent again for the same visit are the same photo (one row, one audit entry).
 */

jest.setTimeout(60_000);

let t: TestContext;
let org: Org;
let visitId: string;

const callerOf = (username: string): Caller => {
  const user = getUser(t.app.db, org.ids[username]!)!;
  return { ...systemCaller(userPrincipal(user, rolePermissions(t.app.db, user.roleCode))), requestId: `req-${username}` };
};

beforeAll(async () => {
  t = await makeApp();
  org = await seedOrg(t.app);
  const r1 = await org.as('r1');
  visitId = (await r1.post('/visits', visitBody(org.ids.S1!, '2026-10-01T02:00:00Z', [line(org.ids.P1!)]))).body.id;
}, 120_000);
afterAll(async () => t.close());

describe('addVisitPhoto', () => {
  it('refuses a visit the caller cannot see (404) without reading the upload', async () => {
    const bytes = jest.fn(async () => pngBytes(300));
    await expect(addVisitPhoto(t.app.db, callerOf('r2'), { visitId, bytes }, t.config.dataDir)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addVisitPhoto(t.app.db, callerOf('gm'), { visitId: 'no-such-visit', bytes }, t.config.dataDir)).rejects.toBeInstanceOf(ApiError);
    expect(bytes).not.toHaveBeenCalled();
  });

  it('refuses bytes that are not an image (400) and stores nothing', async () => {
    const before = listAudit(t.app.db, { entity: 'photo', limit: 50 }).length;
    await expect(
      addVisitPhoto(t.app.db, callerOf('r1'), { visitId, bytes: async () => Buffer.from('not an image at all') }, t.config.dataDir),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(listAudit(t.app.db, { entity: 'photo', limit: 50 })).toHaveLength(before);
  });

  it('stores a photo once: the same bytes again for the same visit answer the same photo, audited once', async () => {
    const bytes = pngBytes(700);
    const first = await addVisitPhoto(t.app.db, callerOf('r1'), { visitId, kind: 'signature', bytes: async () => bytes }, t.config.dataDir);
    const again = await addVisitPhoto(t.app.db, callerOf('r1'), { visitId, bytes: async () => bytes }, t.config.dataDir);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ kind: 'signature', size: 700, contentType: 'image/png', duplicateOfVisitId: null });
    const audits = listAudit(t.app.db, { entity: 'photo', entityId: first.id, limit: 10 });
    expect(audits.map((a) => [a.action, a.requestId])).toEqual([['create', 'req-r1']]);
    const stored = await visitPhoto(t.app.db, callerOf('m1'), { visitId, photoId: first.id }, t.config.dataDir);
    expect(stored.bytes.equals(bytes)).toBe(true);
    expect(stored).toMatchObject({ contentType: 'image/png', sha256: first.sha256 });
  });
});

import { DEFAULT_SETTINGS } from '@fieldbeat/domain';
import { ApiError } from './index';
import { fakeApi } from '../test-utils/fake-api';
import * as org from './org';
import * as roles from './roles';

describe('versioned saves (If-Match)', () => {
  it('reads the settings with their ETag and saves with it, answering the new one', async () => {
    const net = fakeApi({
      'GET /settings': () => ({ body: DEFAULT_SETTINGS, headers: { etag: '"v4"' } }),
      'PUT /settings': () => ({ body: { ...DEFAULT_SETTINGS, gmApprovalThreshold: 8000 }, headers: { etag: '"v5"' } }),
    });
    const read = await org.settings();
    expect(read.etag).toBe('"v4"');
    const saved = await org.saveSettings({ ...read.data, gmApprovalThreshold: 8000 }, read.etag);
    expect(net.calls[1]!.headers['If-Match']).toBe('"v4"');
    expect(saved).toEqual({ data: expect.objectContaining({ gmApprovalThreshold: 8000 }), etag: '"v5"' });
  });

  it('turns a stale save into a 412 the page can explain', async () => {
    fakeApi({ 'PUT /settings': () => ({ status: 412, body: { title: 'Precondition failed', status: 412 } }) });
    const err = await org
      .saveSettings({ ...DEFAULT_SETTINGS }, '"v1"')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(412);
  });

  it('saves only the calendar lists, with the ETag', async () => {
    const net = fakeApi({ 'PUT /calendar/2026': () => ({ body: { year: 2026, holidays: ['2026-10-01'], workdays: [] }, headers: { etag: '"v2"' } }) });
    const edited = { year: 2026, holidays: ['2026-10-01'], workdays: [] };
    await org.saveCalendar(2026, edited, '"v1"');
    expect(net.calls[0]!.body).toEqual({ holidays: ['2026-10-01'], workdays: [] });
    expect(net.calls[0]!.headers['If-Match']).toBe('"v1"');
  });

  it('saves a role as a new version with If-Match, and lists versions newest first', async () => {
    const net = fakeApi({
      'PUT /roles/sales_rep': () => ({ body: { code: 'sales_rep', title: '业务员', permissions: [], version: 2 }, headers: { etag: '"v2"' } }),
      'GET /roles/sales_rep/versions': () => ({ body: { items: [{ code: 'sales_rep', version: 1 }, { code: 'sales_rep', version: 2 }], nextCursor: null } }),
    });
    const saved = await roles.save('sales_rep', { code: 'sales_rep', title: '业务员', permissions: [] }, '"v1"');
    expect(saved.data.version).toBe(2);
    expect(net.calls[0]!.headers['If-Match']).toBe('"v1"');
    expect((await roles.versions('sales_rep')).map((v) => v.version)).toEqual([2, 1]);
  });
});

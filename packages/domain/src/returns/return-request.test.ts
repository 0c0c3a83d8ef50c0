import { returnRequestCheck } from './return-request.js';

const on = '2026-11-20';

describe('returnRequestCheck', () => {
  test('a packaging-damage return states units left of a full package, left no more than full', () => {
    expect(returnRequestCheck({ reason: 'packaging_damage', contentsRemaining: 8, contentsTotal: 12 }, on)).toEqual({ ok: true });
    expect(returnRequestCheck({ reason: 'packaging_damage', contentsTotal: 12 }, on)).toMatchObject({ ok: false, code: 'VALIDATION', path: '/contentsRemaining' });
    expect(returnRequestCheck({ reason: 'packaging_damage', contentsRemaining: 8, contentsTotal: null }, on)).toMatchObject({ ok: false, path: '/contentsTotal' });
    expect(returnRequestCheck({ reason: 'packaging_damage', contentsRemaining: 13, contentsTotal: 12 }, on)).toMatchObject({
      ok: false,
      path: '/contentsRemaining',
      message: 'must not exceed contentsTotal',
    });
  });

  test('a slow-moving return states its production date, which is not after the request', () => {
    expect(returnRequestCheck({ reason: 'slow_moving', productionDate: '2026-06-01' }, on)).toEqual({ ok: true });
    expect(returnRequestCheck({ reason: 'slow_moving' }, on)).toMatchObject({ ok: false, path: '/productionDate' });
    expect(returnRequestCheck({ reason: 'slow_moving', productionDate: '2026-11-21' }, on)).toMatchObject({
      ok: false,
      path: '/productionDate',
      message: 'must not be after the request date',
    });
  });

  test('other reasons need neither, but a stated production date is still checked', () => {
    expect(returnRequestCheck({ reason: 'quality_defect' }, on)).toEqual({ ok: true });
    expect(returnRequestCheck({ reason: 'quality_defect', productionDate: on }, on)).toEqual({ ok: true });
    expect(returnRequestCheck({ reason: 'quality_defect', productionDate: '2026-12-01' }, on)).toMatchObject({ ok: false, path: '/productionDate' });
  });
});

import { validatePromotionApplication } from './promotion-application.js';

const valid = {
  title: 'Double festival end cap',
  source: 'store_request',
  storeIds: ['s1'],
  productIds: ['p1', 'p2'],
  startDate: '2026-12-20',
  endDate: '2027-01-03',
  purpose: 'Clear new-year stock',
  storeSupport: 'Free end-cap for two weeks',
  materials: [{ name: 'PP poster', qty: 4 }],
  staffCount: 1,
  estimatedCost: 3200.5,
  estimatedEffect: 'Sell 300 extra units',
};

const paths = (input: unknown) => validatePromotionApplication(input).errors.map((e) => e.path);

describe('validatePromotionApplication (R5, 促销活动申请表)', () => {
  test('a complete store-requested application passes', () => {
    expect(validatePromotionApplication(valid)).toEqual({ ok: true, errors: [] });
  });

  test('a store-requested promotion must state the store’s support', () => {
    expect(paths({ ...valid, storeSupport: undefined })).toEqual(['/storeSupport']);
    expect(paths({ ...valid, storeSupport: '  ' })).toEqual(['/storeSupport']);
  });

  test('a rep-initiated promotion must state the baseline and the estimated effect', () => {
    const rep = { ...valid, source: 'rep_initiated', storeSupport: undefined };
    expect(paths({ ...rep, baselineSales: 120 })).toEqual([]);
    expect(paths({ ...rep, baselineSales: '120 units a week' })).toEqual([]);
    expect(paths({ ...rep, estimatedEffect: undefined })).toEqual(['/baselineSales', '/estimatedEffect']);
  });

  test('a company promotion needs neither store support nor baseline', () => {
    expect(paths({ ...valid, source: 'company', storeSupport: undefined })).toEqual([]);
  });

  test('endDate must not be before startDate; equal is fine; past dates are fine', () => {
    expect(paths({ ...valid, endDate: '2026-12-19' })).toEqual(['/endDate']);
    expect(paths({ ...valid, endDate: '2026-12-20' })).toEqual([]);
    expect(paths({ ...valid, startDate: '2020-01-01', endDate: '2020-01-31' })).toEqual([]);
    expect(paths({ ...valid, startDate: '2026-02-30' })).toEqual(['/startDate']);
  });

  test('money, counts and lists are checked', () => {
    expect(paths({ ...valid, estimatedCost: 0.1 + 0.2 })).toEqual(['/estimatedCost']);
    expect(paths({ ...valid, staffCount: 1.5, materials: [{ name: '', qty: -1 }] })).toEqual([
      '/materials/0/name',
      '/materials/0/qty',
      '/staffCount',
    ]);
    expect(paths({ ...valid, storeIds: [], productIds: ['p1', 'p1'] })).toEqual(['/storeIds', '/productIds']);
    expect(paths({ ...valid, source: 'gm' })).toEqual(['/source']);
    expect(paths(null)).toEqual(['']);
  });
});

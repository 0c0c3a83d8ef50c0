import { buildPromotionBody, emptyPromotion, promotionErrors, type PromotionDraft } from './promotion-form';

const filled = (over: Partial<PromotionDraft> = {}): PromotionDraft => ({
  ...emptyPromotion(),
  title: '双十二堆头',
  storeIds: ['s1'],
  productIds: ['p1'],
  startDate: '2026-12-10',
  endDate: '2026-12-14',
  purpose: '清库存',
  storeSupport: '免堆头费',
  materials: [{ name: '堆头', qty: '1' }],
  staffCount: '2',
  estimatedCost: '1200.50',
  estimatedEffect: '+300 units',
  ...over,
});

describe('promotion application form', () => {
  it('accepts a complete store request', () => {
    expect(promotionErrors(filled())).toEqual({});
    expect(buildPromotionBody(filled())).toMatchObject({ estimatedCost: 1200.5, staffCount: 2, materials: [{ name: '堆头', qty: 1 }], storeSupport: '免堆头费' });
  });

  it("requires the store's support for a store request and the baseline for an own idea (R5)", () => {
    expect(Object.keys(promotionErrors(filled({ storeSupport: '' })))).toEqual(['storeSupport']);
    const own = filled({ source: 'rep_initiated', storeSupport: '' });
    expect(Object.keys(promotionErrors(own))).toEqual(['baselineSales']);
    expect(buildPromotionBody({ ...own, baselineSales: '120' }).baselineSales).toBe(120);
    expect(promotionErrors({ ...own, baselineSales: '120' })).toEqual({});
  });

  it('checks dates, money and materials like the server', () => {
    const errors = promotionErrors(filled({ endDate: '2026-12-01', estimatedCost: '12.345', materials: [{ name: '', qty: 'x' }] }));
    expect(Object.keys(errors).sort()).toEqual(['endDate', 'estimatedCost', 'materials.0.name', 'materials.0.qty']);
  });
});

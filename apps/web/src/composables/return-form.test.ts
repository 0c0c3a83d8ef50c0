import type { Product, Store } from '../api/types';
import { buildReturnBody, fieldsFor, liveEligibility, validateReturn, type ReturnDraft } from './return-form';

const product = { id: 'p1', shelfLifeDays: 365, clearance: null } as Product;
const store = { id: 's1', status: 'active' } as Store;
const draft = (over: Partial<ReturnDraft> = {}): ReturnDraft => ({
  storeId: 's1',
  productId: 'p1',
  qty: '6',
  reason: 'slow_moving',
  requestDate: '2026-11-26',
  productionDate: '',
  contentsRemaining: '',
  contentsTotal: '',
  notes: '',
  ...over,
});

describe('return form', () => {
  it('asks only for what the reason needs', () => {
    expect(fieldsFor('slow_moving')).toEqual(['productionDate']);
    expect(fieldsFor('packaging_damage')).toEqual(['contents']);
    expect(fieldsFor('quality_defect')).toEqual([]);
    expect(validateReturn(draft())).toEqual({ productionDate: 'required' });
    expect(validateReturn(draft({ reason: 'packaging_damage', contentsRemaining: '13', contentsTotal: '12' }))).toEqual({
      contentsRemaining: 'contents',
    });
    expect(validateReturn(draft({ qty: '0', reason: '' }))).toEqual({ qty: 'positiveInt', reason: 'required' });
  });

  it('shows the R2 decision live, with its branch and facts (worked examples)', () => {
    const ok = liveEligibility(draft({ productionDate: '2026-06-01' }), product, store);
    expect(ok).toMatchObject({ eligible: true, branch: 'slow_moving_enough_shelf_life' });
    expect(ok?.explanation).toMatchObject({ expiry: '2027-06-01', daysLeft: 187 });

    const late = liveEligibility(draft({ productionDate: '2026-01-01' }), product, store);
    expect(late).toMatchObject({ eligible: false, branch: 'slow_moving_too_close_to_expiry' });

    expect(liveEligibility(draft({ reason: 'packaging_damage', contentsRemaining: '9', contentsTotal: '12' }), product, store)?.eligible).toBe(true);
    expect(liveEligibility(draft({ reason: 'packaging_damage', contentsRemaining: '8', contentsTotal: '12' }), product, store)?.eligible).toBe(false);
    expect(liveEligibility(draft({ reason: 'store_closure' }), product, store)?.branch).toBe('store_active');
    expect(liveEligibility(draft({ reason: 'store_closure' }), product, { ...store, status: 'closing' })?.eligible).toBe(true);
  });

  it('uses the product clearance window', () => {
    const listed = { ...product, clearance: { from: '2026-11-01', to: '2026-11-30' } };
    expect(liveEligibility(draft({ reason: 'company_clearance' }), listed, store)?.eligible).toBe(true);
    expect(liveEligibility(draft({ reason: 'company_clearance' }), product, store)?.branch).toBe('clearance_not_listed');
  });

  it('sends only the fields of the chosen reason', () => {
    const body = buildReturnBody(draft({ reason: 'quality_defect', productionDate: '2026-01-01', notes: ' leaking ' }), 'id-1');
    expect(body).toEqual({ id: 'id-1', storeId: 's1', productId: 'p1', qty: 6, reason: 'quality_defect', requestDate: '2026-11-26', notes: 'leaking' });
  });
});

import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { renderExplanation } from '../explanations/render-explanation.js';
import { shiftDate } from '../time/calendar-date.js';
import { RETURN_ELIGIBILITY_BRANCHES, initialReturnStatus, returnEligibility, type ReturnEligibilityInput } from './return-eligibility.js';

const requestDate = '2026-11-26';

describe('returnEligibility (R2, 退货标准) — worked examples', () => {
  test('packaging_damage, 9 of 12 left: 27 > 24, eligible', () => {
    const r = returnEligibility({ reason: 'packaging_damage', requestDate, contentsRemaining: 9, contentsTotal: 12 });
    expect(r).toMatchObject({ eligible: true, branch: 'packaging_above_two_thirds' });
    expect(r.explanation).toMatchObject({ left: 27, right: 24 });
  });

  test('packaging_damage, 8 of 12 left (exactly 2/3): 24 > 24 is false, pending', () => {
    const r = returnEligibility({ reason: 'packaging_damage', requestDate, contentsRemaining: 8, contentsTotal: 12 });
    expect(r).toMatchObject({ eligible: false, branch: 'packaging_not_above_two_thirds' });
    expect(r.explanation).toMatchObject({ left: 24, right: 24 });
    expect(initialReturnStatus(r)).toBe('pending_approval');
  });

  test('slow_moving, shelf life 365, produced 2026-06-01: expiry 2027-06-01, 187 days left, eligible', () => {
    const r = returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-06-01', shelfLifeDays: 365 });
    expect(r).toMatchObject({ eligible: true, branch: 'slow_moving_enough_shelf_life' });
    expect(r.explanation).toMatchObject({ expiry: '2027-06-01', daysLeft: 187, threshold: 90 });
    expect(initialReturnStatus(r)).toBe('approved');
  });

  test('slow_moving, shelf life 365, produced 2026-01-01: expiry 2027-01-01, 36 days left, pending', () => {
    const r = returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-01-01', shelfLifeDays: 365 });
    expect(r).toMatchObject({ eligible: false, branch: 'slow_moving_too_close_to_expiry' });
    expect(r.explanation).toMatchObject({ expiry: '2027-01-01', daysLeft: 36 });
  });

  test('slow_moving, shelf life 180, produced 2026-07-29: expiry 2027-01-25, exactly 60 days, pending', () => {
    const r = returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-07-29', shelfLifeDays: 180 });
    expect(r.eligible).toBe(false);
    expect(r.explanation).toMatchObject({ expiry: '2027-01-25', daysLeft: 60 });
  });

  test('slow_moving, shelf life 180, produced 2026-08-28: expiry 2027-02-24, exactly 90 days, eligible', () => {
    const r = returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-08-28', shelfLifeDays: 180 });
    expect(r.eligible).toBe(true);
    expect(r.explanation).toMatchObject({ expiry: '2027-02-24', daysLeft: 90 });
  });

  test('store_closure for an active store: pending', () => {
    expect(returnEligibility({ reason: 'store_closure', requestDate, storeStatus: 'active' })).toMatchObject({
      eligible: false,
      branch: 'store_active',
    });
  });
});

describe('returnEligibility — edges', () => {
  test('89 days left is pending, 90 eligible, 91 eligible', () => {
    const at = (productionDate: string) =>
      returnEligibility({ reason: 'slow_moving', requestDate, productionDate, shelfLifeDays: 180 }).explanation.daysLeft;
    expect(at('2026-08-27')).toBe(89);
    expect(returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-08-27', shelfLifeDays: 180 }).eligible).toBe(false);
    expect(at('2026-08-29')).toBe(91);
  });

  test('a leap day: produced 2028-02-29 with a 365-day shelf life expires 2029-02-28', () => {
    const r = returnEligibility({ reason: 'slow_moving', requestDate: '2028-11-30', productionDate: '2028-02-29', shelfLifeDays: 365 });
    expect(r.explanation).toMatchObject({ expiry: '2029-02-28', daysLeft: 90 });
    expect(r.eligible).toBe(true);
  });

  test('missing inputs make the request non-standard, naming what is missing', () => {
    expect(returnEligibility({ reason: 'packaging_damage', requestDate, contentsTotal: 12 })).toMatchObject({
      eligible: false,
      branch: 'packaging_contents_missing',
      explanation: { missing: 'contentsRemaining' },
    });
    expect(returnEligibility({ reason: 'slow_moving', requestDate, shelfLifeDays: 180 })).toMatchObject({
      eligible: false,
      branch: 'slow_moving_production_date_missing',
    });
    expect(returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-08-28', shelfLifeDays: null })).toMatchObject({
      eligible: false,
      branch: 'slow_moving_shelf_life_missing',
    });
    expect(returnEligibility({ reason: 'store_closure', requestDate })).toMatchObject({ eligible: false, branch: 'store_status_missing' });
  });

  test('impossible contents and a production date after the request are not eligible', () => {
    expect(returnEligibility({ reason: 'packaging_damage', requestDate, contentsRemaining: 13, contentsTotal: 12 }).branch).toBe(
      'packaging_contents_inconsistent',
    );
    expect(returnEligibility({ reason: 'packaging_damage', requestDate, contentsRemaining: 0, contentsTotal: 0 }).branch).toBe(
      'packaging_contents_inconsistent',
    );
    expect(returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-11-27', shelfLifeDays: 365 })).toMatchObject({
      eligible: false,
      branch: 'slow_moving_produced_after_request',
    });
  });

  test('clearance windows include both ends', () => {
    const check = (from: string, to: string) =>
      returnEligibility({ reason: 'company_clearance', requestDate, clearanceWindows: [{ from, to }] }).eligible;
    expect(check('2026-11-26', '2026-12-31')).toBe(true); // starts on the request date
    expect(check('2026-11-01', '2026-11-26')).toBe(true); // ends on the request date
    expect(check('2026-11-01', '2026-11-25')).toBe(false); // ended the day before
    expect(check('2026-11-27', '2026-12-31')).toBe(false); // starts the day after
    expect(returnEligibility({ reason: 'company_clearance', requestDate }).branch).toBe('clearance_not_listed');
    expect(
      returnEligibility({
        reason: 'company_clearance',
        requestDate,
        clearanceWindows: [
          { from: '2026-01-01', to: '2026-01-31' },
          { from: '2026-11-20', to: '2026-11-30' },
        ],
      }).explanation,
    ).toMatchObject({ from: '2026-11-20', to: '2026-11-30' });
  });

  test('quality defects are always standard, other never; closing and closed stores are standard', () => {
    expect(returnEligibility({ reason: 'quality_defect', requestDate }).eligible).toBe(true);
    expect(returnEligibility({ reason: 'other', requestDate }).eligible).toBe(false);
    expect(returnEligibility({ reason: 'store_closure', requestDate, storeStatus: 'closing' }).eligible).toBe(true);
    expect(returnEligibility({ reason: 'store_closure', requestDate, storeStatus: 'closed' }).eligible).toBe(true);
  });

  test('malformed input throws VALIDATION', () => {
    expect(() => returnEligibility({ reason: 'quality_defect', requestDate: '2026-11-31' })).toThrow(DomainError);
    expect(() => returnEligibility({ reason: 'slow_moving', requestDate, productionDate: '2026-13-01', shelfLifeDays: 1 })).toThrow(DomainError);
    expect(() => returnEligibility({ reason: 'packaging_damage', requestDate, contentsRemaining: 1.5, contentsTotal: 3 })).toThrow(DomainError);
    expect(() => returnEligibility({ reason: 'bogus' as never, requestDate })).toThrow(DomainError);
  });

  test('every branch renders in both languages without a leftover placeholder', () => {
    const inputs: ReturnEligibilityInput[] = [
      { reason: 'packaging_damage', requestDate, contentsRemaining: 9, contentsTotal: 12 },
      { reason: 'packaging_damage', requestDate, contentsRemaining: 8, contentsTotal: 12 },
      { reason: 'packaging_damage', requestDate },
      { reason: 'packaging_damage', requestDate, contentsRemaining: 13, contentsTotal: 12 },
      { reason: 'quality_defect', requestDate },
      { reason: 'slow_moving', requestDate, productionDate: '2026-08-28', shelfLifeDays: 180 },
      { reason: 'slow_moving', requestDate, productionDate: '2026-07-29', shelfLifeDays: 180 },
      { reason: 'slow_moving', requestDate },
      { reason: 'slow_moving', requestDate, productionDate: '2026-08-28' },
      { reason: 'slow_moving', requestDate, productionDate: '2026-12-01', shelfLifeDays: 180 },
      { reason: 'company_clearance', requestDate, clearanceWindows: [{ from: '2026-11-01', to: '2026-11-30' }] },
      { reason: 'company_clearance', requestDate, clearanceWindows: [{ from: '2026-01-01', to: '2026-01-31' }] },
      { reason: 'company_clearance', requestDate },
      { reason: 'store_closure', requestDate, storeStatus: 'closed' },
      { reason: 'store_closure', requestDate, storeStatus: 'active' },
      { reason: 'store_closure', requestDate },
      { reason: 'other', requestDate },
    ];
    const branches = inputs.map((input) => {
      const r = returnEligibility(input);
      for (const locale of ['zh-CN', 'en'] as const) expect(renderExplanation(r.explanation, locale)).not.toMatch(/[{}]|^return\./);
      return r.branch;
    });
    expect(new Set(branches)).toEqual(new Set(RETURN_ELIGIBILITY_BRANCHES));
  });
});

describe('returnEligibility — properties', () => {
  test('property: more contents left never makes a packaging return less eligible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (total, r) => {
        const remaining = r % total;
        const elig = (n: number) => returnEligibility({ reason: 'packaging_damage', requestDate, contentsRemaining: n, contentsTotal: total }).eligible;
        if (elig(remaining)) expect(elig(remaining + 1)).toBe(true);
        // exactly the handbook's "more than 2/3"
        expect(elig(remaining)).toBe(remaining / total > 2 / 3 + Number.EPSILON || remaining * 3 > total * 2);
      }),
    );
  });

  test('property: a slow-moving return is eligible iff expiry lies at least 90 days after the request', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1200 }), (shelfLifeDays, age) => {
        const productionDate = shiftDate(requestDate, -age);
        const r = returnEligibility({ reason: 'slow_moving', requestDate, productionDate, shelfLifeDays });
        expect(r.explanation.daysLeft).toBe(shelfLifeDays - age);
        expect(r.eligible).toBe(shelfLifeDays - age >= 90);
      }),
    );
  });
});

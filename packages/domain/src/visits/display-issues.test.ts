import { renderExplanation } from '../explanations/render-explanation.js';
import { displayIssues, type DisplayLine, type DisplayProduct } from './display-issues.js';

const ctx = { visitDate: '2026-11-26', minFacings: 3 };
const plain: DisplayProduct = { retailPrice: 1250, isKey: false, isNew: false };
const good: DisplayLine = { shelfPrice: 1250, priceTagOk: true, facings: 3 };

describe('displayIssues (R3, 生动化陈列 / 价签)', () => {
  test('a compliant line has no issues', () => {
    expect(displayIssues(good, { ...plain, isKey: true }, ctx)).toEqual({ issues: [], details: {} });
  });

  test('facings below the minimum matter for key, new and promoted products only', () => {
    const thin = { ...good, facings: 2 };
    expect(displayIssues(thin, plain, ctx).issues).toEqual([]);
    expect(displayIssues(thin, { ...plain, isKey: true }, ctx).issues).toEqual(['facings_below_minimum']);
    expect(displayIssues(thin, { ...plain, isNew: true }, ctx).issues).toEqual(['facings_below_minimum']);
    expect(displayIssues({ ...thin, onPromo: true, shelfPrice: 990 }, plain, ctx).issues).toEqual(['facings_below_minimum']);
    expect(displayIssues(thin, { ...plain, isKey: true }, { ...ctx, minFacings: 2 }).issues).toEqual([]);
  });

  test('a missing price tag', () => {
    expect(displayIssues({ ...good, priceTagOk: false }, plain, ctx).issues).toEqual(['price_tag_missing']);
  });

  test('a price mismatch counts only off promotion', () => {
    const r = displayIssues({ ...good, shelfPrice: 1290 }, plain, ctx);
    expect(r.issues).toEqual(['price_mismatch']);
    expect(r.details.price_mismatch?.params).toEqual({ shelfPrice: '12.90', retailPrice: '12.50', difference: '0.40' });
    expect(displayIssues({ ...good, shelfPrice: 990, onPromo: true, promoEnd: '2026-11-30' }, plain, ctx).issues).toEqual([]);
  });

  test('a promotion tag is expired when its end date is before the visit date (not on it)', () => {
    const promo = { ...good, shelfPrice: 990, onPromo: true };
    expect(displayIssues({ ...promo, promoEnd: '2026-11-25' }, plain, ctx).issues).toEqual(['promo_tag_expired']);
    expect(displayIssues({ ...promo, promoEnd: '2026-11-26' }, plain, ctx).issues).toEqual([]);
    expect(displayIssues({ ...promo, promoEnd: null }, plain, ctx).issues).toEqual([]);
    expect(displayIssues({ ...good, onPromo: false, promoEnd: '2026-01-01' }, plain, ctx).issues).toEqual([]);
  });

  test('all four at once, in catalogue order, each explained in both languages', () => {
    const r = displayIssues(
      { shelfPrice: 990, priceTagOk: false, facings: 1, onPromo: true, promoEnd: '2026-11-01' },
      { ...plain, isNew: true },
      ctx,
    );
    expect(r.issues).toEqual(['facings_below_minimum', 'price_tag_missing', 'promo_tag_expired']);
    for (const code of r.issues) {
      const explanation = r.details[code];
      expect(explanation).toBeDefined();
      for (const locale of ['en', 'zh-CN'] as const) expect(renderExplanation(explanation!, locale)).not.toMatch(/[{}]/);
    }
  });

  test('invalid numbers are refused', () => {
    expect(() => displayIssues({ ...good, facings: -1 }, plain, ctx)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => displayIssues({ ...good, shelfPrice: 12.5 }, plain, ctx)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

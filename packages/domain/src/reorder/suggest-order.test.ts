import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { renderExplanation } from '../explanations/render-explanation.js';
import { suggestOrder } from './suggest-order.js';

const R1 = { factor: 1.5, packSize: 1 };

describe('suggestOrder (R1, 1.5倍订量原则)', () => {
  // RULES R1, verbatim: prevStock, prevOrder, currentStock, packSize, sold, raw, suggested
  test.each([
    [20, 30, 10, 1, 40, 50, 50],
    [5, 12, 3, 1, 14, 18, 18],
    [10, 0, 10, 1, 0, -10, 0],
    [3, 4, 2, 1, 5, 5.5, 6],
    [3, 4, 2, 12, 5, 5.5, 12],
    [4, 0, 9, 1, 0, -9, 0],
  ])('prev %p + ordered %p, now %p, pack %p: sold %p, raw %p, suggest %p', (prevStock, prevOrder, currentStock, packSize, sold, raw, suggested) => {
    const result = suggestOrder({ prevStock, prevOrder }, currentStock, { factor: 1.5, packSize });
    expect(result).toMatchObject({ reason: 'computed', sold, raw, suggested });
  });

  test('the data inconsistency of the last row is flagged', () => {
    expect(suggestOrder({ prevStock: 4, prevOrder: 0 }, 9, R1).flags).toEqual(['stock_rose_without_order']);
    expect(suggestOrder({ prevStock: 20, prevOrder: 30 }, 10, R1).flags).toEqual([]);
  });

  test('the formula shows the computation', () => {
    expect(suggestOrder({ prevStock: 20, prevOrder: 30 }, 10, R1).formula).toBe('(20 + 30 - 10) × 1.5 - 10 = 50');
    expect(suggestOrder({ prevStock: 3, prevOrder: 4 }, 2, R1).formula).toBe('(3 + 4 - 2) × 1.5 - 2 = 5.5');
    expect(suggestOrder({ prevStock: 4, prevOrder: 0 }, 9, R1).formula).toBe('max(0, 4 + 0 - 9) × 1.5 - 9 = -9');
  });

  test('the explanation renders in both languages', () => {
    const result = suggestOrder({ prevStock: 3, prevOrder: 4 }, 2, { factor: 1.5, packSize: 12 });
    expect(renderExplanation(result.explanation, 'en')).toBe(
      '1.5× reorder rule: (3 + 4 - 2) × 1.5 - 2 = 5.5; rounded up to whole packs of 12, suggest ordering 12.',
    );
    expect(renderExplanation(result.explanation, 'zh-CN')).toContain('建议订货 12');
  });

  test('without a previous visit there is no suggestion', () => {
    expect(suggestOrder(null, 7, R1)).toMatchObject({ suggested: null, reason: 'no_history', sold: null, raw: null, formula: '', flags: [] });
  });

  test('a decimal factor is exact where float arithmetic is not', () => {
    expect(50 * 1.1).toBeGreaterThan(55); // 55.00000000000001: Math.ceil would give 56
    expect(suggestOrder({ prevStock: 50, prevOrder: 0 }, 0, { factor: 1.1, packSize: 1 })).toMatchObject({ raw: 55, suggested: 55 });
    expect(suggestOrder({ prevStock: 7, prevOrder: 0 }, 0, { factor: 1.15, packSize: 1 })).toMatchObject({ raw: 8.05, suggested: 9 });
  });

  test.each([
    [{ prevStock: -1, prevOrder: 0 }, 0, R1],
    [{ prevStock: 1.5, prevOrder: 0 }, 0, R1],
    [{ prevStock: 1, prevOrder: 0 }, -2, R1],
    [{ prevStock: 1, prevOrder: 0 }, 0, { factor: 0, packSize: 1 }],
    [{ prevStock: 1, prevOrder: 0 }, 0, { factor: 1.1234567, packSize: 1 }],
    [{ prevStock: 1, prevOrder: 0 }, 0, { factor: 1.5, packSize: 0 }],
  ])('invalid input %#: VALIDATION', (history, current, opts) => {
    expect(() => suggestOrder(history, current, opts)).toThrow(DomainError);
  });

  const quantity = fc.integer({ min: 0, max: 100_000 });
  const tenths = fc.integer({ min: 1, max: 50 }); // factor 0.1 .. 5.0
  const pack = fc.integer({ min: 1, max: 48 });

  test('property: never negative, a multiple of the pack size, and the smallest such ≥ raw', () => {
    fc.assert(
      fc.property(quantity, quantity, quantity, tenths, pack, (prevStock, prevOrder, currentStock, t, packSize) => {
        const r = suggestOrder({ prevStock, prevOrder }, currentStock, { factor: t / 10, packSize });
        const s = r.suggested as number;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s % packSize).toBe(0);
        // exact in tenths: raw × 10 = sold × t − currentStock × 10
        const raw10 = Math.max(0, prevStock + prevOrder - currentStock) * t - currentStock * 10;
        expect(s * 10).toBeGreaterThanOrEqual(raw10);
        if (s > 0) expect((s - packSize) * 10).toBeLessThan(raw10);
      }),
    );
  });

  test('property: null exactly when there is no history', () => {
    fc.assert(
      fc.property(fc.option(fc.record({ prevStock: quantity, prevOrder: quantity }), { nil: null }), quantity, (history, currentStock) => {
        const r = suggestOrder(history, currentStock, R1);
        expect(r.suggested === null).toBe(history === null);
        expect(r.reason).toBe(history === null ? 'no_history' : 'computed');
      }),
    );
  });
});

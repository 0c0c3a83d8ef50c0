import { renderExplanation } from '../explanations/render-explanation.js';
import { baselineWindow, promotionEffect } from './promotion-effect.js';

const window = { start: '2026-12-01', end: '2026-12-14' };

describe('promotionEffect (R5 effect)', () => {
  test('the baseline is the equally long window right before', () => {
    expect(baselineWindow(window)).toEqual({ start: '2026-11-17', end: '2026-11-30' });
    expect(baselineWindow({ start: '2027-01-01', end: '2027-01-01' })).toEqual({ start: '2026-12-31', end: '2026-12-31' });
    expect(() => baselineWindow({ start: '2027-01-02', end: '2027-01-01' })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  test('uplift, extra units and cost per extra unit', () => {
    const effect = promotionEffect({ window, ordersInWindow: 450, ordersBefore: 300, actualCostMinor: 300000, estimatedEffect: 200 });
    expect(effect).toMatchObject({
      unitsInWindow: 450,
      unitsBefore: 300,
      extraUnits: 150,
      upliftPct: 50,
      costPerExtraUnitMinor: 2000,
      vsEstimate: { estimatedExtraUnits: 200, differenceUnits: -50 },
    });
    expect(renderExplanation(effect.explanation, 'en')).toContain('150 more (50%)');
  });

  test('dated orders are summed per window; outside both windows they are ignored', () => {
    const orders = [
      { date: '2026-11-16', qty: 999 }, // before the baseline
      { date: '2026-11-17', qty: 10 },
      { date: '2026-11-30', qty: 20 },
      { date: '2026-12-01', qty: 40 },
      { date: '2026-12-14', qty: 5 },
      { date: '2026-12-15', qty: 999 }, // after the promotion
    ];
    expect(promotionEffect({ window, ordersInWindow: orders, ordersBefore: orders, actualCostMinor: 0 })).toMatchObject({
      unitsInWindow: 45,
      unitsBefore: 30,
      extraUnits: 15,
      upliftPct: 50,
      costPerExtraUnitMinor: 0,
    });
  });

  test('rounding: uplift to 1 decimal, cost per unit to the cent, half away from zero', () => {
    expect(promotionEffect({ window, ordersInWindow: 4, ordersBefore: 3, actualCostMinor: 1000 })).toMatchObject({ upliftPct: 33.3, costPerExtraUnitMinor: 1000 });
    expect(promotionEffect({ window, ordersInWindow: 2, ordersBefore: 3, actualCostMinor: 1000 })).toMatchObject({ upliftPct: -33.3, costPerExtraUnitMinor: null });
    expect(promotionEffect({ window, ordersInWindow: 3, ordersBefore: 0, actualCostMinor: 1000 })).toMatchObject({ upliftPct: null, costPerExtraUnitMinor: 333 });
    expect(promotionEffect({ window, ordersInWindow: 3, ordersBefore: 1, actualCostMinor: 1001 }).costPerExtraUnitMinor).toBe(501);
    expect(promotionEffect({ window, ordersInWindow: 3001, ordersBefore: 2000, actualCostMinor: 0 }).upliftPct).toBe(50.1); // 50.05 rounds up
  });

  test('every outcome is explained in both languages', () => {
    for (const [inWindow, before] of [[450, 300], [2, 3], [3, 0]] as const) {
      const e = promotionEffect({ window, ordersInWindow: inWindow, ordersBefore: before, actualCostMinor: 1000 });
      for (const locale of ['en', 'zh-CN'] as const) expect(renderExplanation(e.explanation, locale)).not.toMatch(/[{}]/);
    }
  });
});

describe('promotionEffect with no orders at all', () => {
  it('names neither a percentage nor a cost per unit it cannot compute', () => {
    const effect = promotionEffect({
      window: { start: '2026-11-01', end: '2026-11-07' },
      ordersInWindow: [],
      ordersBefore: [],
      actualCostMinor: 120000,
    });
    expect(effect.upliftPct).toBeNull();
    expect(effect.costPerExtraUnitMinor).toBeNull();
    expect(effect.explanation.key).toBe('promotion_effect.no_orders');
    expect(renderExplanation(effect.explanation, 'zh-CN')).not.toMatch(/每增加一件\s*[）)]/);
    expect(renderExplanation(effect.explanation, 'en')).toContain('no cost per extra unit');
  });
});

describe('promotionEffect before actuals are reported', () => {
  test('on the estimate: the cost per extra unit uses it, and the sentence says it is the estimate', () => {
    const e = promotionEffect({ window, ordersInWindow: 450, ordersBefore: 300, actualCostMinor: null, estimatedCostMinor: 260000 });
    expect(e).toMatchObject({ costBasis: 'estimated', extraUnits: 150, costPerExtraUnitMinor: 1733 });
    expect(e.explanation.key).toBe('promotion_effect.gain.estimated');
    const zh = renderExplanation(e.explanation, 'zh-CN');
    expect(zh).toContain('尚未上报实际费用，按预计费用 ¥2,600.00 计，每增加一件 ¥17.33');
    expect(zh).not.toContain('实际费用 ¥');
    expect(renderExplanation(e.explanation, 'en')).toContain('no actual cost reported yet: on the estimated cost of ¥2,600.00, ¥17.33 per extra unit');
  });

  test('without any cost (the report): no cost per extra unit, and the sentence says none is reported', () => {
    const e = promotionEffect({ window, ordersInWindow: 450, ordersBefore: 300, actualCostMinor: null });
    expect(e).toMatchObject({ costBasis: 'unreported', extraUnits: 150, upliftPct: 50, costPerExtraUnitMinor: null });
    expect(renderExplanation(e.explanation, 'zh-CN')).toContain('尚未上报实际费用');
    expect(renderExplanation(e.explanation, 'zh-CN')).not.toMatch(/实际费用 [¥0-9]/);
  });

  test('reported actuals win over the estimate', () => {
    const e = promotionEffect({ window, ordersInWindow: 450, ordersBefore: 300, actualCostMinor: 300000, estimatedCostMinor: 260000 });
    expect(e).toMatchObject({ costBasis: 'actual', costPerExtraUnitMinor: 2000 });
    expect(renderExplanation(e.explanation, 'zh-CN')).toContain('实际费用 ¥3,000.00，每增加一件 ¥20.00');
  });

  test('every outcome on every basis is explained in both languages', () => {
    for (const [inWindow, before] of [[450, 300], [2, 3], [3, 0], [0, 0]] as const) {
      for (const costs of [{ actualCostMinor: 1000 }, { actualCostMinor: null, estimatedCostMinor: 1000 }, { actualCostMinor: null }]) {
        const e = promotionEffect({ window, ordersInWindow: inWindow, ordersBefore: before, ...costs });
        for (const locale of ['en', 'zh-CN'] as const) expect(renderExplanation(e.explanation, locale)).not.toMatch(/[{}]/);
      }
    }
  });
});

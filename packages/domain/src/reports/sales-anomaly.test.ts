import fc from 'fast-check';
import { renderExplanation } from '../explanations/render-explanation.js';
import { comparablePeriod, salesAnomaly, type SalesAnomalyInput } from './sales-anomaly.js';

// The defaults: ±30 %, at least 20 units and ¥200.00 in each period.
const rule = (current: [number, number | bigint], previous: [number, number | bigint], over: Partial<SalesAnomalyInput> = {}) =>
  salesAnomaly({
    current: { qty: current[0], amountMinor: current[1] },
    previous: { qty: previous[0], amountMinor: previous[1] },
    thresholdPct: 30,
    minUnits: 20,
    minAmountMinor: 20000,
    ...over,
  });

describe('salesAnomaly (异动 with a minimum volume) — the worked examples of docs/domain.md', () => {
  test('1. noise: 5 units (¥60.00) against 2 (¥24.00) is +150 % but below the minimum: not an anomaly', () => {
    const r = rule([5, 6000], [2, 2400]);
    expect(r).toMatchObject({ anomaly: false, changePct: 150, branch: 'below_minimum', short: ['current', 'previous'] });
    expect(r.explanation.key).toBe('sales_anomaly.below_minimum_both');
    expect(renderExplanation(r.explanation, 'en')).toBe(
      '5 units (¥60.00) against 2 (¥24.00) in the comparable period: both periods are below the volume needed to compare (at least 20 units and ¥200.00 in each period), so it is not judged an anomaly.',
    );
  });

  test('2. a real drop: 40 units (¥480.00) against 80 (¥960.00) is −50 %: an anomaly', () => {
    const r = rule([40, 48000], [80, 96000]);
    expect(r).toMatchObject({ anomaly: true, changePct: -50, branch: 'beyond_threshold', short: [] });
    expect(renderExplanation(r.explanation, 'zh-CN')).toBe(
      '本期 40 件（¥480.00），对比期 80 件（¥960.00）：变化 -50%，超出 ±30%，属异动，需说明原因。',
    );
  });

  test('3. ordinary change: 110 units (¥1,320.00) against 100 (¥1,200.00) is +10 %: within', () => {
    const r = rule([110, 132000], [100, 120000]);
    expect(r).toMatchObject({ anomaly: false, changePct: 10, branch: 'within_threshold' });
    expect(renderExplanation(r.explanation, 'en')).toBe('110 units (¥1,320.00) against 100 (¥1,200.00) in the comparable period: 10%, within ±30%.');
  });

  test('4. exactly the threshold: 130 against 100 units is +30 %, not beyond; 131 is', () => {
    expect(rule([130, 156000], [100, 120000])).toMatchObject({ anomaly: false, changePct: 30, branch: 'within_threshold' });
    expect(rule([131, 157200], [100, 120000])).toMatchObject({ anomaly: true, changePct: 31, branch: 'beyond_threshold' });
  });

  test('5. new this period: 50 units (¥600.00) against nothing: no percentage, the comparable period is below the minimum', () => {
    const r = rule([50, 60000], [0, 0]);
    expect(r).toMatchObject({ anomaly: false, changePct: null, branch: 'below_minimum', short: ['previous'] });
    expect(r.explanation.key).toBe('sales_anomaly.below_minimum_previous');
  });

  test('6. enough units, too little money: 25 units of a ¥1.00 item (¥25.00) against 50 (¥50.00) is −50 % but not material', () => {
    const r = rule([25, 2500], [50, 5000]);
    expect(r).toMatchObject({ anomaly: false, changePct: -50, branch: 'below_minimum', short: ['current', 'previous'] });
  });

  test('7. the minimums at their edge: exactly 20 units and ¥200.00 in each period reaches it', () => {
    expect(rule([20, 20000], [40, 40000])).toMatchObject({ anomaly: true, changePct: -50, branch: 'beyond_threshold' });
    expect(rule([19, 20000], [40, 40000])).toMatchObject({ anomaly: false, short: ['current'] });
    expect(rule([20, 19999], [40, 40000])).toMatchObject({ anomaly: false, short: ['current'] });
  });

  test('8. minimums of 0 switch the volume test off: 5 against 2 is an anomaly again', () => {
    expect(rule([5, 6000], [2, 2400], { minUnits: 0, minAmountMinor: 0 })).toMatchObject({ anomaly: true, branch: 'beyond_threshold' });
    const fromNothing = rule([5, 6000], [0, 0], { minUnits: 0, minAmountMinor: 0 });
    expect(fromNothing).toMatchObject({ anomaly: true, changePct: null, branch: 'beyond_threshold' });
    expect(renderExplanation(fromNothing.explanation, 'en')).toBe('5 units (¥60.00) against nothing in the comparable period: an anomaly to explain.');
  });

  test('the result carries its inputs; amounts past 2^53 stay exact', () => {
    const r = rule([100, 2n ** 60n], [100, 2n ** 60n]);
    expect(r.inputs).toEqual({
      currentQty: 100,
      currentAmountMinor: String(2n ** 60n),
      previousQty: 100,
      previousAmountMinor: String(2n ** 60n),
      thresholdPct: 30,
      minUnits: 20,
      minAmountMinor: 20000,
    });
  });

  test('malformed input is VALIDATION naming the field', () => {
    expect(() => rule([-1, 0], [0, 0])).toThrow(expect.objectContaining({ code: 'VALIDATION', errors: [{ path: '/current/qty', message: expect.any(String) }] }));
    expect(() => rule([1, 0], [0, -1n])).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: '/previous/amountMinor' })] }));
    expect(() => rule([1, 0], [0, 0], { minUnits: 1.5 })).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: '/minUnits' })] }));
    expect(() => rule([1, 0], [0, 0], { thresholdPct: 0 })).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: '/thresholdPct' })] }));
  });

  test('property: an anomaly needs both periods at the minimum and a change beyond the threshold', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(50), fc.integer({ min: 1, max: 200 }), (current, previous, minUnits, threshold) => {
        const r = rule([current, current * 100], [previous, previous * 100], { minUnits, minAmountMinor: 0, thresholdPct: threshold });
        const enough = current >= minUnits && previous >= minUnits;
        const beyond = previous === 0 ? current > 0 : Math.abs(current - previous) * 100 > threshold * previous;
        expect(r.anomaly).toBe(enough && beyond);
      }),
    );
  });
});

describe('comparablePeriod: the same weekdays, whole weeks before', () => {
  test.each([
    // Tue 1 – Thu 3 Dec 2026 → Tue 24 – Thu 26 Nov
    ['2026-12-01', '2026-12-03', '2026-11-24', '2026-11-26', 7],
    // one week → the week before
    ['2026-11-30', '2026-12-06', '2026-11-23', '2026-11-29', 7],
    // 8 days → two weeks back (a gap of 6 days, never an overlap)
    ['2026-12-01', '2026-12-08', '2026-11-17', '2026-11-24', 14],
    // November (30 days) → the 30 days five weeks earlier
    ['2026-11-01', '2026-11-30', '2026-09-27', '2026-10-26', 35],
    // a single day → the same weekday a week before
    ['2027-01-01', '2027-01-01', '2026-12-25', '2026-12-25', 7],
  ])('%s..%s → %s..%s (%p days back)', (from, to, pFrom, pTo, shiftDays) => {
    expect(comparablePeriod(from, to)).toMatchObject({ from: pFrom, to: pTo, shiftDays });
  });

  test('property: equal length, the same weekday at each end, ends before from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 365 }), (start, len) => {
        const from = new Date(Date.UTC(2024, 0, 1 + start)).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2024, 0, 1 + start + len)).toISOString().slice(0, 10);
        const p = comparablePeriod(from, to);
        const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
        expect(day(p.to) - day(p.from)).toBe(len);
        expect((day(from) - day(p.from)) % 7).toBe(0);
        expect(day(p.to)).toBeLessThan(day(from));
        expect(day(from) - day(p.to)).toBeLessThanOrEqual(7);
      }),
    );
  });

  test('to before from is VALIDATION', () => {
    expect(() => comparablePeriod('2026-12-03', '2026-12-01')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

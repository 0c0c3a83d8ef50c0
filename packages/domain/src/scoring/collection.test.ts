import fc from 'fast-check';
import { toMinor } from '../money/money.js';
import { carryInFor, collectionActual, collectionCarryIn, collectionChain, collectionLine } from './collection.js';

const line = (plan: number | null, actual: number, carryIn = 0) =>
  collectionLine({ planMinor: plan === null ? null : toMinor(plan), actualMinor: toMinor(actual), carryInMinor: toMinor(carryIn), pointsPerPercent: 0.5 });

describe('collectionLine (R4 回款完成率) — worked examples', () => {
  test('plan 100000, actual 97400: rate 97.4%, d = -2.6, points -1.0', () => {
    expect(line(100000, 97400)).toMatchObject({ ratePercent: '97.4', deviationPercent: '-2.6', countedPercent: -2, points: -1 });
  });

  test('plan 100000, actual 102999.99: d = 2.99999, points +1.0', () => {
    expect(line(100000, 102999.99)).toMatchObject({ ratePercent: '102.99999', deviationPercent: '2.99999', countedPercent: 2, points: 1 });
  });

  test('plan 100000, actual 103000: points +1.5', () => {
    expect(line(100000, 103000)).toMatchObject({ countedPercent: 3, points: 1.5 });
  });

  test('October: plan 50000, actual 40000, carryIn(November) = 10000; November: effective 60000, actual 63000, 105%, +2.5', () => {
    expect(collectionCarryIn(toMinor(50000), toMinor(40000))).toBe(toMinor(10000));
    const november = line(50000, 63000, 10000);
    expect(november).toMatchObject({ effectivePlanMinor: toMinor(60000), ratePercent: '105', countedPercent: 5, points: 2.5 });
  });

  test('collections 80000 booked in November, one refund of 3000 executed in November: actual 77000', () => {
    const actual = collectionActual(
      '2026-11',
      [
        { date: '2026-11-10', amountMinor: toMinor(50000) },
        { date: '2026-11-30', amountMinor: toMinor(30000) },
        { date: '2026-12-01', amountMinor: toMinor(9999) }, // December: ignored
      ],
      [
        { date: '2026-11-20', amountMinor: toMinor(3000) },
        { date: '2026-10-31', amountMinor: toMinor(500) }, // October: ignored
      ],
    );
    expect(actual).toEqual({ collectedMinor: toMinor(80000), refundedMinor: toMinor(3000), actualMinor: toMinor(77000) });
  });
});

describe('collectionLine — edges', () => {
  test('exactly 100% scores 0', () => {
    expect(line(100000, 100000)).toMatchObject({ ratePercent: '100', deviationPercent: '0', countedPercent: 0, points: 0 });
  });

  test('truncation is toward 100% on both sides', () => {
    expect(line(100000, 96999.99).points).toBe(-1.5); // d = -3.00001: 3 whole points
    expect(line(100000, 97000.01).points).toBe(-1); // d = -2.99999
    expect(line(100000, 99000.01).points).toBe(0); // d = -0.99999
    expect(line(100000, 100999.99).points).toBe(0);
  });

  test('a rate of exactly 2/3 (66.666…%) counts 33 whole points; the shown rate is truncated toward 100%', () => {
    expect(line(3, 2)).toMatchObject({ ratePercent: '66.66667', deviationPercent: '-33.33333', countedPercent: -33, points: -16.5 });
  });

  test('no plan and nothing carried in: not applicable, 0 points', () => {
    expect(line(null, 5000)).toMatchObject({ applicable: false, points: 0, ratePercent: null, explanation: { key: 'score.collection.not_applicable' } });
    expect(line(0, 5000)).toMatchObject({ applicable: false, points: 0 });
    // a carry-in alone is a plan (当月未完成回款额滚动加入下月计划)
    expect(line(null, 5000, 10000)).toMatchObject({ applicable: true, ratePercent: '50', points: -25 });
  });

  test('refunds above collections make the rate negative', () => {
    expect(line(1000, -10)).toMatchObject({ ratePercent: '-1', countedPercent: -101, points: -50.5 });
  });

  test('points per percent from the scheme', () => {
    expect(collectionLine({ planMinor: 100, actualMinor: 110, carryInMinor: 0, pointsPerPercent: 1 }).points).toBe(10);
    expect(() => collectionLine({ planMinor: 100, actualMinor: 110, carryInMinor: 0, pointsPerPercent: 0.3 })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });

  test('property: the counted points are exactly the truncated deviation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: 0, max: 3 * 10 ** 12 }), (plan, actual) => {
        const r = collectionLine({ planMinor: plan, actualMinor: actual, carryInMinor: 0, pointsPerPercent: 0.5 });
        const counted = Math.abs(r.countedPercent as number);
        const gap = 100n * BigInt(Math.abs(actual - plan));
        // counted = trunc(|d|)  ⇔  counted × plan ≤ 100·|actual − plan| < (counted + 1) × plan
        expect(BigInt(counted) * BigInt(plan) <= gap).toBe(true);
        expect(gap < BigInt(counted + 1) * BigInt(plan)).toBe(true);
        expect(Math.sign(r.countedPercent as number)).toBe(counted === 0 ? 0 : Math.sign(actual - plan));
        expect(r.points).toBe((r.countedPercent as number) * 0.5);
      }),
    );
  });

  test('property: more collected never scores fewer points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 2 * 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 6 }), (plan, a, more) => {
        const p = (actual: number) => collectionLine({ planMinor: plan, actualMinor: actual, carryInMinor: 0, pointsPerPercent: 0.5 }).points;
        expect(p(a + more)).toBeGreaterThanOrEqual(p(a));
      }),
    );
  });
});

describe('collectionChain', () => {
  test('carries shortfalls forward, never surpluses, and passes through a month without records', () => {
    const chain = collectionChain(
      [
        { month: '2026-09', planMinor: 5_000_000, actualMinor: 6_000_000 }, // surplus: nothing carried
        { month: '2026-10', planMinor: 5_000_000, actualMinor: 4_000_000 },
        { month: '2026-11', planMinor: 5_000_000, actualMinor: 6_300_000 },
        { month: '2027-01', planMinor: 1_000_000, actualMinor: 0 },
      ],
      '2027-02',
    );
    expect(chain.map((m) => [m.month, m.carryInMinor, m.effectivePlanMinor])).toEqual([
      ['2026-09', 0, 5_000_000],
      ['2026-10', 0, 5_000_000],
      ['2026-11', 1_000_000, 6_000_000],
      ['2026-12', 0, 0],
      ['2027-01', 0, 1_000_000],
      ['2027-02', 1_000_000, 1_000_000],
    ]);
  });

  test('carryInFor reads the months before', () => {
    const months = [
      { month: '2026-10', planMinor: 5_000_000, actualMinor: 4_000_000 },
      { month: '2026-11', planMinor: 5_000_000, actualMinor: 6_300_000 },
    ];
    expect(carryInFor('2026-11', months)).toBe(1_000_000);
    expect(carryInFor('2026-12', months)).toBe(0);
    expect(carryInFor('2026-10', months)).toBe(0);
    expect(carryInFor('2027-01', [{ month: '2026-11', planMinor: 100, actualMinor: 0 }])).toBe(100); // through an empty December
  });

  test('a month given twice is refused', () => {
    expect(() =>
      collectionChain([
        { month: '2026-10', planMinor: 1, actualMinor: 0 },
        { month: '2026-10', planMinor: 2, actualMinor: 0 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

import fc from 'fast-check';
import { salesChange } from './sales-change.js';

describe('salesChange (异动)', () => {
  test.each([
    [130, 100, 30, 30, false], // exactly the threshold: not beyond
    [131, 100, 30, 31, true],
    [70, 100, 30, -30, false],
    [69, 100, 30, -31, true],
    [100, 100, 30, 0, false],
    [2, 3, 30, -33.3, true],
    [1001, 1000, 0.1, 0.1, false],
    [1002, 1000, 0.1, 0.2, true],
  ])('%p against %p with threshold %p%%: %p%%, anomaly %p', (current, previous, thresholdPct, changePct, anomaly) => {
    expect(salesChange({ current, previous, thresholdPct })).toMatchObject({ changePct, anomaly });
  });

  test('from nothing is an anomaly without a percentage; nothing to nothing is no change', () => {
    expect(salesChange({ current: 5, previous: 0, thresholdPct: 30 })).toMatchObject({ changePct: null, anomaly: true });
    expect(salesChange({ current: 0, previous: 0, thresholdPct: 30 })).toMatchObject({ changePct: 0, anomaly: false });
  });

  test('property: anomaly iff |current − previous| × 100 > threshold × previous', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: 1, max: 10 ** 7 }), fc.integer({ min: 1, max: 500 }), (current, previous, threshold) => {
        expect(salesChange({ current, previous, thresholdPct: threshold }).anomaly).toBe(Math.abs(current - previous) * 100 > threshold * previous);
      }),
    );
  });
});

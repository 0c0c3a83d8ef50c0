import { describe, expect, it } from '@jest/globals';

// Runs in the plain API project and in each clock-shifted one (jest.config.js, CLOCKS).
const shiftedTo = (globalThis as { __TEST_NOW__?: string }).__TEST_NOW__;

describe('the test clock', () => {
  it('reads the shifted instant when the project sets one, and runs on from it in real time', async () => {
    if (!shiftedTo) {
      expect(Math.abs(Date.now() - performance.timeOrigin - performance.now())).toBeLessThan(1_000);
      return;
    }
    const start = Date.parse(shiftedTo);
    const first = Date.now();
    expect(first).toBeGreaterThanOrEqual(start);
    expect(first - start).toBeLessThan(15 * 60_000); // a test file starts at the instant
    expect(new Date().getTime() - first).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 25));
    expect(Date.now() - first).toBeGreaterThanOrEqual(20);
  });

  it('leaves explicit dates, parsing and instanceof alone', () => {
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new Date('2026-11-26T08:00:00Z').getTime()).toBe(Date.parse('2026-11-26T08:00:00Z'));
    expect(new Date(2026, 10, 26).getDate()).toBe(26);
    expect(new Date() instanceof Date).toBe(true);
    expect(Date.UTC(2027, 0, 1)).toBe(Date.parse('2027-01-01T00:00:00Z'));
  });
});

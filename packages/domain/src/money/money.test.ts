import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { MAX_MONEY_MAJOR, MAX_MONEY_MINOR, formatMajor, isMoney, toMajor, toMinor, totalToMajor } from './money.js';

describe('toMinor', () => {
  test.each([
    [102999.99, 10299999],
    [97400.5, 9740050],
    [0.07, 7], // 0.07 * 100 === 7.000000000000001
    [4.35, 435], // 4.35 * 100 === 434.99999999999994
    [1.1, 110],
    [19.99, 1999],
    [0.3, 30],
    [5000, 500000],
    [-12.5, -1250],
    [0, 0],
    [MAX_MONEY_MAJOR, MAX_MONEY_MINOR],
  ])('%p major is %p minor, exactly', (major, minor) => {
    expect(toMinor(major)).toBe(minor);
  });

  test('the float noise of 0.1 + 0.2 is refused, not rounded away', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(() => toMinor(0.1 + 0.2)).toThrow(DomainError);
  });

  test.each([1.005, 0.001, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, 1e21, MAX_MONEY_MAJOR + 1])(
    '%p is refused with a VALIDATION error naming the path',
    (major) => {
      try {
        toMinor(major, '/estimatedCost');
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('VALIDATION');
        expect((error as DomainError).errors).toEqual([{ path: '/estimatedCost', message: expect.any(String) }]);
      }
    },
  );

  test('-0 becomes 0', () => {
    expect(Object.is(toMinor(-0), 0)).toBe(true);
  });

  test('sums of converted amounts are exact where float sums are not', () => {
    const amounts = [0.1, 0.2, 0.3, 1.1, 2.2];
    const floatSum = amounts.reduce((a, b) => a + b, 0);
    expect(floatSum).not.toBe(3.9);
    expect(toMajor(amounts.map((a) => toMinor(a)).reduce((a, b) => a + b, 0))).toBe(3.9);
  });
});

describe('toMajor and formatMajor', () => {
  test('10299999 minor is 102999.99 major', () => {
    expect(toMajor(10299999)).toBe(102999.99);
    expect(formatMajor(10299999)).toBe('102999.99');
  });

  test.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [-100, '-1.00'],
    [9740050, '97400.50'],
  ])('formatMajor(%p) is %p', (minor, text) => {
    expect(formatMajor(minor)).toBe(text);
  });

  test('formatMajor writes any safe integer exactly, a total beyond MAX_MONEY_MINOR too', () => {
    expect(formatMajor(101 * 10_000_000_000_000)).toBe('10100000000000.00');
    expect(() => formatMajor(1.5)).toThrow(DomainError);
  });
  test('a fractional or out-of-range minor amount is refused', () => {
    expect(() => toMajor(1.5)).toThrow(DomainError);
    expect(() => toMajor(MAX_MONEY_MINOR + 1)).toThrow(DomainError);
  });

  test('property: minor -> major -> minor is the identity, and the major value has at most 2 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_MONEY_MINOR, max: MAX_MONEY_MINOR }), (minor) => {
        const major = toMajor(minor);
        expect(toMinor(major)).toBe(minor);
        expect(isMoney(major)).toBe(true);
      }),
    );
  });

  test('property: toMinor reads "units.cents" as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), fc.integer({ min: 0, max: 99 }), (units, cents) => {
        const major = Number(`${units}.${String(cents).padStart(2, '0')}`);
        expect(toMinor(major)).toBe(units * 100 + cents);
      }),
    );
  });
});

describe('totalToMajor', () => {
  test('is toMajor within the money range, for numbers and bigints', () => {
    expect(totalToMajor(10299999)).toBe(102999.99);
    expect(totalToMajor(-5n)).toBe(-0.05);
    expect(totalToMajor(BigInt(MAX_MONEY_MINOR))).toBe(MAX_MONEY_MAJOR);
  });
  test('a total beyond it (101 units at the highest price) is the nearest double, not an error', () => {
    const total = 101n * 10_000_000_000_000n;
    expect(() => toMajor(Number(total))).toThrow(DomainError);
    expect(totalToMajor(total)).toBe(10_100_000_000_000);
    expect(totalToMajor(-total)).toBe(-10_100_000_000_000);
  });
});

describe('isMoney', () => {
  test.each([
    [12.34, true],
    [12, true],
    [12.345, false],
    ['12.34', false],
    [null, false],
    [Number.NaN, false],
  ])('isMoney(%p) is %p', (value, expected) => {
    expect(isMoney(value)).toBe(expected);
  });
});

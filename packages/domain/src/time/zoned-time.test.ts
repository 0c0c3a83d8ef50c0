import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { shiftDate } from './calendar-date.js';
import { instantMs, isInstant, isTimeZone, localDate, zonedEndOfDay, zonedStartOfDay } from './zoned-time.js';

const SH = 'Asia/Shanghai';

describe('localDate', () => {
  test('2026-11-26T16:30:00Z is 2026-11-27 in Asia/Shanghai', () => {
    expect(localDate('2026-11-26T16:30:00Z', SH)).toBe('2026-11-27');
    expect(localDate('2026-11-26T16:30:00Z', 'UTC')).toBe('2026-11-26');
  });

  test('the last minute of a Shanghai day, and the first minutes of the next, across a month end', () => {
    expect(localDate('2026-11-30T23:59:00+08:00', SH)).toBe('2026-11-30');
    expect(localDate('2026-11-30T23:59:59.999+08:00', SH)).toBe('2026-11-30');
    expect(localDate('2026-12-01T00:00:00+08:00', SH)).toBe('2026-12-01');
    // 00:30 in Shanghai on 1 December is still 30 November in UTC
    expect(localDate('2026-12-01T00:30:00+08:00', SH)).toBe('2026-12-01');
    expect(localDate('2026-12-01T00:30:00+08:00', 'UTC')).toBe('2026-11-30');
    // 23:59 on 31 December in New York is already 1 January in Shanghai
    expect(localDate('2026-12-31T23:59:00-05:00', SH)).toBe('2027-01-01');
  });

  test('accepts Date objects', () => {
    expect(localDate(new Date(Date.UTC(2026, 10, 26, 16, 0)), SH)).toBe('2026-11-27');
  });

  test('refuses an unknown zone and an instant without offset', () => {
    expect(() => localDate('2026-11-26T16:30:00Z', 'Mars/Olympus')).toThrow(DomainError);
    expect(() => localDate('2026-11-26T16:30:00', SH)).toThrow(DomainError);
    expect(() => localDate(new Date(Number.NaN), SH)).toThrow(DomainError);
  });
});

describe('instants', () => {
  test.each([
    ['2026-11-26T16:30:00Z', true],
    ['2026-11-26T16:30Z', true],
    ['2026-11-27T00:30:00.123456+08:00', true],
    ['2026-11-26T16:30:00', false], // no offset: ambiguous
    ['2026-02-30T00:00:00Z', false],
    ['2026-11-26T24:00:00Z', false],
    ['2026-11-26', false],
  ])('isInstant(%p) is %p', (value, expected) => {
    expect(isInstant(value)).toBe(expected);
  });

  test('instantMs honours the offset', () => {
    expect(instantMs('2026-11-27T00:30:00+08:00')).toBe(Date.parse('2026-11-26T16:30:00Z'));
    expect(instantMs('2026-11-26T16:30:00.5Z')).toBe(Date.parse('2026-11-26T16:30:00.500Z'));
  });

  test('isTimeZone', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('zoned day boundaries', () => {
  test('end of 2026-12-02 in Shanghai is 15:59:59.999 UTC', () => {
    expect(zonedEndOfDay('2026-12-02', SH)).toBe('2026-12-02T15:59:59.999Z');
    expect(zonedStartOfDay('2026-12-02', SH)).toBe('2026-12-01T16:00:00.000Z');
    expect(zonedEndOfDay('2026-12-02', 'UTC')).toBe('2026-12-02T23:59:59.999Z');
  });

  test('DST days are 23 and 25 hours long', () => {
    expect(zonedEndOfDay('2026-03-08', 'America/New_York')).toBe('2026-03-09T03:59:59.999Z'); // EDT
    expect(zonedStartOfDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z'); // EST
    expect(zonedEndOfDay('2026-11-01', 'America/New_York')).toBe('2026-11-02T04:59:59.999Z'); // EST
  });

  const zones = fc.constantFrom(SH, 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham');
  const anyDate = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  test('property: the end of a day is in that day, one millisecond later is the next day', () => {
    fc.assert(
      fc.property(anyDate, zones, (date, zone) => {
        const end = zonedEndOfDay(date, zone);
        expect(localDate(end, zone)).toBe(date);
        expect(localDate(new Date(Date.parse(end) + 1), zone)).toBe(shiftDate(date, 1));
      }),
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { localDate, zonedEndOfDay, zonedStartOfDay } from './zoned-time.js';

/** The wall clock straight from Intl, without the offset cache: the reference. */
function reference(ms: number, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// Zones with whole-hour, half-hour and quarter-hour offsets and changes, around their transitions.
const CASES: [string, string][] = [
  ['America/New_York', '2026-03-08T06:00:00Z'],
  ['America/New_York', '2026-11-01T05:00:00Z'],
  ['Europe/London', '2026-03-29T00:30:00Z'],
  ['Australia/Lord_Howe', '2026-04-04T14:30:00Z'],
  ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
  ['Asia/Kathmandu', '1985-12-31T18:00:00Z'],
  ['America/St_Johns', '2026-03-08T05:00:00Z'],
  ['Asia/Shanghai', '1991-04-13T17:00:00Z'],
];

describe('the zone offset cache', () => {
  it('gives the same local dates as Intl at every minute around offset changes, in any order', () => {
    for (const [zone, around] of CASES) {
      const centre = Date.parse(around);
      const minutes = Array.from({ length: 24 * 60 }, (_, i) => centre + (i - 12 * 60) * 60_000 + (i % 7) * 1000);
      // Backwards first, so cached slots are read again when walking forwards.
      for (const ms of [...minutes].reverse().concat(minutes)) {
        expect([zone, ms, localDate(new Date(ms), zone)]).toEqual([zone, ms, reference(ms, zone)]);
      }
    }
  });

  it('keeps the ends of local days exact across a change', () => {
    expect(zonedStartOfDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(zonedEndOfDay('2026-03-08', 'America/New_York')).toBe('2026-03-09T03:59:59.999Z');
    expect(zonedEndOfDay('2026-11-01', 'America/New_York')).toBe('2026-11-02T04:59:59.999Z');
    expect(zonedEndOfDay('2026-12-02', 'Asia/Shanghai')).toBe('2026-12-02T15:59:59.999Z');
  });
});

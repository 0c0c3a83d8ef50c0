import { DomainError } from '../errors/domain-error.js';
import {
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  isDate,
  requireDate,
  type CalendarDate,
} from './calendar-date.js';

/** An instant as ISO 8601 text with `Z` or an offset: `2026-11-26T16:30:00Z`, `2026-11-27T00:30:00+08:00`. */
export type Instant = string;

const INSTANT_TEXT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const DAY_MS = 86_400_000;

/** True for ISO 8601 date-time text that names its offset (a bare local time is ambiguous and refused). */
export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && parseInstantMs(value) !== null;
}

function parseInstantMs(text: string): number | null {
  const match = INSTANT_TEXT.exec(text);
  if (!match) return null;
  const [, date = '', hh = '', mm = '', ss = '00', fraction = '', offset = 'Z'] = match;
  if (!isDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  let offsetMs = 0;
  if (offset.toUpperCase() !== 'Z') {
    const [oh, om] = [Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
    if (oh > 23 || om > 59) return null;
    offsetMs = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const ms = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const wall = dayNumber(date) * DAY_MS + ((Number(hh) * 60 + Number(mm)) * 60 + Number(ss)) * 1000 + ms;
  return wall - offsetMs;
}

/** Milliseconds since the epoch. @throws DomainError VALIDATION for anything but a valid instant or Date. */
export function instantMs(instant: Date | Instant, path = 'instant'): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? parseInstantMs(instant) : null;
  if (ms === null || !Number.isFinite(ms)) {
    throw DomainError.invalid(path, 'must be an ISO 8601 timestamp with offset');
  }
  return ms;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** True for an IANA time zone name the runtime knows (`Asia/Shanghai`, `UTC`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

function requireTimeZone(timezone: string): string {
  if (!isTimeZone(timezone)) throw DomainError.invalid('timezone', 'must be an IANA time zone');
  return timezone;
}

/**
 * UTC offsets per zone and 15-minute slot (ms). Every offset change of the tz database falls on
 * a quarter hour; a slot is cached only when its first and last second show the same offset,
 * so a slot holding a change is always computed exactly. Formatting with Intl is by far the
 * slowest step of scoring a thousand scorecards; the cache makes it a map lookup.
 */
const SLOT_MS = 15 * 60_000;
const MAX_CACHED_SLOTS = 100_000;
const offsets = new Map<string, Map<number, number>>();
let cachedSlots = 0;

/** The wall clock in `timezone` at `ms`, as milliseconds of a fictitious UTC clock (ms dropped). */
function wallClockMs(ms: number, timezone: string): number {
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  const slot = Math.floor(ms / SLOT_MS);
  let zone = offsets.get(timezone);
  const cached = zone?.get(slot);
  if (cached !== undefined) return wholeSecond + cached;
  const first = slot * SLOT_MS;
  const last = first + SLOT_MS - 1000;
  const offset = formattedWallClockMs(first, timezone) - first;
  if (formattedWallClockMs(last, timezone) - last !== offset) return formattedWallClockMs(ms, timezone);
  if (cachedSlots >= MAX_CACHED_SLOTS) {
    offsets.clear();
    cachedSlots = 0;
    zone = undefined;
  }
  if (!zone) offsets.set(timezone, (zone = new Map()));
  zone.set(slot, offset);
  cachedSlots += 1;
  return wholeSecond + offset;
}

function formattedWallClockMs(ms: number, timezone: string): number {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  // Some engines print midnight as hour 24 even with h23.
  const seconds = (hour % 24) * 3600 + minute * 60 + second;
  return dayNumberOf(year, month, day) * DAY_MS + seconds * 1000;
}

/** The calendar date in `timezone` at an instant: 2026-11-26T16:30:00Z is 2026-11-27 in Asia/Shanghai. */
export function localDate(instant: Date | Instant, timezone: string): CalendarDate {
  const ms = instantMs(instant);
  return dateOfDayNumber(Math.floor(wallClockMs(ms, requireTimeZone(timezone)) / DAY_MS));
}

/**
 * The instant at which the wall clock in `timezone` shows `date` + `msOfDay`. Two passes of
 * offset correction settle it; in a DST gap it lands after the gap, in an overlap on the
 * earlier of the two moments.
 */
export function zonedInstantMs(date: CalendarDate, msOfDay: number, timezone: string): number {
  requireTimeZone(timezone);
  const wall = dayNumber(requireDate(date, 'date')) * DAY_MS + msOfDay;
  const offsetAt = (ms: number) => wallClockMs(ms, timezone) - (ms - (((ms % 1000) + 1000) % 1000));
  let guess = wall - offsetAt(wall);
  guess = wall - offsetAt(guess);
  return guess;
}

/** ISO instant (UTC, `Z`) of 23:59:59.999 local time on `date`: the last moment of that day. */
export function zonedEndOfDay(date: CalendarDate, timezone: string): Instant {
  return new Date(zonedInstantMs(date, DAY_MS - 1, timezone)).toISOString();
}

/** ISO instant (UTC, `Z`) of 00:00 local time on `date`. */
export function zonedStartOfDay(date: CalendarDate, timezone: string): Instant {
  return new Date(zonedInstantMs(date, 0, timezone)).toISOString();
}

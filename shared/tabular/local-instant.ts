// Spreadsheets write wall-clock times without a zone ("26.11.2026 06:00"); they mean the
// workspace's time zone. Temporal (with the IANA data of Intl) turns them into instants.
import { Temporal } from 'temporal-polyfill';
import { instantOutOfRange, parseInstant } from '../schemas/primitives.ts';

const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const YEAR_FIRST = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function wallTime(text: string): WallTime | undefined {
  const d = DAY_FIRST.exec(text);
  if (d) {
    const [, day, month, year, hour, minute, second] = d.map(Number);
    return {
      year: year!,
      month: month!,
      day: day!,
      hour: hour!,
      minute: minute!,
      second: second || 0,
      millisecond: 0,
    };
  }
  const y = YEAR_FIRST.exec(text);
  if (!y) return undefined;
  const [, year, month, day, hour, minute, second, ms] = y;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: Number((ms ?? '0').padEnd(3, '0')),
  };
}

type LocalInstant = { ok: true; iso: string } | { ok: false; outOfRange: boolean };

/**
 * UTC offsets by zone and local hour, for hours whose offset is the same at both ends: a large
 * file of local times asks Temporal once an hour instead of once a row (17k → far more rows/s).
 */
const hourOffsets = new Map<string, number>();
const HOUR_CACHE_MAX = 100_000;

/** The offset at a wall time, or undefined when a clock change skipped it (the time moves). */
function offsetMs(wall: WallTime, timeZone: string): number | undefined {
  const z = Temporal.PlainDateTime.from(wall).toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  return z.hour === wall.hour && z.minute === wall.minute ? z.offsetNanoseconds / 1e6 : undefined;
}

function cachedHourOffset(wall: WallTime, timeZone: string): number | undefined {
  const key = `${timeZone}|${wall.year}-${wall.month}-${wall.day}-${wall.hour}`;
  const known = hourOffsets.get(key);
  if (known !== undefined) return known;
  const start = offsetMs({ ...wall, minute: 0, second: 0, millisecond: 0 }, timeZone);
  const end = offsetMs({ ...wall, minute: 59, second: 59, millisecond: 999 }, timeZone);
  if (start === undefined || start !== end) return undefined;
  if (hourOffsets.size >= HOUR_CACHE_MAX) hourOffsets.clear();
  hourOffsets.set(key, start);
  return start;
}

function isRealWallTime(w: WallTime): boolean {
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.hour > 23 || w.minute > 59 || w.second > 59) return false;
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDate() === w.day;
}

/** A wall time in `timeZone` as a UTC instant (a time skipped by a clock change moves forward). */
function instantFromWallTime(wall: WallTime, timeZone: string): LocalInstant {
  if (wall.year < 1000 || wall.year > 9999) return { ok: false, outOfRange: true };
  if (!isRealWallTime(wall)) return { ok: false, outOfRange: false };
  try {
    const offset = cachedHourOffset(wall, timeZone);
    if (offset !== undefined) {
      const ms =
        Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) -
        offset;
      const iso = new Date(ms).toISOString();
      return parseInstant(iso) === undefined ? { ok: false, outOfRange: true } : { ok: true, iso };
    }
    const plain = Temporal.PlainDateTime.from(wall, { overflow: 'reject' });
    const iso = plain.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant().toString({
      fractionalSecondDigits: 3,
    });
    return parseInstant(iso) === undefined ? { ok: false, outOfRange: true } : { ok: true, iso };
  } catch {
    return { ok: false, outOfRange: false };
  }
}

/** An instant with a zone as is; one without, read in `timeZone`. */
export function parseInstantIn(text: string, timeZone: string): LocalInstant {
  const zoned = parseInstant(text);
  if (zoned !== undefined) return { ok: true, iso: zoned };
  if (instantOutOfRange(text)) return { ok: false, outOfRange: true };
  const wall = wallTime(text);
  return wall ? instantFromWallTime(wall, timeZone) : { ok: false, outOfRange: false };
}

/** The wall time an instant shows in `timeZone`. */
export function wallTimeOf(iso: string, timeZone: string): WallTime {
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone);
  return {
    year: z.year,
    month: z.month,
    day: z.day,
    hour: z.hour,
    minute: z.minute,
    second: z.second,
    millisecond: z.millisecond,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-26 06:00": what Excel and LibreOffice read as a date and time in every locale. */
export function formatWallTime(w: WallTime): string {
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

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

export type LocalInstant = { ok: true; iso: string } | { ok: false; outOfRange: boolean };

/** A wall time in `timeZone` as a UTC instant (a time skipped by a clock change moves forward). */
export function instantFromWallTime(wall: WallTime, timeZone: string): LocalInstant {
  if (wall.year < 1000 || wall.year > 9999) return { ok: false, outOfRange: true };
  try {
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

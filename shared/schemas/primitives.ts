import { z } from 'zod';
import { isoFromMs } from '../instant.ts';

// ISO 8601 date and time with an explicit zone; seconds and fractions optional.
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return (DAYS_IN_MONTH[month - 1] ?? 0) + (leap ? 1 : 0);
}

const digit = (text: string, i: number): number => text.charCodeAt(i) - 48;
const digits = (text: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * `YYYY-MM-DDTHH:mm:ssZ` or `YYYY-MM-DDTHH:mm:ss.sssZ` naming a real date and time: the shape
 * of nearly every sample in a large CSV, checked without a regex or allocations.
 */
function isPlainUtc(text: string): boolean {
  if (text.length !== 20 && text.length !== 24) return false;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':')
    return false;
  if (text[text.length - 1] !== 'Z' || (text.length === 24 && (text[19] !== '.' || digits(text, 20, 3) < 0)))
    return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** Instants are stored as four-digit-year UTC text, so only years 1000–9999 (in UTC) are accepted. */
const FIRST_MS = Date.UTC(1000, 0, 1);
const LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A well-formed instant whose year (local or in UTC) lies outside 1000–9999. */
const OUT_OF_RANGE = Symbol('out of range');

function parse(text: string): string | typeof OUT_OF_RANGE | undefined {
  if (isPlainUtc(text)) return text.length === 24 ? text : `${text.slice(0, 19)}.000Z`;
  const m = INSTANT_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[7] === undefined ? 0 : Number(m[7]);
  const millis = m[8] === undefined ? 0 : Number(m[8].slice(1, 4).padEnd(3, '0'));
  const zoneHour = m[10] === undefined ? 0 : Number(m[10]);
  const zoneMinute = m[11] === undefined ? 0 : Number(m[11]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || zoneHour > 23 || zoneMinute > 59) return undefined;
  // Date.UTC reads years 0–99 as 1900–1999: refuse them before it can.
  if (year < 1000) return OUT_OF_RANGE;
  // Already in UTC: the canonical form is the text itself, padded (no date arithmetic).
  if (m[9] === 'Z')
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[7] ?? '00'}.${String(millis).padStart(3, '0')}Z`;
  const offset = (zoneHour * 60 + zoneMinute) * 60_000 * (m[9]?.startsWith('-') ? -1 : 1);
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset;
  // 9999-12-31T23:30-01:00 is in year 10000 in UTC; 1000-01-01T00:00+01:00 in year 999.
  if (ms < FIRST_MS || ms > LAST_MS) return OUT_OF_RANGE;
  return isoFromMs(ms);
}

/**
 * Parses an instant with a zone to the canonical UTC form, or returns undefined.
 * Impossible dates (February 30, 24:00) are refused rather than rolled over as
 * Date.parse would, and so are years outside 1000–9999. Hot in CSV imports:
 * computed from the captured fields directly.
 */
export function parseInstant(text: string): string | undefined {
  const parsed = parse(text);
  return parsed === OUT_OF_RANGE ? undefined : parsed;
}

/** True when `text` is a well-formed instant refused only for its year (outside 1000–9999). */
export function instantOutOfRange(text: string): boolean {
  return parse(text) === OUT_OF_RANGE;
}

/** An instant with a zone, normalised to `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export const instant = z.string().transform((text, ctx) => {
  const parsed = parse(text);
  if (parsed === OUT_OF_RANGE) {
    ctx.addIssue({ code: 'custom', message: 'field_instant_range', params: { text } });
    return z.NEVER;
  }
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: 'field_instant', params: { text } });
    return z.NEVER;
  }
  return parsed;
});

export const key = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'field_key_characters');

export const name = z.string().trim().min(1).max(200);
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'field_color');
export const finiteNumber = z.number().finite();
export const text = z.string().max(20_000);

/** Longest sample source, the same on every path a sample comes in by (form, API, CSV, document). */
export const SOURCE_MAX = 100;
export const sampleSource = z.string().min(1).max(SOURCE_MAX);

// Messages given here are keys of the `errors` i18n namespace; problems.ts turns them into text.
export { jsonPath, problemsOf, type Problem } from './problems.ts';

// Instants travel as `YYYY-MM-DDTHH:mm:ss.sssZ` strings; stores and CSV imports format
// hundreds of thousands of them, and Date#toISOString is the slow part, so this formats by arithmetic.

const LAST_FOUR_DIGIT_YEAR_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
// The time of day from four looked-up pieces ("HH:", "mm:", "ss.", "sssZ"): no number formatting
// per instant (a month of the calendar formats ~2,000 of them).
const table = (n: number, format: (i: number) => string) => Array.from({ length: n }, (_, i) => format(i));
const HOURS = table(24, (i) => `${pad2(i)}:`);
const MINUTES = table(60, (i) => `${pad2(i)}:`);
const SECONDS = table(60, (i) => `${pad2(i)}.`);
const MILLIS = table(1000, (i) => `${pad3(i)}Z`);

// The date part of recent days: store reads format thousands of instants from a few hundred days.
const datePrefixes = new Map<number, string>();
const MAX_CACHED_DAYS = 4096;

/** `YYYY-MM-DDTHH:mm:ss.sssZ`, exactly as `new Date(t).toISOString()`. */
export function isoFromMs(t: number): string {
  if (!Number.isInteger(t) || t < 0 || t > LAST_FOUR_DIGIT_YEAR_MS) return new Date(t).toISOString();
  const days = Math.floor(t / 86_400_000);
  let rest = t - days * 86_400_000;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const millis = rest - second * 1000;
  return datePrefix(days) + HOURS[hour] + MINUTES[minute] + SECONDS[second] + MILLIS[millis];
}

/** `YYYY-MM-DDT` of the day `days` after 1970-01-01. */
function datePrefix(days: number): string {
  const cached = datePrefixes.get(days);
  if (cached !== undefined) return cached;
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const prefix = `${year}-${pad2(month)}-${pad2(day)}T`;
  if (datePrefixes.size >= MAX_CACHED_DAYS) datePrefixes.clear();
  datePrefixes.set(days, prefix);
  return prefix;
}

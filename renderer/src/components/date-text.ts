// Dates and times as the chosen language writes them ("27.11.2026", "11/27/2026", "09:00 PM"),
// read back into the wall-clock value the forms keep ("2026-11-27T21:00"). The browser's own
// date inputs follow the operating system's language instead of the app's.

export type DatePart = 'day' | 'month' | 'year';

export interface DateShape {
  /** Which number comes first, second and third: ["day", "month", "year"] in uk. */
  order: DatePart[];
  /** Writes the three parts in the locale's order with its separators, e.g. "dd.mm.yyyy". */
  write: (parts: Record<DatePart, string>) => string;
  /** True when the locale writes the time on a 12-hour clock. */
  twelveHour: boolean;
  /** The locale's AM and PM words. */
  dayPeriods: [string, string];
}

const shapes = new Map<string, DateShape>();

const SAMPLE = Date.UTC(2026, 10, 27, 21, 5);

export function dateShape(locale: string): DateShape {
  let shape = shapes.get(locale);
  if (shape) return shape;
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(SAMPLE);
  const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year');
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const period = (ms: number) => time.formatToParts(ms).find((p) => p.type === 'dayPeriod')?.value ?? '';
  shape = {
    order: order.map((p) => p.type as DatePart),
    write: (values) => parts.map((p) => (p.type in values ? values[p.type as DatePart] : p.value)).join(''),
    twelveHour: time.resolvedOptions().hour12 === true,
    dayPeriods: [period(Date.UTC(2026, 0, 1, 9)), period(Date.UTC(2026, 0, 1, 21))],
  };
  shapes.set(locale, shape);
  return shape;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-11-27" as the locale writes it: "27.11.2026", "11/27/2026", "2026-11-27". */
export function formatDate(isoDate: string, locale: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return dateShape(locale).write({ day, month, year });
}

/** The date a person typed in the locale's order, as "2026-11-27"; undefined when it is not a date. */
export function parseDate(text: string, locale: string): string | undefined {
  const numbers = text.match(/\d+/g);
  if (!numbers || numbers.length !== 3 || /[^\d\s./\-,]/.test(text.trim().replace(/\.$/, ''))) return;
  const value: Partial<Record<DatePart, string>> = {};
  dateShape(locale).order.forEach((part, i) => (value[part] = numbers[i]));
  if (value.year?.length !== 4) return undefined;
  const year = Number(value.year);
  const month = Number(value.month);
  const day = Number(value.day);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "21:05" as the locale writes it: "21:05", or "09:05 PM" on a 12-hour clock. */
export function formatTime(hhmm: string, locale: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const shape = dateShape(locale);
  if (!shape.twelveHour) return `${pad(h)}:${pad(m)}`;
  return `${pad(h % 12 === 0 ? 12 : h % 12)}:${pad(m)} ${shape.dayPeriods[h < 12 ? 0 : 1]}`;
}

const simple = (word: string) => word.toLowerCase().replace(/[\s.\u202f]/g, '');

/** The time a person typed ("9:05", "0905", "9:05 pm"), as "21:05"; undefined when it is not a time. */
export function parseTime(text: string, locale: string): string | undefined {
  const m = /^\s*(\d{1,2})(?:[:.h ]?(\d{2}))?\s*(.*?)\s*$/i.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const word = simple(m[3] ?? '');
  if (word) {
    const [am, pm] = dateShape(locale).dayPeriods.map(simple);
    const isPm = word === pm || word === 'pm';
    if (!(isPm || word === am || word === 'am') || hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (isPm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

/** The pattern to show beside the field: "dd.mm.yyyy" with the language's own letters. */
export function datePattern(locale: string, letters: Record<DatePart, string>): string {
  return dateShape(locale).write(letters);
}

/** Moves a "2026-11-27" date by whole days (arrow keys). */
export function addDays(isoDate: string, days: number): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

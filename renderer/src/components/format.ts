import { useTranslation } from 'react-i18next';
import { formatters, onFirstUse, type Formatters } from '../../../shared/i18n/flag-text.ts';
import { intlTag } from '../../../shared/i18n/languages.ts';
import { nowIso } from '../state/clock.ts';

/** The Intl locale for the chosen language: the browser's own variant of it when it has one (en-GB, sv-SE…). */
export function intlLocale(language: string): string {
  const match = navigator.languages.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === language);
  return intlTag(match ?? language);
}

export interface ViewFormat extends Formatters {
  locale: string;
  /** "2 hr. ago", "in 3 days": short relative time from `from` (default now). */
  age: (iso: string, from?: string) => string;
  date: (iso: string) => string;
  /** "24 Oct": for chart ticks. */
  dayMonth: (iso: string) => string;
  /** "14 days", "14 дней": a count of days with the language's own plural. */
  days: (n: number) => string;
  /** "26 Nov 2026, 09:00": date with year and time. */
  full: (iso: string) => string;
  plain: (value: number) => string;
}

const cache = new Map<string, ViewFormat>();

/** Dates, numbers and relative ages in the person's locale (one set per locale, shared by every component). */
export function useFormat(): ViewFormat {
  const { i18n } = useTranslation();
  return formatFor(intlLocale(i18n.language));
}

function formatFor(locale: string): ViewFormat {
  let made = cache.get(locale);
  if (!made) {
    made = makeFormat(locale);
    cache.set(locale, made);
  }
  return made;
}

// Each Intl formatter is made when first used: the first view (the calendar) uses few of them.
function makeFormat(locale: string): ViewFormat {
  const base = formatters(locale);
  const rel = onFirstUse(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  const date = onFirstUse(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
  );
  const dayMonth = onFirstUse(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }));
  const full = onFirstUse(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const num = onFirstUse(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const dayCount = onFirstUse(
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }),
  );
  return {
    ...base,
    locale,
    age: (iso, from) => {
      const minutes = (Date.parse(iso) - Date.parse(from ?? nowIso())) / 60_000;
      const abs = Math.abs(minutes);
      if (abs < 60) return rel().format(Math.round(minutes), 'minute');
      if (abs < 48 * 60) return rel().format(Math.round(minutes / 60), 'hour');
      return rel().format(Math.round(minutes / 1440), 'day');
    },
    date: (iso) => date().format(new Date(iso)),
    dayMonth: (iso) => dayMonth().format(new Date(iso)),
    full: (iso) => full().format(new Date(iso)),
    days: (n) => dayCount().format(n),
    plain: (value) => num().format(value),
  };
}

import type { TFunction } from 'i18next';
import type { Flag, Metric } from '../domain.ts';
import { intlTag } from './languages.ts';

/** What a sentence needs beyond the flag: names, the campaign's version and launch, and the formatters. */
export interface FlagTextContext {
  metrics: ReadonlyMap<string, Metric>;
  departmentName: (key: string) => string;
  personName: (key: string) => string;
  currentVersion: number | null;
  start: string;
  at: string;
  format: Formatters;
}

export interface Formatters {
  number: (value: number, unit: string) => string;
  dateTime: (iso: string) => string;
  relative: (iso: string, from: string) => string;
}

const cache = new Map<string, Formatters>();

/**
 * Locale-aware formatters from Intl (time zone: the viewer's, unless given). Built once per
 * locale and zone: an Intl formatter costs far more to make than to use, and a calendar
 * period shows hundreds of events.
 */
export function formatters(locale: string, timeZone?: string): Formatters {
  const id = `${locale}|${timeZone ?? ''}`;
  let made = cache.get(id);
  if (!made) {
    made = makeFormatters(locale, timeZone);
    cache.set(id, made);
  }
  return made;
}

/** `make()` on first use, then the same value: most views use few of a locale's formatters. */
export function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function makeFormatters(language: string, timeZone: string | undefined): Formatters {
  // Serbian in Latin script, and tags Intl refuses answered in a language instead of failing.
  const locale = intlTag(language);
  const dt = onFirstUse(
    () =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
      }),
  );
  const rel = onFirstUse(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const num = onFirstUse(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  return {
    number: (value, unit) => {
      const n = num().format(value);
      return unit === '%' ? `${n} %` : unit ? `${n} ${unit}` : n;
    },
    dateTime: (iso) => dt().format(new Date(iso)),
    relative: (iso, from) => {
      const hours = (Date.parse(iso) - Date.parse(from)) / 3_600_000;
      return Math.abs(hours) < 48
        ? rel().format(Math.round(hours), 'hour')
        : rel().format(Math.round(hours / 24), 'day');
    },
  };
}

/** One flag as a plain sentence with its numbers. */
export function flagSentence(t: TFunction, flag: Flag, c: FlagTextContext): string {
  const f = c.format;
  switch (flag.code) {
    case 'metric_failing':
    case 'metric_at_risk':
    case 'launched_while_failing': {
      const metric = c.metrics.get(flag.metric);
      const unit = metric?.unit ?? '';
      const side = metric?.direction === 'lower_is_better' ? 'lower' : 'higher';
      return t(`flags:${flag.code}_${side}`, {
        metric: metric?.name ?? flag.metric,
        value: f.number(flag.value, unit),
        threshold: f.number(flag.threshold, unit),
        sampleAt: f.dateTime(flag.sampleAt),
      });
    }
    case 'metric_stale': {
      const metric = c.metrics.get(flag.metric);
      const name = metric?.name ?? flag.metric;
      if (flag.sampleAt === null) return t('flags:metric_stale_none', { metric: name });
      return t('flags:metric_stale', {
        metric: name,
        maxAge: metric?.maxAgeHours ?? '?',
        sampleAt: f.dateTime(flag.sampleAt),
      });
    }
    case 'missing_acknowledgement': {
      const department = c.departmentName(flag.department);
      if (c.currentVersion === null) return t('flags:missing_acknowledgement_none', { department });
      return t(flag.staleVersion ? 'flags:missing_acknowledgement_stale' : 'flags:missing_acknowledgement', {
        department,
        version: c.currentVersion,
        launch: f.relative(c.start, c.at),
      });
    }
    case 'concern_raised':
      return t('flags:concern_raised', {
        department: c.departmentName(flag.department),
        note: flag.note,
        by: c.personName(flag.by),
        ackAt: f.dateTime(flag.ackAt),
      });
  }
}

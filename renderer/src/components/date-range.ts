const cache = new Map<string, Intl.DateTimeFormat>();

/** A campaign's window in the person's locale: "27–30 Nov 2026, 00:00 – 23:59" style, as Intl ranges it. */
export function formatRange(locale: string, start: string, end: string): string {
  let format = cache.get(locale);
  if (!format) {
    // Made once per locale: the calendar ranges every event it shows.
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    cache.set(locale, format);
  }
  return format.formatRange(new Date(start), new Date(end));
}

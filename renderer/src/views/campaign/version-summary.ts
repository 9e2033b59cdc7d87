import type { TFunction } from 'i18next';
import { formatRange } from '../../components/date-range.ts';

// The service writes "Rescheduled from <start> – <end> to <start> – <end>" with UTC instants.
const RESCHEDULED = /^Rescheduled from (\S+) – (\S+) to (\S+) – (\S+)$/;

/** A version's summary in the person's words and dates; other summaries as written. */
export function versionSummary(summary: string, t: TFunction<'campaign'>, locale: string): string {
  const m = RESCHEDULED.exec(summary);
  if (!m) return summary;
  const [, fromStart = '', fromEnd = '', toStart = '', toEnd = ''] = m;
  return t('versions.rescheduled', {
    from: formatRange(locale, fromStart, fromEnd),
    to: formatRange(locale, toStart, toEnd),
  });
}

// Campaigns as an iCalendar feed (RFC 5545) that departments subscribe to: stable, globally
// unique UIDs, SEQUENCE raised by every new version and by cancelling, cancelled campaigns
// kept as cancelled, transparent (a campaign does not make anyone busy), whole days as dates
// in the workspace's zone. Readiness changes by the hour while a subscribed calendar refreshes
// about daily, so it goes in the description with its "as of" time, not in the title.
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { TFunction } from 'i18next';
import type { Campaign, CampaignReadiness } from '../../shared/domain.ts';
import { formatters } from '../../shared/i18n/flag-text.ts';
import { currentVersion } from '../../shared/rules/readiness.ts';
import { wallTimeOf, type WallTime } from '../../shared/tabular/local-instant.ts';

interface CalendarInput {
  campaigns: readonly Campaign[];
  readiness: ReadonlyMap<string, CampaignReadiness>;
  at: string;
  workspaceId: string;
  timeZone: string;
  /** The department the feed is for, by name. */
  department?: string;
  language: string;
  t: TFunction;
  /** Leadership's standing GO or HOLD in words, when there is one: it leads the title. */
  decisionOf?: (c: Campaign) => string | undefined;
  /** "2 of 3 departments acknowledged version 2 — Sales missing". */
  acknowledgementsOf?: (c: Campaign) => string | undefined;
}

const isMidnight = (w: WallTime) => w.hour === 0 && w.minute === 0 && w.second === 0;
const isLastSecond = (w: WallTime) => w.hour === 23 && w.minute === 59 && w.second === 59;
const dateOf = (w: WallTime, plusDays = 0) => new Date(Date.UTC(w.year, w.month - 1, w.day + plusDays));

/**
 * A window from local midnight to local midnight (or to 23:59:59) is whole days: as dates, it
 * stays on those days in every calendar instead of spilling into the next one elsewhere.
 */
function window(c: Campaign, timeZone: string): { start: Date; end: Date; allDay: boolean } {
  const start = wallTimeOf(c.start, timeZone);
  const end = wallTimeOf(c.end, timeZone);
  if (isMidnight(start) && (isMidnight(end) || isLastSecond(end)))
    return { start: dateOf(start), end: dateOf(end, isMidnight(end) ? 0 : 1), allDay: true };
  return { start: new Date(c.start), end: new Date(c.end), allDay: false };
}

/** Versions after the first, and the cancellation: each is a change subscribers must take. */
function sequenceOf(c: Campaign): number {
  return Math.max(0, c.briefVersions.length - 1) + (c.status === 'cancelled' ? 1 : 0);
}

export function calendarText(input: CalendarInput): string {
  const { t, timeZone } = input;
  const format = formatters(input.language, timeZone);
  const calendar = ical({
    name: input.department
      ? t('exports:calendar.nameFor', { department: input.department })
      : t('exports:calendar.name'),
    prodId: { company: 'Campaign Desk', product: 'campaigns' },
    timezone: null,
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const c of input.campaigns) {
    const r = input.readiness.get(c.key);
    const failing = r?.flags.some((f) => f.code === 'launched_while_failing') ?? false;
    const look = r?.readiness === 'ended' && failing ? 'ended_failing' : (r?.readiness ?? 'ready');
    const version =
      c.briefVersions.find((v) => v.version === currentVersion(c, input.at)) ?? c.briefVersions.at(-1);
    const readinessLine =
      c.status === 'cancelled'
        ? t('common:status.cancelled')
        : t('exports:calendar.readiness', {
            readiness: t(`common:readiness.${look}`),
            at: format.dateTime(input.at),
            zone: timeZone,
          });
    const decision = c.status === 'cancelled' ? undefined : input.decisionOf?.(c);
    const acknowledgements = c.status === 'cancelled' ? undefined : input.acknowledgementsOf?.(c);
    const { start, end, allDay } = window(c, timeZone);
    calendar.createEvent({
      id: `${c.key}@${input.workspaceId}.campaigndesk`,
      start,
      end,
      allDay,
      stamp: new Date(input.at),
      sequence: sequenceOf(c),
      lastModified: new Date(c.briefVersions.at(-1)?.publishedAt ?? input.at),
      status: c.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      summary: decision ? `[${decision}] ${c.title}` : c.title,
      description: [readinessLine, acknowledgements, version?.promise, version?.keyMessage]
        .filter(Boolean)
        .join('\n\n'),
      categories: c.channels.map((name) => ({ name })),
    });
  }
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

// The visible-month calendar: the store's range query alone (with the raw fetch of the
// same rows as its floor), and the full campaigns.list call.
import type { Services } from '../electron/services/services.ts';
import type { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import { medianMsEach } from './measure.ts';

export const MONTH = { from: '2026-06-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' };
const AT = '2026-06-15T12:00:00.000Z';

export interface CalendarFigures {
  /** The calendar's own read: what campaigns.list asks the store for (no brief content, latest acknowledgements). */
  storeMs: number;
  /** Every child row of the month's campaigns, as listCampaigns without options reads them. */
  fullStoreMs: number;
  /** Fetching the same rows with plain queries and no mapping to domain objects. */
  rowsFloorMs: number;
  /** Fetching the rows the calendar's read uses (campaign rows, acknowledgements in force at AT, decisions), likewise. */
  calendarRowsFloorMs: number;
  serviceMs: number;
  /** The range seek alone: the visible month's campaign rows, without their children. */
  rangeSeekMs: number;
  campaigns: number;
  childRows: number;
  calendarChildRows: number;
}

// Campaigns overlapping the month (the start bound lets the start index serve the query).
const IN_MONTH = `SELECT id FROM campaigns WHERE ends_at >= :from AND starts_at <= :to
  AND starts_at >= :from - (SELECT max(ends_at - starts_at) FROM campaigns)`;
const CAMPAIGN_ROWS = `SELECT c.*, p.key FROM campaigns c JOIN people p ON p.id = c.owner_id
  WHERE c.id IN (${IN_MONTH}) ORDER BY c.starts_at, c.key`;
// The floor: the campaign rows' own fields (as before migration 10 added the lists the calendar
// reads instead of child rows — with them the rows are ~15 % slower to fetch, which would flatter the ratio).
const RANGE_SEEK = CAMPAIGN_ROWS.replace(
  'c.*',
  'c.id, c.key, c.title, c.starts_at, c.ends_at, c.status, c.channels, c.owner_id, c.draft, c.revision, c.changed_by, c.changed_at',
);
const DEPARTMENT_ROWS = `SELECT * FROM campaign_departments WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, position`;
const FLOOR_QUERIES = [
  CAMPAIGN_ROWS,
  DEPARTMENT_ROWS,
  `SELECT * FROM brief_versions WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, version`,
  `SELECT * FROM acknowledgements WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, id`,
  `SELECT * FROM decisions WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, id`,
];
// The calendar's own rows: the campaign rows (which list their departments and versions, migration
// 10), of the acknowledgements only those in force at :at (migration 9's spans), and the decisions
// of campaigns that had one by :at.
const CALENDAR_FLOOR_QUERIES = [
  CAMPAIGN_ROWS,
  `SELECT * FROM acknowledgement_spans WHERE campaign_id IN (${IN_MONTH}) AND superseded_at > :at AND at <= :at`,
  `SELECT * FROM decisions WHERE campaign_id IN (${IN_MONTH.replace('WHERE', 'WHERE first_decision_at <= :at AND')})
   AND at <= :at ORDER BY campaign_id, id`,
];

export async function measureCalendar(
  store: SqliteStore,
  services: Services,
  runs: number,
): Promise<CalendarFigures> {
  const month = () => store.read((tx) => tx.listCampaigns(MONTH));
  const calendarMonth = () =>
    store.read((tx) => tx.listCampaigns({ ...MONTH, knownAt: AT, forCalendar: true }));
  const range = { from: Date.parse(MONTH.from), to: Date.parse(MONTH.to) };
  const floor = FLOOR_QUERIES.map((sql) => store.db.prepare<Record<string, number>>(sql));
  const rangeSeek = store.db.prepare<Record<string, number>>(RANGE_SEEK);
  const fetchRows = () => floor.map((statement) => statement.all(range));
  const calendarFloor = CALENDAR_FLOOR_QUERIES.map((sql) => store.db.prepare<Record<string, number>>(sql));
  const calendarRange = { ...range, at: Date.parse(AT) };
  const fetchCalendarRows = () => calendarFloor.map((statement) => statement.all(calendarRange));
  const campaigns = await month();
  const [campaignRows = [], ...children] = fetchRows();
  if (campaignRows.length !== campaigns.length) throw new Error('the calendar floor fetches other campaigns');
  if ((await calendarMonth()).length !== campaigns.length)
    throw new Error('the calendar read lost campaigns');
  // In turn each round, so the ratios to the range seek compare like with like on a busy machine.
  const [, ...calendarChildren] = fetchCalendarRows();
  const [
    storeMs = 0,
    fullStoreMs = 0,
    rowsFloorMs = 0,
    calendarRowsFloorMs = 0,
    serviceMs = 0,
    rangeSeekMs = 0,
  ] = await medianMsEach(runs, [
    calendarMonth,
    month,
    fetchRows,
    fetchCalendarRows,
    () => services.campaigns.list({ ...MONTH, at: AT }),
    () => rangeSeek.all(range),
  ]);
  return {
    storeMs,
    fullStoreMs,
    rowsFloorMs,
    calendarRowsFloorMs,
    serviceMs,
    rangeSeekMs,
    campaigns: campaigns.length,
    childRows: children.reduce((n, rows) => n + rows.length, 0),
    calendarChildRows: calendarChildren.reduce((n, rows) => n + rows.length, 0),
  };
}

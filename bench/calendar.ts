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
  serviceMs: number;
  /** The range seek alone: the visible month's campaign rows, without their children. */
  rangeSeekMs: number;
  campaigns: number;
  childRows: number;
}

// Campaigns overlapping the month (the start bound lets the start index serve the query).
const IN_MONTH = `SELECT id FROM campaigns WHERE ends_at >= :from AND starts_at <= :to
  AND starts_at >= :from - (SELECT max(ends_at - starts_at) FROM campaigns)`;
const FLOOR_QUERIES = [
  `SELECT c.*, p.key FROM campaigns c JOIN people p ON p.id = c.owner_id WHERE c.id IN (${IN_MONTH}) ORDER BY c.starts_at, c.key`,
  `SELECT * FROM campaign_departments WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, position`,
  `SELECT * FROM brief_versions WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, version`,
  `SELECT * FROM acknowledgements WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, id`,
  `SELECT * FROM decisions WHERE campaign_id IN (${IN_MONTH}) ORDER BY campaign_id, id`,
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
  const fetchRows = () => floor.map((statement) => statement.all(range));
  const campaigns = await month();
  const [campaignRows = [], ...children] = fetchRows();
  if (campaignRows.length !== campaigns.length) throw new Error('the calendar floor fetches other campaigns');
  if ((await calendarMonth()).length !== campaigns.length)
    throw new Error('the calendar read lost campaigns');
  // In turn each round, so the ratios to the range seek compare like with like on a busy machine.
  const [storeMs = 0, fullStoreMs = 0, rowsFloorMs = 0, serviceMs = 0, rangeSeekMs = 0] = await medianMsEach(
    runs,
    [
      calendarMonth,
      month,
      fetchRows,
      () => services.campaigns.list({ ...MONTH, at: AT }),
      () => floor[0]?.all(range),
    ],
  );
  return {
    storeMs,
    fullStoreMs,
    rowsFloorMs,
    serviceMs,
    rangeSeekMs,
    campaigns: campaigns.length,
    childRows: children.reduce((n, rows) => n + rows.length, 0),
  };
}

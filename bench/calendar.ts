// The visible-month calendar: the store's range query alone (with the raw fetch of the
// same rows as its floor), and the full campaigns.list call.
import type { Services } from '../electron/services/services.ts';
import type { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import { medianMs } from './measure.ts';

export const MONTH = { from: '2026-06-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' };
const AT = '2026-06-15T12:00:00.000Z';

export interface CalendarFigures {
  storeMs: number;
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
  const range = { from: Date.parse(MONTH.from), to: Date.parse(MONTH.to) };
  const floor = FLOOR_QUERIES.map((sql) => store.db.prepare<Record<string, number>>(sql));
  const fetchRows = () => floor.map((statement) => statement.all(range));
  const campaigns = await month();
  const [campaignRows = [], ...children] = fetchRows();
  if (campaignRows.length !== campaigns.length) throw new Error('the calendar floor fetches other campaigns');
  return {
    storeMs: await medianMs(runs, month),
    rowsFloorMs: await medianMs(runs, fetchRows),
    serviceMs: await medianMs(runs, () => services.campaigns.list({ ...MONTH, at: AT })),
    rangeSeekMs: await medianMs(runs, () => floor[0]?.all(range)),
    campaigns: campaigns.length,
    childRows: children.reduce((n, rows) => n + rows.length, 0),
  };
}

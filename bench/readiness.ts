// Readiness report time through the service beside the hand-written SQL floor, after
// checking that both give exactly the same report (campaigns, phases, readiness, flags
// with their values, decisions) at several instants.
import { isDeepStrictEqual } from 'node:util';
import type { Services } from '../electron/services/services.ts';
import type { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import { DEFAULT_READINESS_OPTIONS } from '../shared/domain.ts';
import { medianMsPair } from './measure.ts';
import { sqlFloor } from './sql-floor.ts';

export const REPORT_AT = '2026-06-15T12:00:00.000Z';
/** Extra instants the floor is checked at: before, inside and after the sampled year. */
const CHECK_AT = [
  '2025-03-10T08:00:00.000Z',
  '2026-02-01T00:00:00.000Z',
  '2026-06-15T00:00:00.000Z',
  '2026-09-30T18:30:00.000Z',
  '2026-12-24T09:00:00.000Z',
  '2027-07-01T12:00:00.000Z',
];

export interface ReadinessFigures {
  serviceMs: number;
  floorMs: number;
  campaigns: number;
  flags: number;
  /** Instants where the service and the floor disagreed (should be none). */
  mismatches: string[];
}

export async function measureReadiness(
  store: SqliteStore,
  services: Services,
  runs: number,
): Promise<ReadinessFigures> {
  const floor = sqlFloor(store.db);
  const mismatches: string[] = [];
  for (const at of [REPORT_AT, ...CHECK_AT]) {
    const report = await services.readiness.report({ at });
    if (!isDeepStrictEqual(report, floor({ ...DEFAULT_READINESS_OPTIONS, at }))) mismatches.push(at);
  }
  const report = await services.readiness.report({ at: REPORT_AT });
  const [serviceMs, floorMs] = await medianMsPair(
    runs,
    () => services.readiness.report({ at: REPORT_AT }),
    () => floor({ ...DEFAULT_READINESS_OPTIONS, at: REPORT_AT }),
  );
  return {
    serviceMs,
    floorMs,
    campaigns: report.campaigns.length,
    flags: report.campaigns.reduce((n, c) => n + c.flags.length, 0),
    mismatches,
  };
}

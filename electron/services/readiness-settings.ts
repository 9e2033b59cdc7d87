import type { ReadinessSettings } from '../../shared/api.ts';
import { DEFAULT_READINESS_OPTIONS } from '../../shared/domain.ts';
import type { StoreReader } from '../store/store.ts';

/** Where the workspace keeps its horizon, lookback and acknowledgement deadline. */
export const READINESS_SETTINGS_KEY = 'readiness';

/** The workspace's saved readiness settings over the spec's defaults. */
export async function readSettings(tx: StoreReader): Promise<ReadinessSettings> {
  const saved = ((await tx.getSetting(READINESS_SETTINGS_KEY)) ?? {}) as Partial<ReadinessSettings>;
  return {
    horizonDays: saved.horizonDays ?? DEFAULT_READINESS_OPTIONS.horizonDays,
    lookbackDays: saved.lookbackDays ?? DEFAULT_READINESS_OPTIONS.lookbackDays,
    ackDeadlineDays: saved.ackDeadlineDays ?? DEFAULT_READINESS_OPTIONS.ackDeadlineDays,
  };
}

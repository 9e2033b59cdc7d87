import type { Acknowledgement, AckState, Campaign } from '../domain.ts';
import {
  acknowledgingDepartments,
  currentVersion,
  latestValidAck,
  NONE_ARCHIVED,
  type ArchivedDepartments,
} from './readiness.ts';

/** Where one department stands on the current version. */
export interface DepartmentAck {
  department: string;
  state: AckState | 'missing';
  /** Missing because the department acknowledged an older version that no longer holds. */
  staleVersion: boolean;
  /** The acknowledgement that holds (absent when missing). */
  version?: number;
  by?: string;
  at?: string;
  note?: string;
  /** Missing now, but the department raised a concern on an earlier version: it still stands beside the new request. */
  earlierConcern?: { version: number; note: string; by: string; at: string };
}

/** "2 of 3 departments acknowledged version 2 — Sales missing", as data. */
export interface AcknowledgementSummary {
  /** The current version at the instant asked; null before the first is published. */
  version: number | null;
  /** Departments that must acknowledge (the affected ones, marketing aside), in the campaign's order. */
  departments: DepartmentAck[];
  /** How many hold a valid acknowledgement (with or without a concern). */
  acknowledged: number;
  required: number;
}

/** Each acknowledging department's standing on the version current at `at` (spec §5.5 validity). */
export function acknowledgementSummary(
  campaign: Pick<Campaign, 'departments' | 'briefVersions' | 'acknowledgements'>,
  at: string,
  archived: ArchivedDepartments = NONE_ARCHIVED,
): AcknowledgementSummary {
  const version = currentVersion(campaign, at) ?? null;
  const departments = acknowledgingDepartments(campaign, at, archived).map((department): DepartmentAck => {
    const valid = latestValidAck(campaign, department, at);
    if (!valid) {
      const earlier = campaign.acknowledgements.filter((a) => a.department === department && a.at <= at);
      const staleVersion = version !== null && earlier.some((a) => a.version < version);
      // The department's latest word (ties: recorded last): a concern it raised is not forgotten by a new version.
      const last = earlier.reduce<Acknowledgement | undefined>(
        (l, a) => (!l || a.at >= l.at ? a : l),
        undefined,
      );
      const missing: DepartmentAck = { department, state: 'missing', staleVersion };
      if (last?.state === 'concern')
        missing.earlierConcern = { version: last.version, note: last.note ?? '', by: last.by, at: last.at };
      return missing;
    }
    return {
      department,
      state: valid.state,
      staleVersion: false,
      version: valid.version,
      by: valid.by,
      at: valid.at,
      ...(valid.note ? { note: valid.note } : {}),
    };
  });
  return {
    version,
    departments,
    acknowledged: departments.filter((d) => d.state !== 'missing').length,
    required: departments.length,
  };
}

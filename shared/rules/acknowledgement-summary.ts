import type { AckState, Campaign } from '../domain.ts';
import { acknowledgingDepartments, currentVersion, latestValidAck } from './readiness.ts';

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
): AcknowledgementSummary {
  const version = currentVersion(campaign, at) ?? null;
  const departments = acknowledgingDepartments(campaign).map((department): DepartmentAck => {
    const valid = latestValidAck(campaign, department, at);
    if (!valid) {
      const staleVersion =
        version !== null &&
        campaign.acknowledgements.some(
          (a) => a.department === department && a.at <= at && a.version < version,
        );
      return { department, state: 'missing', staleVersion };
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

// Which brief a campaign page shows, and how acknowledgements stand against it.
import type { Acknowledgement, BriefContent, BriefVersion, Campaign } from '../../../../shared/domain.ts';
import {
  acknowledgingDepartments,
  type ArchivedDepartments,
  currentVersion,
  latestValidAck,
  NONE_ARCHIVED,
} from '../../../../shared/rules/readiness.ts';

export interface ShownBrief {
  /** The current published version, or undefined while only a draft exists. */
  version: BriefVersion | undefined;
  content: BriefContent;
  /** Marketing has edits that are not published yet. */
  unpublishedEdits: boolean;
}

export function shownBrief(campaign: Campaign, now: string): ShownBrief {
  const number = currentVersion(campaign, now);
  const version = campaign.briefVersions.find((v) => v.version === number);
  return {
    version,
    content: version ?? campaign.draft ?? {},
    unpublishedEdits: campaign.draft !== undefined && campaign.status !== 'cancelled',
  };
}

export type AckStanding = 'acknowledged' | 'concern' | 'stale' | 'awaiting';

export interface AckRow {
  department: string;
  standing: AckStanding;
  /** The acknowledgement the row shows: the valid one, else the latest stale one. */
  ack: Acknowledgement | undefined;
}

/** One row per department that must acknowledge: its latest valid acknowledgement, or why it has none. */
export function ackRows(
  campaign: Campaign,
  now: string,
  archived: ArchivedDepartments = NONE_ARCHIVED,
): AckRow[] {
  return acknowledgingDepartments(campaign, now, archived).map((department) => {
    const valid = latestValidAck(campaign, department, now);
    if (valid) return { department, standing: valid.state, ack: valid };
    const stale = campaign.acknowledgements
      .filter((a) => a.department === department && a.at <= now)
      .reduce<Acknowledgement | undefined>((best, a) => (!best || a.at >= best.at ? a : best), undefined);
    return { department, standing: stale ? 'stale' : 'awaiting', ack: stale };
  });
}

export interface ChangedSince {
  /** The version the department last acknowledged, older than the one shown. */
  since: BriefVersion;
  ack: Acknowledgement;
}

/**
 * The version a department should read the brief against: its latest acknowledgement (at `now`)
 * when that was of an older version than the current one. Undefined when the department is not
 * asked to acknowledge, never acknowledged, or acknowledged the current version.
 */
export function changedSince(
  campaign: Campaign,
  department: string,
  now: string,
  archived: ArchivedDepartments = NONE_ARCHIVED,
): ChangedSince | undefined {
  if (!acknowledgingDepartments(campaign, now, archived).includes(department)) return undefined;
  const current = currentVersion(campaign, now);
  if (current === undefined) return undefined;
  const ack = campaign.acknowledgements
    .filter((a) => a.department === department && a.at <= now)
    .reduce<Acknowledgement | undefined>((best, a) => (!best || a.at >= best.at ? a : best), undefined);
  if (!ack || ack.version >= current) return undefined;
  const since = campaign.briefVersions.find((v) => v.version === ack.version);
  return since ? { since, ack } : undefined;
}

// Domain types shared by every layer. Instants are ISO 8601 strings in UTC with
// milliseconds (`2026-11-26T09:00:00.000Z`) everywhere outside the store.

export type Direction = 'higher_is_better' | 'lower_is_better';
export type CampaignStatus = 'draft' | 'published' | 'cancelled';
export type ChangeKind = 'material' | 'minor';
export type AckState = 'acknowledged' | 'concern';
export type DecisionKind = 'go' | 'hold';
export type Role = 'marketing' | 'member' | 'leadership' | 'admin';
export type SampleSource = 'manual' | 'csv' | 'api' | (string & {});

export const ROLES: readonly Role[] = ['marketing', 'member', 'leadership', 'admin'];
export const MARKETING_DEPARTMENT = 'marketing';

export interface Department {
  key: string;
  name: string;
  color: string;
  /** When it was archived: kept for history, no longer offered for new work (issue 10). */
  archivedAt?: string;
}

export interface Person {
  key: string;
  name: string;
  department: string;
  roles: Role[];
  /** When they were archived: they can no longer act; history keeps their name (issue 10). */
  archivedAt?: string;
}

export interface Metric {
  key: string;
  name: string;
  department: string;
  unit: string;
  direction: Direction;
  warn: number;
  fail: number;
  maxAgeHours: number;
  /** The plausible range of a sample (issue 10); a `%` unit means 0–100 unless set. */
  min?: number;
  max?: number;
}

export interface Sample {
  metric: string;
  at: string;
  value: number;
  source: string;
}

/** A later record about a sample: a corrected value, or `null` when the sample was withdrawn. */
export interface SampleCorrection {
  value: number | null;
  reason: string;
  /** Who recorded it (a person key, or `system:…`). */
  by: string;
  /** When it was recorded: reports "as it stood" before this instant do not see it. */
  at: string;
}

/** A sample as recorded (its original value), with its id and every correction, oldest first. */
export interface SampleEntry extends Sample {
  id: number;
  corrections: SampleCorrection[];
}

/** The content fields of a brief; every one is optional text. */
export const BRIEF_FIELDS = [
  'objective',
  'audience',
  'keyMessage',
  'promise',
  'offer',
  'expectedImpact',
  'preparation',
  'faq',
  'contacts',
  'links',
] as const;
export type BriefField = (typeof BRIEF_FIELDS)[number];
export type BriefContent = Partial<Record<BriefField, string>>;

export interface BriefVersion extends BriefContent {
  version: number;
  publishedAt: string;
  change: ChangeKind;
  publishedBy?: string;
  /** What changed, in words, when the app wrote the version (e.g. a reschedule). */
  summary?: string;
}

export interface Acknowledgement {
  department: string;
  version: number;
  by: string;
  at: string;
  state: AckState;
  note?: string;
}

export interface Decision {
  decision: DecisionKind;
  by: string;
  at: string;
  expires?: string;
  note: string;
  /** Flags the decision answered, as they stood when it was recorded. */
  flags?: Flag[];
}

export interface CampaignSummary {
  key: string;
  title: string;
  start: string;
  end: string;
  status: CampaignStatus;
  channels: string[];
  departments: string[];
  owner: string;
}

export interface Campaign extends CampaignSummary {
  /** Unpublished edits marketing is working on; not part of any version yet. */
  draft?: BriefContent;
  briefVersions: BriefVersion[];
  acknowledgements: Acknowledgement[];
  decisions: Decision[];
}

/** A campaign as the workspace holds it: its revision rises with every change of the campaign (spec §6). */
export interface StoredCampaign extends Campaign {
  revision: number;
  /** Person key (or `system:…`) and instant of the last change; absent when no change was recorded. */
  changedBy?: string;
  changedAt?: string;
}

// ---- readiness report (spec §4–6, §9) ----

export type MetricStatus = 'ok' | 'at_risk' | 'failing' | 'stale';
export type Phase = 'upcoming' | 'live' | 'ended';
export type Readiness = 'ready' | 'at_risk' | 'not_ready' | 'ready_by_decision' | 'ended';
export type Severity = 'critical' | 'warning';

export interface MetricValueFlag {
  code: 'launched_while_failing' | 'metric_failing' | 'metric_at_risk';
  severity: Severity;
  metric: string;
  status: MetricStatus;
  value: number;
  threshold: number;
  sampleAt: string;
}

export interface MetricStaleFlag {
  code: 'metric_stale';
  severity: 'warning';
  metric: string;
  status: 'stale';
  sampleAt: string | null;
}

export interface MissingAckFlag {
  code: 'missing_acknowledgement';
  severity: Severity;
  department: string;
  staleVersion: boolean;
}

export interface ConcernFlag {
  code: 'concern_raised';
  severity: 'warning';
  department: string;
  note: string;
  by: string;
  ackAt: string;
}

export type Flag = MetricValueFlag | MetricStaleFlag | MissingAckFlag | ConcernFlag;
export type FlagCode = Flag['code'];

export interface StandingDecision {
  decision: DecisionKind;
  by: string;
  at: string;
  expires?: string;
  note: string;
}

export interface CampaignReadiness {
  key: string;
  title: string;
  start: string;
  end: string;
  phase: Phase;
  readiness: Readiness;
  flags: Flag[];
  decision?: StandingDecision;
}

export interface ReadinessReport {
  at: string;
  campaigns: CampaignReadiness[];
}

export interface ReadinessOptions {
  at: string;
  horizonDays: number;
  lookbackDays: number;
  ackDeadlineDays: number;
}

export const DEFAULT_READINESS_OPTIONS = { horizonDays: 14, lookbackDays: 90, ackDeadlineDays: 3 } as const;

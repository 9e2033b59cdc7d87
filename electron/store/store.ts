// The store interface services use. Every method returns a promise so a
// PostgreSQL store for the team workspace server can implement it beside SQLite.
import type {
  Acknowledgement,
  BriefContent,
  BriefVersion,
  Campaign,
  CampaignStatus,
  CampaignSummary,
  Decision,
  Department,
  Metric,
  Person,
  Sample,
} from '../../shared/domain.ts';
import type { AuditEvent } from '../../shared/api.ts';

export interface SampleRequest {
  metric: string;
  at: string;
}

export interface CampaignRow {
  key: string;
  title: string;
  start: string;
  end: string;
  status: CampaignStatus;
  channels: string[];
  departments: string[];
  owner: string;
  draft?: BriefContent | undefined;
}

export interface CampaignQuery {
  /** Campaigns whose window overlaps [from, to]. */
  from: string;
  to: string;
  publishedOnly?: boolean;
  /** Leave out child rows (versions, acknowledgements, decisions) recorded after this instant. */
  knownAt?: string;
  /** Leave out every child row: for callers that need only dates and departments (much faster). */
  withoutChildren?: boolean;
  /**
   * Only campaigns that list this department, have a brief version published by `knownAt`
   * and lack the department's acknowledgement of the latest of those: a narrowing for the
   * inbox (callers still check which acknowledgements are valid).
   */
  awaiting?: string;
}

export interface NewAuditEvent {
  actor: string;
  action: string;
  objectType: string;
  objectKey: string;
  detail?: unknown;
}

export interface StoreReader {
  isEmpty(): Promise<boolean>;
  listDepartments(): Promise<Department[]>;
  listPeople(): Promise<Person[]>;
  listMetrics(): Promise<Metric[]>;
  getCampaign(key: string): Promise<Campaign | undefined>;
  listCampaigns(query: CampaignQuery): Promise<Campaign[]>;
  /** Campaigns whose title contains `text` (case-insensitive), in start order, without child rows. */
  searchCampaigns(text: string, limit: number): Promise<CampaignSummary[]>;
  /** Every campaign, in key order, for export. */
  allCampaigns(): Promise<Campaign[]>;
  /** For each request, the latest sample with `at <=` its instant (ties: imported last). */
  latestSamples(requests: readonly SampleRequest[]): Promise<(Sample | undefined)[]>;
  listSamples(metric: string, from: string, to: string): Promise<Sample[]>;
  /** Every sample, by metric key then time (ties: imported last), for export. */
  allSamples(): Promise<Sample[]>;
  getSetting(key: string): Promise<unknown>;
  listAudit(limit: number): Promise<AuditEvent[]>;
}

export interface StoreWriter extends StoreReader {
  upsertDepartment(department: Department): Promise<void>;
  upsertPerson(person: Person): Promise<void>;
  upsertMetric(metric: Metric): Promise<void>;
  /** Appends samples; with `skipExisting`, a sample identical to a stored one is left out. Returns how many were added. */
  insertSamples(samples: readonly Sample[], options: { skipExisting: boolean }): Promise<number>;
  upsertCampaign(campaign: CampaignRow): Promise<void>;
  setCampaignStatus(key: string, status: CampaignStatus): Promise<void>;
  setCampaignDates(key: string, start: string, end: string): Promise<void>;
  /** Adds a version, or replaces the content of an existing one (import only). */
  putBriefVersion(campaign: string, version: BriefVersion): Promise<void>;
  /** Appends unless an identical acknowledgement exists; returns whether it was added. */
  addAcknowledgement(campaign: string, ack: Acknowledgement): Promise<boolean>;
  /** Appends unless an identical decision exists; returns whether it was added. */
  addDecision(campaign: string, decision: Decision): Promise<boolean>;
  setSetting(key: string, value: unknown): Promise<void>;
  audit(event: NewAuditEvent): Promise<void>;
}

export interface Store {
  readonly location: string;
  read<T>(work: (tx: StoreReader) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction: all of it is written, or none. */
  write<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T>;
  /** Writes a consistent copy of the whole workspace beside it; returns the copy's path. */
  backup(at: Date): Promise<string>;
  close(): Promise<void>;
}

// The store interface services use. Every method returns a promise so a
// PostgreSQL store for the team workspace server can implement it beside SQLite.
//
// What every store guarantees (the services rely on it):
// - acknowledgements, decisions, brief versions, samples, audit events and the change log are
//   append-only: no update, delete or replace (SQLite: triggers; PostgreSQL: revoked privileges, and triggers);
// - `audit` chains each event's hash to the previous event's, in id order, under the write's lock;
// - `appendChange` numbers rows with one workspace-wide increasing sequence, committed with the write,
//   and in commit order: a reader that has seen sequence N never later finds a new row below N
//   (SQLite: max+1 under the single writer; PostgreSQL: take a lock before numbering, since a
//   plain sequence can commit 7 before 6 and a `seq > 6` poll would then skip 6 for good);
// - a campaign's `revision` changes only through `touchCampaign`.
import type { SampleColumns } from '../../shared/schemas/sample-columns.ts';
import type {
  Acknowledgement,
  BriefContent,
  BriefVersion,
  CampaignStatus,
  CampaignSummary,
  Decision,
  Department,
  Metric,
  Person,
  Sample,
  SampleCorrection,
  SampleEntry,
  StoredCampaign,
} from '../../shared/domain.ts';
import type { AuditEvent, ChangeEvent } from '../../shared/api.ts';
import type { AccessReader, AccessWriter } from './access.ts';

export interface SampleRequest {
  metric: string;
  at: string;
  /** What was known then: corrections recorded later are not applied (default: `at`). */
  knownAt?: string;
}

/** A correction to append: its sample, and the record itself (value `null`: a withdrawal). */
export interface NewSampleCorrection extends SampleCorrection {
  sampleId: number;
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
   * Load only what the readiness rules evaluated at `knownAt` can use (the calendar): brief versions
   * as number, date and kind (no content or publisher: migration 10's list on the campaign row), and
   * of each department's acknowledgements of one version only the latest at or before `knownAt`
   * (read from migration 9's acknowledgement spans, for any instant).
   * Rules evaluated at any other instant may answer differently. Without `knownAt`, every child row.
   */
  forCalendar?: boolean;
  /**
   * Only campaigns that list this department, have a brief version published by `knownAt`
   * and lack the department's acknowledgement of the latest of those: a narrowing for the
   * inbox (callers still check which acknowledgements are valid).
   */
  awaiting?: string;
}

export interface NewAuditEvent {
  /** The service clock's instant. */
  at: string;
  actor: string;
  action: string;
  objectType: string;
  objectKey: string;
  detail?: unknown;
}

/** An audit event with its stored detail text and chain hash (see audit-chain.ts). */
export interface ChainedAuditEvent {
  id: number;
  at: string;
  actor: string;
  action: string;
  objectType: string;
  objectKey: string;
  detail: string | null;
  hash: string;
}

/** One row of the change log: what changed, who, when. */
export interface NewChange {
  at: string;
  actor: string;
  entity: ChangeEvent['entity'];
  key: string;
  action: string;
}

/** A change-log row with its workspace-wide, strictly increasing sequence number. */
export interface StoredChange extends NewChange {
  seq: number;
}

export interface StoreReader {
  isEmpty(): Promise<boolean>;
  listDepartments(): Promise<Department[]>;
  listPeople(): Promise<Person[]>;
  listMetrics(): Promise<Metric[]>;
  getCampaign(key: string): Promise<StoredCampaign | undefined>;
  listCampaigns(query: CampaignQuery): Promise<StoredCampaign[]>;
  /**
   * Campaigns whose title contains `text` (case-insensitive), without child rows: in start order,
   * or with `near` nearest launch first (closest start to that instant, before or after).
   */
  searchCampaigns(text: string, limit: number, near?: string): Promise<CampaignSummary[]>;
  /** How many campaign titles contain `text` (the search's "100 of 1,034", issue 10). */
  countCampaigns(text: string): Promise<number>;
  /** Every campaign, in key order, for export. */
  allCampaigns(): Promise<StoredCampaign[]>;
  /**
   * For each request, the latest sample with `at <=` its instant (ties: imported last), as
   * corrected by `knownAt`: a sample withdrawn by then is passed over, a corrected one has its new value.
   */
  latestSamples(requests: readonly SampleRequest[]): Promise<(Sample | undefined)[]>;
  /** Samples with `at` in [from, to], as corrected by `knownAt` (default: every correction); withdrawn ones left out. */
  listSamples(metric: string, from: string, to: string, knownAt?: string): Promise<Sample[]>;
  /** Every sample in force, by metric key then time (ties: imported last), for export. */
  allSamples(): Promise<Sample[]>;
  // ---- sample corrections (issue 10) ----
  /** Samples with `at` in [from, to] as recorded (original values), with their ids and every correction. */
  sampleEntries(metric: string, from: string, to: string): Promise<SampleEntry[]>;
  /** One of the metric's samples by id, as sampleEntries gives it. */
  sampleEntry(metric: string, id: number): Promise<SampleEntry | undefined>;
  getSetting(key: string): Promise<unknown>;
  listAudit(limit: number): Promise<AuditEvent[]>;
  /** Audit events with `id > afterId`, oldest first, with their hashes (for `audit verify`). */
  auditChain(afterId: number, limit: number): Promise<ChainedAuditEvent[]>;
  /** Change-log rows with `seq > after`, in order (one indexed range read). */
  changesSince(after: number, limit: number): Promise<StoredChange[]>;
  /** The newest change-log sequence number (0 when none). */
  lastChangeSeq(): Promise<number>;
  /** Passwords, sessions and machine tokens of the team workspace. */
  readonly access: AccessReader;
}

export interface StoreWriter extends StoreReader {
  readonly access: AccessWriter;
  upsertDepartment(department: Department): Promise<void>;
  upsertPerson(person: Person): Promise<void>;
  upsertMetric(metric: Metric): Promise<void>;
  /** Appends samples; with `skipExisting`, a sample identical to a stored one is left out. Returns how many were added. */
  insertSamples(samples: readonly Sample[], options: { skipExisting: boolean }): Promise<number>;
  /** Appends rows `rows` (in that order) of `samples`, all of metric `metric` (large imports, issue 13). */
  appendSamples(metric: string, samples: SampleColumns, rows: readonly number[]): Promise<void>;
  /** Appends a correction or withdrawal of a stored sample (the sample row is never changed). */
  addSampleCorrection(correction: NewSampleCorrection): Promise<void>;
  /** Creates a campaign; a key already taken is an error, never an overwrite. */
  insertCampaign(campaign: CampaignRow): Promise<void>;
  /** Creates or replaces a campaign's own fields (the import and edits of an existing campaign). */
  upsertCampaign(campaign: CampaignRow): Promise<void>;
  /** Raises the campaign's revision by one and records who changed it and when. */
  touchCampaign(key: string, by: string, at: string): Promise<void>;
  setCampaignStatus(key: string, status: CampaignStatus): Promise<void>;
  setCampaignDates(key: string, start: string, end: string): Promise<void>;
  /** Adds a published version; one with the same number already stored is an error (versions never change). */
  insertBriefVersion(campaign: string, version: BriefVersion): Promise<void>;
  /** Appends unless an identical acknowledgement exists; returns whether it was added. */
  addAcknowledgement(campaign: string, ack: Acknowledgement): Promise<boolean>;
  /** Appends unless an identical decision exists; returns whether it was added. */
  addDecision(campaign: string, decision: Decision): Promise<boolean>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Appends an audit event, hash-chained to the previous one (`auditHash`). */
  audit(event: NewAuditEvent): Promise<void>;
  /** Appends a change-log row in the write's transaction; returns its sequence number. */
  appendChange(change: NewChange): Promise<number>;
}

export interface Store {
  readonly location: string;
  /** True when opened read-only (the file or folder cannot be written): reads work, writes are refused. */
  readonly readonly?: boolean;
  read<T>(work: (tx: StoreReader) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction: all of it is written, or none. */
  write<T>(work: (tx: StoreWriter) => Promise<T>): Promise<T>;
  /** Writes a verified, consistent copy of the whole workspace (beside it unless `to` is given); returns its path. */
  backup(at: Date, to?: string): Promise<string>;
  /**
   * Calls `wake` soon after any process commits a change-log row (PostgreSQL: LISTEN/NOTIFY).
   * Optional: without it (SQLite) the change feed polls the log. Returns the way to stop.
   */
  watchChanges?(wake: () => void): () => void;
  close(): Promise<void>;
}

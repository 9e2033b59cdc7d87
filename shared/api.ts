// The one API table: every front end (Electron IPC, HTTP, tests, CLI) calls these
// methods with these inputs and gets these results. Transports bind this table
// generically; nothing else lists the methods.
import { z } from 'zod';
import type {
  CampaignReadiness,
  CampaignSummary,
  Department,
  Metric,
  MetricStatus,
  Person,
  ReadinessReport,
  Sample,
  SampleEntry,
  StandingDecision,
  StoredCampaign,
} from './domain.ts';
import { briefContentSchema, departmentSchema, metricSchema, personSchema } from './schemas/interchange.ts';
import { color, finiteNumber, instant, key, name, sampleSource } from './schemas/primitives.ts';
import type { InterchangeDocument } from './schemas/interchange.ts';
import { isTimeZone } from './tabular/time-zone.ts';
import { days, readinessQuerySchema } from './schemas/readiness-query.ts';
import type { CsvLineError, CsvSampleRow } from './schemas/csv-samples.ts';
import type { Board } from './board.ts';
import {
  password,
  tokenCreateSchema,
  type CalendarLink,
  type CreatedMachineToken,
  type MachineTokenInfo,
  type SessionInfo,
} from './schemas/access.ts';
import type { AcknowledgementSummary } from './rules/acknowledgement-summary.ts';

/** Marks a method's result type; the value is never used at run time. */
function returns<T>(): T {
  return undefined as T;
}

/** A file's bytes as base64 (at most ~50 MB of file). */
const base64File = z
  .string()
  .max(67_000_000)
  .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, 'field_base64');

/** The largest file an import takes, in MB (as text, as bytes; its base64 is a third longer). */
export const MAX_IMPORT_FILE_MB = 50;
/** A file's bytes as they are (an HTTP upload's body, IPC): shared/upload.ts. */
const fileBytes = z.custom<Uint8Array>(
  (b) => b instanceof Uint8Array && b.byteLength <= MAX_IMPORT_FILE_MB * 1_000_000,
  { message: 'field_file_bytes', params: { max: MAX_IMPORT_FILE_MB } },
);

const officeFormat = z.enum(['csv', 'xlsx']);
/** A BCP 47 tag (en-GB, sr-Latn-RS): the language of headers and values, and the decimal mark. */
const locale = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'field_language_tag')
  .default('en');

const range = z.object({ from: instant, to: instant });
/** Which sample a correction is about: its id (from samples.history), or its instant and source. */
const sampleTarget = z.object({
  metric: key,
  sampleId: z.number().int().positive().optional(),
  at: instant.optional(),
  source: sampleSource.optional(),
});
const namesOneSample = (i: { sampleId?: number | undefined; at?: string | undefined }) =>
  (i.sampleId === undefined) !== (i.at === undefined);
const oneSample = {
  message: 'name the sample either by sampleId or by at (and source), not both or neither',
  path: ['sampleId'],
};
const correctionReason = z.string().trim().min(1, 'say why the sample is wrong').max(500);
/** A campaign's revision as `campaigns.get` returned it: a change based on an older one is refused (spec §6). */
const revision = z.number().int().min(0);
const timeZone = z.string().max(64).refine(isTimeZone, 'field_time_zone');

export interface WorkspaceInfo {
  name: string;
  location: string;
  kind: 'embedded' | 'server';
  empty: boolean;
  /** The workspace's clock (a team server's, or `serve --clock`): the app's "now". */
  now: string;
  /** The workspace can be read and exported but not changed (its file or folder is read-only). */
  readOnly: boolean;
}

export interface CalendarItem extends CampaignSummary {
  /** As in `campaigns.get`: what a reschedule from the calendar sends. */
  revision: number;
  currentVersion: number | null;
  readiness: CampaignReadiness['readiness'];
  launchedWhileFailing: boolean;
  /** Departments that still owe an acknowledgement of the current version. */
  awaiting: string[];
  /** Where each department stands on the current version (issue 10). */
  acknowledgements: AcknowledgementSummary;
  /** Leadership's standing GO or HOLD, if any. */
  decision?: StandingDecision;
}

/** A search hit: the campaign and leadership's standing GO or HOLD on it, if any. */
export interface SearchResult extends CampaignSummary {
  decision?: StandingDecision;
}

/** The hits, nearest launch first, up to the limit; `total` says how many match ("100 of 1,034"). */
export interface SearchAnswer {
  campaigns: SearchResult[];
  total: number;
}

export interface CampaignDetail {
  campaign: StoredCampaign;
  readiness: CampaignReadiness;
}

export interface InboxItem {
  campaign: CampaignSummary;
  currentVersion: number;
  publishedAt: string;
  /** The department acknowledged an older version that no longer holds. */
  staleVersion: boolean;
  ackDeadline: string;
  overdue: boolean;
  /** Where each department stands on the current version (issue 10). */
  acknowledgements: AcknowledgementSummary;
  /** Leadership's standing GO or HOLD, if any. */
  decision?: StandingDecision;
}

export interface MetricHealth {
  metric: Metric;
  status: MetricStatus;
  latest: Sample | null;
}

/** How many good rows and problems an import answers with; the counts cover the whole file. */
export const CSV_PREVIEW_LIMIT = 100;

export interface CsvImportResult {
  /** Good rows in the file. */
  good: number;
  /** Bad rows in the file; nothing is imported while there is any. */
  bad: number;
  /** The first good rows (at most CSV_PREVIEW_LIMIT), as they will be stored. */
  rows: CsvSampleRow[];
  /** The first bad rows (at most CSV_PREVIEW_LIMIT), with what is wrong. */
  errors: CsvLineError[];
  /** New samples stored. */
  imported: number;
  /** Rows that replace the value their source gave earlier for the same instant (also in a dry run). */
  corrected: number;
  /** How the file was read: its encoding, "xlsx", or "text" when sent as text. */
  format: string;
  /** The zone instants without one were read in. */
  timeZone: string;
  /** A dry run without bad rows: the id the import may send instead of the file (kept a few minutes). */
  fileId?: string;
}

/** A file for people to open: its name, type and bytes. */
export interface ReportFile {
  fileName: string;
  mime: string;
  base64: string;
}

export interface ImportSummary {
  departments: number;
  people: number;
  metrics: number;
  samples: number;
  campaigns: number;
}

/** The workspace's readiness options (spec §4–5 defaults until changed). */
export interface ReadinessSettings {
  horizonDays: number;
  lookbackDays: number;
  ackDeadlineDays: number;
  /** IANA zone of times written without one and of whole days (set from the OS at first start). */
  timeZone: string;
}

/** The first department and its first person (who is always an admin). */
export const workspaceSetupSchema = z.object({
  department: departmentSchema.omit({ archivedAt: true }),
  person: personSchema
    .omit({ department: true, archivedAt: true })
    .extend({ roles: z.array(personSchema.shape.roles.element) }),
});

export interface WorkspaceSetup {
  department: Department;
  person: Person;
}

export interface AuditEvent {
  id: number;
  at: string;
  actor: string;
  action: string;
  objectType: string;
  objectKey: string;
  detail: string;
}

export const api = {
  'workspace.info': { input: z.object({}), result: returns<WorkspaceInfo>() },
  'workspace.import': { input: z.object({ document: z.unknown() }), result: returns<ImportSummary>() },
  'workspace.export': { input: z.object({}), result: returns<InterchangeDocument>() },
  'workspace.loadSample': { input: z.object({}), result: returns<ImportSummary>() },
  'audit.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(100) }),
    result: returns<AuditEvent[]>(),
  },

  'departments.list': { input: z.object({}), result: returns<Department[]>() },
  'people.list': { input: z.object({}), result: returns<Person[]>() },
  'departments.define': {
    input: z.object({ department: departmentSchema.omit({ archivedAt: true }) }),
    result: returns<Department>(),
  },
  'people.define': {
    input: z.object({ person: personSchema.omit({ archivedAt: true }) }),
    result: returns<Person>(),
  },
  /** Rename or recolour; the key (what history refers to) stays (issue 10). */
  'departments.update': {
    input: z.object({ key, name: name.optional(), color: color.optional() }),
    result: returns<Department>(),
  },
  /** Archive: kept for history, no longer offered for new work; never deleted. */
  'departments.archive': { input: z.object({ key }), result: returns<Department>() },
  /** Archive a person: they can no longer act; their name stays on what they did. */
  'people.archive': { input: z.object({ key }), result: returns<Person>() },
  'workspace.setup': { input: workspaceSetupSchema, result: returns<WorkspaceSetup>() },
  'workspace.backup': { input: z.object({}), result: returns<{ path: string }>() },

  // The team workspace's access (team-server.md §3, §7): admins only.
  'people.setPassword': {
    input: z.object({ person: key, password }),
    result: returns<{ sessionsEnded: number }>(),
  },
  'sessions.list': { input: z.object({}), result: returns<SessionInfo[]>() },
  'sessions.end': {
    input: z.object({ id: z.string().min(1).max(100) }),
    result: returns<{ ended: boolean }>(),
  },
  'tokens.list': { input: z.object({}), result: returns<MachineTokenInfo[]>() },
  'tokens.create': { input: tokenCreateSchema, result: returns<CreatedMachineToken>() },
  'tokens.revoke': { input: z.object({ name }), result: returns<{ revoked: boolean }>() },
  /** Departments' calendar subscription links: admins see all, others their own department's. */
  'calendarLinks.list': { input: z.object({}), result: returns<CalendarLink[]>() },
  /** Admins: the department's link, made (a calendar:read token) when it has none. */
  'calendarLinks.create': { input: z.object({ department: key }), result: returns<CalendarLink>() },

  'campaigns.list': {
    input: range.extend({ at: instant.optional() }),
    result: returns<CalendarItem[]>(),
  },
  'campaigns.get': { input: z.object({ key, at: instant.optional() }), result: returns<CampaignDetail>() },
  'campaigns.search': {
    input: z.object({
      query: z.string().trim().min(1).max(200),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    result: returns<SearchAnswer>(),
  },
  'campaigns.create': {
    input: z.object({
      title: name,
      start: instant,
      end: instant,
      channels: z.array(z.string().trim().min(1).max(40)).default([]),
      departments: z.array(key).default([]),
      draft: briefContentSchema.optional(),
    }),
    result: returns<StoredCampaign>(),
  },
  'campaigns.update': {
    input: z.object({
      key,
      revision,
      title: name.optional(),
      channels: z.array(z.string().trim().min(1).max(40)).optional(),
      departments: z.array(key).optional(),
      draft: briefContentSchema.optional(),
    }),
    result: returns<StoredCampaign>(),
  },
  'campaigns.publish': {
    input: z.object({ key, revision, change: z.enum(['material', 'minor']) }),
    result: returns<StoredCampaign>(),
  },
  'campaigns.reschedule': {
    input: z.object({ key, revision, start: instant, end: instant }),
    result: returns<StoredCampaign>(),
  },
  'campaigns.cancel': { input: z.object({ key, revision }), result: returns<StoredCampaign>() },

  'acknowledgements.record': {
    input: z.object({
      campaign: key,
      department: key,
      /** The brief version the person read (spec §6). */
      version: z.number().int().min(1),
      state: z.enum(['acknowledged', 'concern']),
      note: z.string().trim().max(20_000).optional(),
    }),
    result: returns<StoredCampaign>(),
  },
  'decisions.record': {
    input: z.object({
      campaign: key,
      decision: z.enum(['go', 'hold']),
      note: z.string().trim().min(1, 'field_decision_note').max(20_000),
      expires: instant.optional(),
    }),
    result: returns<StoredCampaign>(),
  },

  'inbox.list': {
    input: z.object({ department: key, at: instant.optional() }),
    result: returns<InboxItem[]>(),
  },

  'metrics.list': { input: z.object({ at: instant.optional() }), result: returns<MetricHealth[]>() },
  'metrics.define': { input: z.object({ metric: metricSchema }), result: returns<Metric>() },
  'samples.list': { input: range.extend({ metric: key }), result: returns<Sample[]>() },
  'samples.add': {
    input: z.object({
      metric: key,
      at: instant,
      value: finiteNumber,
      source: sampleSource.default('manual'),
    }),
    result: returns<Sample>(),
  },
  /** Samples as recorded, with their ids and every correction or withdrawal (issue 10). */
  'samples.history': { input: range.extend({ metric: key }), result: returns<SampleEntry[]>() },
  /** A new value for a wrong sample, recorded now; the sample itself is kept. By id, or by its instant and source. */
  'samples.correct': {
    input: sampleTarget
      .extend({ value: finiteNumber, reason: correctionReason })
      .refine(namesOneSample, oneSample),
    result: returns<SampleEntry>(),
  },
  /** Withdraws a wrong sample from now on: readiness passes over it; reports as they stood before are unchanged. */
  'samples.withdraw': {
    input: sampleTarget.extend({ reason: correctionReason }).refine(namesOneSample, oneSample),
    result: returns<SampleEntry>(),
  },
  'samples.importCsv': {
    // The file as text (csv) or as its bytes (file: .csv in any encoding offices save, or .xlsx),
    // sent as they are (bytes: an HTTP body, IPC) or as base64 in JSON (older clients, scripts).
    input: z
      .object({
        csv: z
          .string()
          .max(MAX_IMPORT_FILE_MB * 1_000_000)
          .optional(),
        file: z
          .object({
            name: z.string().min(1).max(255),
            base64: base64File.optional(),
            bytes: fileBytes.optional(),
          })
          .refine((f) => (f.base64 === undefined) !== (f.bytes === undefined), {
            message: 'field_file_or_text',
            path: ['bytes'],
          })
          .optional(),
        // The file a dry run already checked (its answer's fileId), not sent again.
        fileId: z.uuid().optional(),
        dryRun: z.boolean().default(false),
      })
      .refine((i) => [i.csv, i.file, i.fileId].filter((x) => x !== undefined).length === 1, {
        message: 'field_file_or_text',
        path: ['csv'],
      }),
    result: returns<CsvImportResult>(),
  },

  'readiness.report': { input: readinessQuerySchema, result: returns<ReadinessReport>() },
  /** Everything the readiness board shows, in one call (issue 10). */
  'board.get': { input: readinessQuerySchema, result: returns<Board>() },

  'settings.get': { input: z.object({}), result: returns<ReadinessSettings>() },
  'settings.set': {
    input: z.object({
      horizonDays: days.optional(),
      lookbackDays: days.optional(),
      ackDeadlineDays: days.optional(),
      timeZone: timeZone.optional(),
    }),
    result: returns<ReadinessSettings>(),
  },
  'reports.acknowledgements': {
    input: z.object({ campaign: key.optional(), format: officeFormat, locale }),
    result: returns<ReportFile>(),
  },
  'reports.readiness': {
    input: z.object({ at: instant.optional(), format: officeFormat, locale }),
    result: returns<ReportFile>(),
  },
  'reports.acknowledgementsCsv': { input: z.object({ campaign: key.optional() }), result: returns<string>() },
  'reports.calendarIcs': {
    input: z.object({ department: key.optional(), language: z.string().max(20).optional() }),
    result: returns<string>(),
  },
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type ApiInput<M extends Method> = z.input<Api[M]['input']>;
export type ApiParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type ApiResult<M extends Method> = Api[M]['result'];
export const METHODS = Object.keys(api) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

// Errors live in their own module: front ends import them without the schemas (zod).
export { ApiError, type ApiErrorBody, type ApiErrorCode } from './api-error.ts';
export { readinessQuerySchema } from './schemas/readiness-query.ts';

/** A change somebody made; front ends refresh what shows it. */
export interface ChangeEvent {
  /** Workspace-wide, strictly increasing: the change log's sequence number (the SSE event id). */
  seq: number;
  at: string;
  entity: 'workspace' | 'campaign' | 'metric' | 'sample';
  key: string;
  action: string;
  actor: string;
}

/** What every front end holds: call a method, hear about changes. */
export interface ApiClient {
  call<M extends Method>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

/** The person a call is made as; transports carry it beside the input. */
export interface CallContext {
  actor: string | undefined;
  /** The team session the call came in on (an admin changing their own password keeps it). */
  session?: string;
}

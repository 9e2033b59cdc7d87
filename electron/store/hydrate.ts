// Builds full Campaign objects for many campaign rows with one query per child
// table (not one per campaign): a month of the calendar is a few hundred campaigns.
// Engine-neutral: each engine supplies the rows (./sqlite/hydrate.ts, ./postgres/hydrate.ts).
import type {
  Acknowledgement,
  BriefContent,
  BriefVersion,
  CampaignStatus,
  CampaignSummary,
  Decision,
  Flag,
  StoredCampaign,
} from '../../shared/domain.ts';
import { BRIEF_FIELDS } from '../../shared/domain.ts';
import { isoFromMs as iso } from '../../shared/instant.ts';
import type { CampaignQuery } from './store.ts';

/** A campaigns row as both engines select it (instants in ms, JSON as text). */
export interface CampaignDbRow {
  id: number;
  key: string;
  title: string;
  start: number;
  end: number;
  status: CampaignStatus;
  channels: string;
  owner: string;
  draft: string | null;
  revision: number;
  changed_by: string | null;
  changed_at: number | null;
  /** Migration 10: the department ids in position order, comma-separated ('' for none). */
  department_ids: string;
  /** Migration 10: each brief version as "version published_at minor", comma-separated in version order. */
  version_list: string;
  /** Migration 10: the earliest decision's instant, null for none. */
  first_decision_at: number | null;
}

export interface VersionRow {
  c: number;
  version: number;
  published_at: number;
  /** 1 for a minor change, 0 for a material one (an integer: no string built per row). */
  minor: 0 | 1;
  published_by: string | null;
  content: string;
}

export interface AckRow {
  c: number;
  d: number;
  version: number;
  p: number;
  at: number;
  /** 1 for a concern, 0 for a plain acknowledgement (an integer: no string built per row). */
  concern: 0 | 1;
  note: string | null;
}

export interface DecisionRow {
  c: number;
  decision: 'go' | 'hold';
  p: number;
  at: number;
  expires: number | null;
  note: string;
  flags: string | null;
}

/** The child rows of the campaigns with these ids, each table ordered by campaign then as recorded. */
export interface ChildRowSource {
  departments(): Promise<{ id: number; key: string }[]>;
  people(): Promise<{ id: number; key: string }[]>;
  /** Only rows recorded at or before `knownAt` (ms). */
  versions(ids: number[], knownAt: number): Promise<VersionRow[]>;
  acks(ids: number[], knownAt: number): Promise<AckRow[]>;
  /**
   * Of each department's acknowledgements of one version, the one in force at `knownAt`: the latest
   * at or before it (ties: recorded last). Ordered as `acks` (migration 9's acknowledgement_spans).
   */
  acksInForce(ids: number[], knownAt: number): Promise<AckRow[]>;
  decisions(ids: number[], knownAt: number): Promise<DecisionRow[]>;
}

/**
 * Which child rows to load: `all` of them; `none` (dates and departments only); or `rules`, what
 * the readiness rules can use when evaluated at `knownAt` — brief versions without their content or
 * publisher (from the campaign row's version_list), and of each department's acknowledgements of one version only the one in force then (acksInForce).
 * The rules read no other: the latest valid acknowledgement, a department's latest word and whether
 * it acknowledged an older version are each the latest of some versions' acknowledgements, or their existence.
 */
export type Children = 'all' | 'none' | 'rules';

/** The children a campaign query asks for (the calendar's reduction only with the instant it holds for). */
export function childrenOf(
  query: Pick<CampaignQuery, 'withoutChildren' | 'forCalendar' | 'knownAt'>,
): Children {
  if (query.withoutChildren) return 'none';
  return query.forCalendar && query.knownAt !== undefined ? 'rules' : 'all';
}

/** The campaigns of `rows`, in the same order, with child rows recorded at or before `knownAt` (or none). */
export async function hydrateCampaigns(
  source: ChildRowSource,
  rows: readonly CampaignDbRow[],
  knownAt: number,
  children: Children = 'all',
): Promise<StoredCampaign[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const departmentKey = keysById(await source.departments());
  const departments = (row: CampaignDbRow) =>
    row.department_ids === '' ? [] : row.department_ids.split(',').map((id) => departmentKey(Number(id)));
  if (children === 'none') return rows.map((row) => campaign(row, departments(row), NONE, NONE, NONE));
  const personKey = keysById(await source.people());
  // The rules read a version's number, date and kind: the campaign row lists them (migration 10).
  const versions =
    children === 'rules'
      ? new Map(rows.map((row) => [row.id, listedVersions(row.version_list, knownAt)]))
      : groupByCampaign(await source.versions(ids, knownAt), (v) => {
          const version: BriefVersion = {
            version: v.version,
            publishedAt: iso(v.published_at),
            change: v.minor ? 'minor' : 'material',
            ...(JSON.parse(v.content) as BriefContent),
          };
          if (v.published_by) version.publishedBy = v.published_by;
          return version;
        });
  const ackRows = await (children === 'rules' ? source.acksInForce(ids, knownAt) : source.acks(ids, knownAt));
  const acks = groupByCampaign(ackRows, (a) => {
    const ack: Acknowledgement = {
      department: departmentKey(a.d),
      version: a.version,
      by: personKey(a.p),
      at: iso(a.at),
      state: a.concern ? 'concern' : 'acknowledged',
    };
    if (a.note !== null) ack.note = a.note;
    return ack;
  });
  // Only campaigns with a decision by then have decision rows to read (most have none).
  const decided = rows.flatMap((r) =>
    r.first_decision_at !== null && r.first_decision_at <= knownAt ? [r.id] : [],
  );
  const decisionRows = decided.length > 0 ? await source.decisions(decided, knownAt) : [];
  const decisions = groupByCampaign(decisionRows, (d) => {
    const decision: Decision = { decision: d.decision, by: personKey(d.p), at: iso(d.at), note: d.note };
    if (d.expires !== null) decision.expires = iso(d.expires);
    if (d.flags !== null) decision.flags = JSON.parse(d.flags) as Flag[];
    return decision;
  });
  return rows.map((row) => campaign(row, departments(row), versions, acks, decisions));
}

function campaign(
  row: CampaignDbRow,
  departments: string[],
  versions: Grouped<BriefVersion>,
  acks: Grouped<Acknowledgement>,
  decisions: Grouped<Decision>,
): StoredCampaign {
  const campaign: StoredCampaign = {
    ...campaignSummary(row, departments),
    briefVersions: versions.get(row.id) ?? [],
    acknowledgements: acks.get(row.id) ?? [],
    decisions: decisions.get(row.id) ?? [],
    revision: row.revision,
  };
  if (row.draft !== null) campaign.draft = JSON.parse(row.draft) as BriefContent;
  if (row.changed_by !== null) campaign.changedBy = row.changed_by;
  if (row.changed_at !== null) campaign.changedAt = iso(row.changed_at);
  return campaign;
}

/** The versions in a campaign row's version_list ("version published_at minor", comma-separated) published by `knownAt`. */
function listedVersions(list: string, knownAt: number): BriefVersion[] {
  const versions: BriefVersion[] = [];
  // Scanned with indexOf: three times faster than splitting each entry (≈ 2 versions a campaign).
  for (let i = 0; i < list.length;) {
    const space = list.indexOf(' ', i);
    const minor = list.indexOf(' ', space + 1) + 1;
    const at = Number(list.slice(space + 1, minor - 1));
    if (at <= knownAt) {
      const change = list.charCodeAt(minor) === ONE ? 'minor' : 'material';
      versions.push({ version: Number(list.slice(i, space)), publishedAt: iso(at), change });
    }
    i = minor + 2; // past the digit and the comma
  }
  return versions;
}
const ONE = '1'.charCodeAt(0);

/** The campaign's own fields, without briefs, acknowledgements or decisions. */
export function campaignSummary(row: CampaignDbRow, departments: string[]): CampaignSummary {
  return {
    key: row.key,
    title: row.title,
    start: iso(row.start),
    end: iso(row.end),
    status: row.status,
    channels: JSON.parse(row.channels) as string[],
    departments,
    owner: row.owner,
  };
}

/** Keeps only the brief fields that hold text, in a stable order (what both engines store). */
export function briefContent(source: BriefContent): BriefContent {
  const out: BriefContent = {};
  for (const field of BRIEF_FIELDS) {
    const value = source[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** A LIKE pattern matching `text` anywhere, with `\` escaping LIKE's wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type Grouped<T> = ReadonlyMap<number, T[]>;
const NONE: Grouped<never> = new Map();

function keysById(rows: readonly { id: number; key: string }[]): (id: number) => string {
  const keys = new Map(rows.map((r) => [r.id, r.key]));
  return (id) => keys.get(id) ?? '';
}

function groupByCampaign<R extends { c: number }, T>(
  rows: readonly R[],
  map: (row: R) => T,
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  // A campaign's rows come together: look a group up only where the campaign changes.
  let last: number | undefined;
  let group: T[] = [];
  for (const row of rows) {
    if (row.c !== last) {
      last = row.c;
      const found = groups.get(last);
      if (found) group = found;
      else groups.set(last, (group = []));
    }
    group.push(map(row));
  }
  return groups;
}

// Builds full Campaign objects for many campaign rows with one query per child
// table (not one per campaign): a month of the calendar is a few hundred campaigns.
import type Database from 'better-sqlite3';
import type {
  Acknowledgement,
  BriefContent,
  BriefVersion,
  CampaignStatus,
  CampaignSummary,
  Decision,
  Flag,
  StoredCampaign,
} from '../../../shared/domain.ts';
import { isoFromMs as iso } from '../../../shared/instant.ts';

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
}

// Child rows of the campaigns whose ids are in the JSON array `:ids` (recorded at or before `:knownAt`).
const OF_CAMPAIGNS = 'campaign_id IN (SELECT value FROM json_each(:ids))';

export class CampaignHydrator {
  private readonly s;

  constructor(db: Database.Database) {
    const p = <R>(sql: string) => db.prepare<unknown[], R>(sql);
    this.s = {
      departments: p<{ id: number; key: string }>('SELECT id, key FROM departments'),
      people: p<{ id: number; key: string }>('SELECT id, key FROM people'),
      campaignDepartments: p<{ c: number; d: number }>(
        `SELECT campaign_id AS c, department_id AS d FROM campaign_departments WHERE ${OF_CAMPAIGNS}
         ORDER BY campaign_id, position`,
      ),
      versions: p<{
        c: number;
        version: number;
        published_at: number;
        change: 'material' | 'minor';
        published_by: string | null;
        content: string;
      }>(
        `SELECT campaign_id AS c, version, published_at, change, published_by, content FROM brief_versions
         WHERE ${OF_CAMPAIGNS} AND published_at <= :knownAt ORDER BY campaign_id, version`,
      ),
      acks: p<{
        c: number;
        d: number;
        version: number;
        p: number;
        at: number;
        state: 'acknowledged' | 'concern';
        note: string | null;
      }>(
        `SELECT campaign_id AS c, department_id AS d, version, person_id AS p, at, state, note FROM acknowledgements
         WHERE ${OF_CAMPAIGNS} AND at <= :knownAt ORDER BY campaign_id, id`,
      ),
      decisions: p<{
        c: number;
        decision: 'go' | 'hold';
        p: number;
        at: number;
        expires: number | null;
        note: string;
        flags: string | null;
      }>(
        `SELECT campaign_id AS c, decision, person_id AS p, at, expires, note, flags FROM decisions
         WHERE ${OF_CAMPAIGNS} AND at <= :knownAt ORDER BY campaign_id, id`,
      ),
    };
  }

  /** The campaigns of `rows`, in the same order, with child rows recorded at or before `knownAt` (or none). */
  hydrate(rows: readonly CampaignDbRow[], knownAt: number, withChildren = true): StoredCampaign[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const departmentKey = keysById(this.s.departments.all());
    const departments = groupByCampaign(this.s.campaignDepartments.all({ ids }), (r) => departmentKey(r.d));
    if (!withChildren) return rows.map((row) => this.campaign(row, departments, NONE, NONE, NONE));
    const personKey = keysById(this.s.people.all());
    const versions = groupByCampaign(this.s.versions.all({ ids, knownAt }), (v) => {
      const version: BriefVersion = {
        version: v.version,
        publishedAt: iso(v.published_at),
        change: v.change,
        ...(JSON.parse(v.content) as BriefContent),
      };
      if (v.published_by) version.publishedBy = v.published_by;
      return version;
    });
    const acks = groupByCampaign(this.s.acks.all({ ids, knownAt }), (a) => {
      const ack: Acknowledgement = {
        department: departmentKey(a.d),
        version: a.version,
        by: personKey(a.p),
        at: iso(a.at),
        state: a.state,
      };
      if (a.note !== null) ack.note = a.note;
      return ack;
    });
    const decisions = groupByCampaign(this.s.decisions.all({ ids, knownAt }), (d) => {
      const decision: Decision = { decision: d.decision, by: personKey(d.p), at: iso(d.at), note: d.note };
      if (d.expires !== null) decision.expires = iso(d.expires);
      if (d.flags !== null) decision.flags = JSON.parse(d.flags) as Flag[];
      return decision;
    });
    return rows.map((row) => this.campaign(row, departments, versions, acks, decisions));
  }

  private campaign(
    row: CampaignDbRow,
    departments: Grouped<string>,
    versions: Grouped<BriefVersion>,
    acks: Grouped<Acknowledgement>,
    decisions: Grouped<Decision>,
  ): StoredCampaign {
    const campaign: StoredCampaign = {
      ...campaignSummary(row, departments.get(row.id) ?? []),
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
}

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
  for (const row of rows) {
    const group = groups.get(row.c);
    if (group) group.push(map(row));
    else groups.set(row.c, [map(row)]);
  }
  return groups;
}

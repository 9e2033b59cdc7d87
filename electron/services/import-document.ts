// Writes a checked interchange document into the workspace. Keys present are
// updated (departments, people, metrics, a campaign's own fields); history is only
// ever added to: brief versions, acknowledgements, decisions and samples already
// stored stay as they are, and a document that would change a published brief
// version is refused, naming its JSON path, before anything is written.
import type { ImportSummary } from '../../shared/api.ts';
import { writeSamples } from './sample-plan.ts';
import {
  BRIEF_FIELDS,
  type BriefContent,
  type BriefVersion,
  type Decision,
  type StoredCampaign,
} from '../../shared/domain.ts';
import type { InterchangeDocument } from '../../shared/schemas/interchange.ts';
import type { Problem } from '../../shared/schemas/primitives.ts';
import type { CampaignRow, StoreWriter } from '../store/store.ts';
import { failure } from './context.ts';

/** Keys listed per entity in the audit event; the counts are always exact. */
const MAX_KEYS = 1000;

/** What an import added or changed, per entity: the audit event's detail. */
export interface ImportRecord {
  added: Record<string, EntityKeys>;
  changed: Record<string, EntityKeys>;
}

interface EntityKeys {
  count: number;
  keys: string[];
}

class Recorder {
  readonly record: ImportRecord = { added: {}, changed: {} };
  add(kind: 'added' | 'changed', entity: string, key: string): void {
    const entry = (this.record[kind][entity] ??= { count: 0, keys: [] });
    entry.count++;
    if (entry.keys.length < MAX_KEYS) entry.keys.push(key);
  }
  count(entity: string): number {
    return this.record.added[entity]?.count ?? 0;
  }
}

/** A document that does not say `archivedAt` leaves a stored archive as it is (the upsert keeps it). */
function withStoredArchive<T extends { archivedAt?: string | undefined }>(
  item: T,
  before: { archivedAt?: string },
): T {
  return item.archivedAt === undefined && before.archivedAt !== undefined
    ? { ...item, archivedAt: before.archivedAt }
    : item;
}

export async function writeDocument(
  tx: StoreWriter,
  doc: InterchangeDocument,
  by: { actor: string; at: string },
): Promise<{ summary: ImportSummary; record: ImportRecord }> {
  const stored = new Map((await tx.allCampaigns()).map((c) => [c.key, c]));
  refuseChangedVersions(doc, stored);
  const r = new Recorder();

  const departments = new Map((await tx.listDepartments()).map((d) => [d.key, d]));
  for (const d of doc.departments) {
    const before = departments.get(d.key);
    if (before && sameJson(before, withStoredArchive(d, before))) continue;
    await tx.upsertDepartment(d);
    r.add(before ? 'changed' : 'added', 'departments', d.key);
  }
  const people = new Map((await tx.listPeople()).map((p) => [p.key, p]));
  for (const p of doc.people) {
    const before = people.get(p.key);
    if (before && sameJson(before, withStoredArchive(p, before))) continue;
    await tx.upsertPerson(p);
    r.add(before ? 'changed' : 'added', 'people', p.key);
  }
  const metrics = new Map((await tx.listMetrics()).map((m) => [m.key, m]));
  for (const m of doc.metrics) {
    const before = metrics.get(m.key);
    if (before && sameJson(before, m)) continue;
    await tx.upsertMetric(m);
    r.add(before ? 'changed' : 'added', 'metrics', m.key);
  }
  // A value for an instant its source already reported corrects that sample (sample-plan.ts).
  const plan = await writeSamples(tx, doc.samples, by.actor, by.at);
  if (plan.store.length > 0) r.record.added.samples = { count: plan.store.length, keys: [] };
  if (plan.corrections.length > 0)
    r.record.changed.samples = {
      count: plan.corrections.length,
      keys: plan.corrections.slice(0, MAX_KEYS).map((c) => `${c.sample.metric}@${c.sample.at}`),
    };

  for (const c of doc.campaigns) {
    const before = stored.get(c.key);
    if (!before) {
      await tx.insertCampaign(c);
      await tx.touchCampaign(c.key, by.actor, by.at);
      r.add('added', 'campaigns', c.key);
    } else if (!sameOwnFields(before, c)) {
      await tx.upsertCampaign(c);
      await tx.touchCampaign(c.key, by.actor, by.at);
      r.add('changed', 'campaigns', c.key);
    }
    const versions = new Set(before?.briefVersions.map((v) => v.version));
    for (const v of c.briefVersions) {
      if (versions.has(v.version)) continue; // identical: refuseChangedVersions checked it
      await tx.insertBriefVersion(c.key, v);
      r.add('added', 'briefVersions', `${c.key}#${v.version}`);
    }
    for (const a of c.acknowledgements) {
      if (await tx.addAcknowledgement(c.key, a))
        r.add('added', 'acknowledgements', `${c.key}/${a.department}/v${a.version}/${a.by}/${a.at}`);
    }
    for (const d of c.decisions) {
      if (await tx.addDecision(c.key, d as Decision))
        r.add('added', 'decisions', `${c.key}/${d.decision}/${d.by}/${d.at}`);
    }
  }
  const summary: ImportSummary = {
    departments: doc.departments.length,
    people: doc.people.length,
    metrics: doc.metrics.length,
    samples: plan.store.length,
    campaigns: doc.campaigns.length,
  };
  return { summary, record: r.record };
}

/** Spec §6: a published brief version is never changed, by an import or otherwise. */
function refuseChangedVersions(doc: InterchangeDocument, stored: ReadonlyMap<string, StoredCampaign>): void {
  const problems: (Problem & { version: number; campaign: string })[] = [];
  doc.campaigns.forEach((c, i) => {
    const before = stored.get(c.key);
    if (!before) return;
    const byNumber = new Map(before.briefVersions.map((v) => [v.version, v]));
    c.briefVersions.forEach((v, j) => {
      const old = byNumber.get(v.version);
      if (old && !sameVersion(old, v)) {
        const path = `$.campaigns[${i}].briefVersions[${j}]`;
        problems.push({
          path,
          message: `version ${v.version} of "${c.key}" is already published with other content; a published version is never changed`,
          version: v.version,
          campaign: c.key,
        });
      }
    });
  });
  const [first] = problems;
  if (!first) return;
  throw failure(
    'invalid_input',
    'import_changes_published_version',
    { path: first.path, version: first.version, campaign: first.campaign },
    problems.map(({ path, message }) => ({ path, message })),
  );
}

function sameVersion(a: BriefVersion, b: BriefVersion): boolean {
  return (
    a.publishedAt === b.publishedAt &&
    a.change === b.change &&
    (a.publishedBy ?? '') === (b.publishedBy ?? '') &&
    (a.summary ?? '') === (b.summary ?? '') &&
    sameContent(a, b)
  );
}

function sameContent(a: BriefContent, b: BriefContent): boolean {
  return BRIEF_FIELDS.every((f) => (a[f] ?? '') === (b[f] ?? ''));
}

function sameOwnFields(a: StoredCampaign, b: CampaignRow): boolean {
  const sameDraft =
    a.draft === undefined || b.draft === undefined ? a.draft === b.draft : sameContent(a.draft, b.draft);
  return (
    a.title === b.title &&
    a.start === b.start &&
    a.end === b.end &&
    a.status === b.status &&
    a.owner === b.owner &&
    sameJson(a.channels, b.channels) &&
    sameJson(a.departments, b.departments) &&
    sameDraft
  );
}

/** Equal as JSON with keys in a stable order (flat records and arrays of strings). */
function sameJson(a: object, b: object): boolean {
  const canonical = (x: object) => JSON.stringify(x, Object.keys(x).sort());
  return Array.isArray(a) ? JSON.stringify(a) === JSON.stringify(b) : canonical(a) === canonical(b);
}

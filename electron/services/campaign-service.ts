import type {
  ApiParsedInput,
  CalendarItem,
  CampaignDetail,
  InboxItem,
  SearchAnswer,
  SearchResult,
} from '../../shared/api.ts';
import {
  BRIEF_FIELDS,
  MARKETING_DEPARTMENT,
  type BriefContent,
  type Campaign,
  type ChangeKind,
  type StandingDecision,
  type StoredCampaign,
} from '../../shared/domain.ts';
import { acknowledgementSummary } from '../../shared/rules/acknowledgement-summary.ts';
import {
  acknowledgingDepartments,
  archivedDepartments,
  currentVersion,
  latestValidAck,
  standingDecision,
} from '../../shared/rules/readiness.ts';
import type { StoreReader, StoreWriter } from '../store/store.ts';
import { actorName, failure, notFound, requireRole, type Actor, type ServiceContext } from './context.ts';
import type { ReadinessService } from './readiness-service.ts';

const DAY_MS = 86_400_000;
const FAR_FUTURE_DAYS = 3650;

export class CampaignService {
  private readonly ctx: ServiceContext;
  private readonly readiness: ReadinessService;

  constructor(ctx: ServiceContext, readiness: ReadinessService) {
    this.ctx = ctx;
    this.readiness = readiness;
  }

  /** The calendar's visible range, each campaign with its readiness now (or at `at`). */
  list(input: ApiParsedInput<'campaigns.list'>): Promise<CalendarItem[]> {
    return this.ctx.store.read(async (tx) => {
      const options = await this.readiness.options({ at: input.at }, tx);
      // Only what readiness at `options.at` reads: no brief content, no superseded acknowledgements.
      const campaigns = await tx.listCampaigns({
        from: input.from,
        to: input.to,
        knownAt: options.at,
        forCalendar: true,
      });
      const readiness = await this.readiness.forCampaigns(tx, campaigns, options);
      const archived = archivedDepartments(await tx.listDepartments());
      return campaigns.map((c) => {
        const r = readiness.get(c.key);
        const { briefVersions: _v, acknowledgements: _a, decisions: _d, draft: _draft, ...summary } = c;
        const version = currentVersion(c, options.at) ?? null;
        // A draft, or a campaign with no brief sent yet, awaits nobody (issue 10: never "Awaiting").
        const asked = c.status === 'published' && version !== null;
        return {
          ...summary,
          currentVersion: version,
          readiness: r?.readiness ?? 'ready',
          launchedWhileFailing: r?.flags.some((f) => f.code === 'launched_while_failing') ?? false,
          awaiting: asked
            ? acknowledgingDepartments(c, options.at, archived).filter(
                (d) => !latestValidAck(c, d, options.at),
              )
            : [],
          acknowledgements: acknowledgementSummary(c, options.at, archived),
          ...(r?.decision ? { decision: r.decision } : {}),
        };
      });
    });
  }

  get(key: string, at: string | undefined): Promise<CampaignDetail> {
    return this.ctx.store.read(async (tx) => {
      const campaign = await this.find(tx, key);
      const options = await this.readiness.options({ at }, tx);
      const readiness = await this.readiness.forCampaigns(tx, [campaign], options);
      return { campaign, readiness: readiness.get(key) as CampaignDetail['readiness'] };
    });
  }

  /** Campaigns by title, for the top bar's search. */
  /** Campaigns by title, for the top bar's search, each with its standing decision (a HOLD is a status). */
  search(query: string, limit: number): Promise<SearchAnswer> {
    return this.ctx.store.read(async (tx) => {
      const now = this.ctx.nowIso();
      // Nearest launch first (issue 10): what is about to start, or just started, before the archive.
      const found = await tx.searchCampaigns(query, limit, now);
      const results: SearchResult[] = [];
      for (const c of found) {
        // Only published campaigns can have a decision; their decisions are few rows each.
        const full = c.status === 'published' ? await tx.getCampaign(c.key) : undefined;
        results.push({ ...c, ...withDecision(full && standingDecision(full.decisions, now)) });
      }
      const total = found.length < limit ? found.length : await tx.countCampaigns(query);
      return { campaigns: results, total };
    });
  }

  async create(input: ApiParsedInput<'campaigns.create'>, actor: Actor): Promise<StoredCampaign> {
    requireRole(actor, ['marketing'], 'create_campaigns');
    checkDates(input.start, input.end);
    return this.change(actor, 'create', async (tx) => {
      await checkDepartments(tx, input.departments, []);
      const key = await uniqueKey(tx, slug(input.title));
      await tx.insertCampaign({
        key,
        title: input.title,
        start: input.start,
        end: input.end,
        status: 'draft',
        channels: input.channels,
        departments: withMarketing(input.departments),
        owner: actor.kind === 'person' ? actor.person.key : await anyMarketer(tx),
        draft: input.draft ?? {},
      });
      return key;
    });
  }

  async update(input: ApiParsedInput<'campaigns.update'>, actor: Actor): Promise<StoredCampaign> {
    requireRole(actor, ['marketing'], 'edit_campaigns');
    return this.change(actor, 'update', async (tx) => {
      const c = await this.findAt(tx, input.key, input.revision);
      if (c.status === 'cancelled') throw failure('conflict', 'cancelled_no_edit', { title: c.title });
      if (input.departments) await checkDepartments(tx, input.departments, c.departments);
      await tx.upsertCampaign({
        ...c,
        title: input.title ?? c.title,
        channels: input.channels ?? c.channels,
        departments: input.departments ? withMarketing(input.departments) : c.departments,
        draft: input.draft ?? c.draft,
      });
      return c.key;
    });
  }

  /** Freezes the draft as the next brief version; version 1 is always material. */
  async publish(input: ApiParsedInput<'campaigns.publish'>, actor: Actor): Promise<StoredCampaign> {
    requireRole(actor, ['marketing'], 'publish_briefs');
    const { key, change } = input;
    return this.change(actor, 'publish', async (tx) => {
      const c = await this.findAt(tx, key, input.revision);
      if (c.status === 'cancelled') throw failure('conflict', 'cancelled_no_publish', { title: c.title });
      const latest = c.briefVersions.at(-1);
      const content = c.draft ?? contentOf(latest);
      if (latest && c.status === 'published' && sameContent(content, contentOf(latest))) {
        throw failure('conflict', 'nothing_changed');
      }
      await this.addVersion(tx, c, content, latest ? change : 'material', actor);
      await tx.upsertCampaign({ ...c, status: 'published', draft: undefined });
      return key;
    });
  }

  /** Moving a published campaign is a material change: departments must acknowledge again. */
  async reschedule(input: ApiParsedInput<'campaigns.reschedule'>, actor: Actor): Promise<StoredCampaign> {
    requireRole(actor, ['marketing'], 'reschedule_campaigns');
    const { key, start, end } = input;
    checkDates(start, end);
    return this.change(actor, 'reschedule', async (tx) => {
      const c = await this.findAt(tx, key, input.revision);
      if (c.status === 'cancelled') throw failure('conflict', 'cancelled_no_move', { title: c.title });
      if (c.start === start && c.end === end) return key;
      await tx.setCampaignDates(key, start, end);
      const latest = c.briefVersions.at(-1);
      if (c.status === 'published' && latest) {
        const summary = `Rescheduled from ${c.start} – ${c.end} to ${start} – ${end}`;
        await this.addVersion(tx, c, contentOf(latest), 'material', actor, summary);
      }
      return key;
    });
  }

  async cancel(input: ApiParsedInput<'campaigns.cancel'>, actor: Actor): Promise<StoredCampaign> {
    requireRole(actor, ['marketing'], 'cancel_campaigns');
    return this.change(actor, 'cancel', async (tx) => {
      const c = await this.findAt(tx, input.key, input.revision);
      await tx.setCampaignStatus(c.key, 'cancelled');
      return c.key;
    });
  }

  /**
   * Spec §4: any person of the department (whatever their roles) acknowledges for it, nobody for
   * another (admins and leadership included); only the system actor (the command line) may for any.
   * Spec §6: the person names the version they read; an older one is refused.
   */
  async acknowledge(input: ApiParsedInput<'acknowledgements.record'>, actor: Actor): Promise<StoredCampaign> {
    if (actor.kind === 'anonymous' || actor.kind === 'machine')
      requireRole(actor, ['member'], 'acknowledge_briefs');
    if (actor.kind === 'person' && actor.person.department !== input.department) {
      throw failure('forbidden', 'acknowledge_own_department', { name: actor.person.name });
    }
    if (input.state === 'concern' && !input.note) {
      throw failure('invalid_input', 'concern_needs_note', {}, [
        { path: '$.note', message: 'required for a concern' },
      ]);
    }
    return this.change(actor, 'acknowledge', async (tx) => {
      const c = await this.find(tx, input.campaign);
      const now = this.ctx.nowIso();
      const version = currentVersion(c, now);
      if (c.status !== 'published' || version === undefined) {
        throw failure('conflict', 'nothing_to_acknowledge', { title: c.title });
      }
      const archived = archivedDepartments(await tx.listDepartments());
      if (!acknowledgingDepartments(c, now, archived).includes(input.department)) {
        throw failure('conflict', 'department_not_asked', { title: c.title, department: input.department });
      }
      if (input.version !== version) {
        throw failure('conflict', 'ack_version_stale', { title: c.title, version, read: input.version });
      }
      const by = actor.kind === 'person' ? actor.person.key : await anyMemberOf(tx, input.department);
      await tx.addAcknowledgement(c.key, {
        department: input.department,
        version,
        by,
        at: now,
        state: input.state,
        ...(input.note ? { note: input.note } : {}),
      });
      return c.key;
    });
  }

  async decide(input: ApiParsedInput<'decisions.record'>, actor: Actor): Promise<StoredCampaign> {
    requireRole(actor, ['leadership'], 'record_decisions');
    const now = this.ctx.nowIso();
    if (input.expires !== undefined && input.expires <= now) {
      throw failure('invalid_input', 'decision_already_expired', {}, [
        { path: '$.expires', message: 'must be later than now' },
      ]);
    }
    return this.change(actor, 'decide', async (tx) => {
      const c = await this.find(tx, input.campaign);
      if (c.status !== 'published' || c.end < now) {
        throw failure('conflict', 'decision_not_applicable', { title: c.title });
      }
      const options = await this.readiness.options({ at: now }, tx);
      const readiness = (await this.readiness.forCampaigns(tx, [c], options)).get(c.key);
      await tx.addDecision(c.key, {
        decision: input.decision,
        by: actor.kind === 'person' ? actor.person.key : await anyWithRole(tx, 'leadership'),
        at: now,
        note: input.note,
        ...(input.expires ? { expires: input.expires } : {}),
        flags: readiness?.flags ?? [],
      });
      return c.key;
    });
  }

  /** Briefs awaiting the department's acknowledgement, soonest launch first. */
  inbox(department: string, at: string | undefined): Promise<InboxItem[]> {
    return this.ctx.store.read(async (tx) => {
      const options = await this.readiness.options({ at }, tx);
      const now = options.at;
      const to = new Date(Date.parse(now) + FAR_FUTURE_DAYS * DAY_MS).toISOString();
      const campaigns = await tx.listCampaigns({
        from: now,
        to,
        publishedOnly: true,
        knownAt: now,
        awaiting: department,
      });
      const items: InboxItem[] = [];
      const archived = archivedDepartments(await tx.listDepartments());
      for (const c of campaigns) {
        if (!acknowledgingDepartments(c, now, archived).includes(department)) continue;
        const version = currentVersion(c, now);
        if (version === undefined || latestValidAck(c, department, now)) continue;
        const ackDeadline = new Date(Date.parse(c.start) - options.ackDeadlineDays * DAY_MS).toISOString();
        const { briefVersions, acknowledgements, decisions: _d, draft: _draft, ...summary } = c;
        items.push({
          campaign: summary,
          currentVersion: version,
          publishedAt: briefVersions.find((v) => v.version === version)?.publishedAt ?? now,
          staleVersion: acknowledgements.some((a) => a.department === department && a.version < version),
          ackDeadline,
          overdue: now >= ackDeadline,
          acknowledgements: acknowledgementSummary(c, now, archived),
          ...withDecision(standingDecision(c.decisions, now)),
        });
      }
      return items;
    });
  }

  // ---- helpers ----

  private async find(tx: StoreReader, key: string): Promise<StoredCampaign> {
    const c = await tx.getCampaign(key);
    if (!c) throw notFound('campaign', key);
    return c;
  }

  /** The campaign, unless it changed since the caller loaded `revision` (spec §6): then 409 naming who and when. */
  private async findAt(tx: StoreReader, key: string, revision: number): Promise<StoredCampaign> {
    const c = await this.find(tx, key);
    if (c.revision === revision) return c;
    const { title, changedBy, changedAt } = c;
    if (changedAt === undefined) {
      throw failure('conflict', 'campaign_revision_unknown', { title, revision: c.revision });
    }
    const person = (await tx.listPeople()).find((p) => p.key === changedBy);
    throw person
      ? failure('conflict', 'campaign_changed', {
          title,
          name: person.name,
          at: changedAt,
          revision: c.revision,
        })
      : failure('conflict', 'campaign_changed_by_system', { title, at: changedAt, revision: c.revision });
  }

  /**
   * One audited write of a campaign. Its own changes (not acknowledgements or decisions, which
   * never conflict with an edit) raise its revision.
   */
  private async change(
    actor: Actor,
    action: string,
    work: (tx: StoreWriter) => Promise<string>,
  ): Promise<StoredCampaign> {
    const raisesRevision = action !== 'acknowledge' && action !== 'decide';
    const { campaign } = await this.ctx.auditedWrite<{ key: string; campaign: StoredCampaign }>(
      actor,
      ({ key, campaign }) => ({
        action: `campaign.${action}`,
        objectType: 'campaign',
        objectKey: key,
        detail: summaryOf(campaign),
        entity: 'campaign',
        changeAction: action,
      }),
      async (tx) => {
        const key = await work(tx);
        if (raisesRevision) await tx.touchCampaign(key, actorName(actor), this.ctx.nowIso());
        return { key, campaign: await this.find(tx, key) };
      },
    );
    return campaign;
  }

  private async addVersion(
    tx: StoreWriter,
    c: Campaign,
    content: BriefContent,
    change: ChangeKind,
    actor: Actor,
    summary?: string,
  ): Promise<void> {
    const next = (c.briefVersions.at(-1)?.version ?? 0) + 1;
    await tx.insertBriefVersion(c.key, {
      version: next,
      publishedAt: this.ctx.nowIso(),
      change,
      ...(actor.kind === 'person' ? { publishedBy: actor.person.key } : {}),
      ...(summary ? { summary } : {}),
      ...content,
    });
  }
}

function summaryOf(c: Campaign) {
  return {
    title: c.title,
    start: c.start,
    end: c.end,
    status: c.status,
    version: c.briefVersions.at(-1)?.version ?? null,
  };
}

function contentOf(version: BriefContent | undefined): BriefContent {
  const out: BriefContent = {};
  if (!version) return out;
  for (const f of BRIEF_FIELDS) if (version[f]) out[f] = version[f];
  return out;
}

function sameContent(a: BriefContent, b: BriefContent): boolean {
  return BRIEF_FIELDS.every((f) => (a[f] ?? '') === (b[f] ?? ''));
}

function checkDates(start: string, end: string): void {
  if (end < start) {
    throw failure('invalid_input', 'ends_before_start', {}, [
      { path: '$.end', message: 'must not be before the start' },
    ]);
  }
}

/** Every key names a department; an archived one only where the campaign already listed it (issue 10). */
async function checkDepartments(
  tx: StoreReader,
  keys: readonly string[],
  listed: readonly string[],
): Promise<void> {
  const known = new Map((await tx.listDepartments()).map((d) => [d.key, d]));
  const unknown = keys.find((k) => !known.has(k));
  if (unknown) throw notFound('department', unknown);
  const archived = keys.map((k) => known.get(k)).find((d) => d?.archivedAt && !listed.includes(d.key));
  if (archived) throw failure('conflict', 'department_archived', { department: archived.name });
}

/** Marketing owns every campaign; it is listed but never asked to acknowledge. */
function withMarketing(departments: readonly string[]): string[] {
  const unique = [...new Set(departments)];
  return unique.includes(MARKETING_DEPARTMENT) ? unique : [MARKETING_DEPARTMENT, ...unique];
}

function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'campaign';
}

async function uniqueKey(tx: StoreReader, base: string): Promise<string> {
  for (let i = 1; ; i++) {
    const key = i === 1 ? base : `${base}-${i}`;
    if (!(await tx.getCampaign(key))) return key;
  }
}

async function anyWithRole(tx: StoreReader, role: 'marketing' | 'leadership'): Promise<string> {
  const person = (await tx.listPeople()).find((p) => p.roles.includes(role));
  if (!person) throw failure('conflict', 'nobody_with_role', { role });
  return person.key;
}

function anyMarketer(tx: StoreReader): Promise<string> {
  return anyWithRole(tx, 'marketing');
}

async function anyMemberOf(tx: StoreReader, department: string): Promise<string> {
  const person = (await tx.listPeople()).find((p) => p.department === department);
  if (!person) throw failure('conflict', 'nobody_in_department', { department });
  return person.key;
}

function withDecision(decision: StandingDecision | undefined): { decision?: StandingDecision } {
  return decision ? { decision } : {};
}

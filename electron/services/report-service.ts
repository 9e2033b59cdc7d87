// Exports for people outside the app: the acknowledgement matrix as CSV (for a
// spreadsheet) and the campaign calendar as .ics (for departments' own calendars).
import { stringify } from 'csv-stringify/sync';
import type { Campaign } from '../../shared/domain.ts';
import type { ApiParsedInput } from '../../shared/api.ts';
import { acknowledgementText } from '../../shared/i18n/acknowledgement-text.ts';
import { decisionText } from '../../shared/i18n/decision-text.ts';
import { flagSentence, formatters } from '../../shared/i18n/flag-text.ts';
import { createI18n, intlTag, pickLanguage } from '../../shared/i18n/i18n.ts';
import { acknowledgementSummary } from '../../shared/rules/acknowledgement-summary.ts';
import { neutralise, officeFile, type OfficeFile, type OfficeTable } from '../reports/office-table.ts';
import { calendarText } from '../reports/calendar.ts';
import { ensureWorkspaceId, workspaceTimeZone } from './readiness-settings.ts';
import {
  ackValidFor,
  acknowledgingDepartments,
  archivedDepartments,
  currentVersion,
} from '../../shared/rules/readiness.ts';
import type { StoreReader } from '../store/store.ts';
import { notFound, type ServiceContext } from './context.ts';
import type { ReadinessService } from './readiness-service.ts';

export const ACK_CSV_COLUMNS = [
  'campaign',
  'title',
  'department',
  'current_version',
  'state',
  'version',
  'by',
  'at',
  'stale',
  'note',
] as const;

interface AckRow {
  campaign: string;
  title: string;
  department: string;
  currentVersion: number | null;
  state: 'acknowledged' | 'concern' | 'missing';
  version: number | null;
  by: string;
  at: string | null;
  stale: boolean;
  note: string;
}

export class ReportService {
  private readonly ctx: ServiceContext;
  private readonly readiness: ReadinessService;

  constructor(ctx: ServiceContext, readiness: ReadinessService) {
    this.ctx = ctx;
    this.readiness = readiness;
  }

  /**
   * One row per acknowledging department × campaign: the department's latest acknowledgement
   * (any version) now, `missing` when there is none, and `stale` when a material change voided it.
   */
  async acknowledgementsCsv(campaignKey: string | undefined): Promise<string> {
    const rows = await this.ctx.store.read((tx) => this.acknowledgementRows(tx, campaignKey));
    const text = rows.map((r) => [
      r.campaign,
      r.title,
      r.department,
      r.currentVersion === null ? '' : String(r.currentVersion),
      r.state,
      r.version === null ? '' : String(r.version),
      r.by,
      r.at ?? '',
      String(r.stale),
      r.note,
    ]);
    return stringify(
      text.map((r) => r.map(neutralise)),
      { header: true, columns: [...ACK_CSV_COLUMNS] },
    );
  }

  /** The acknowledgement matrix for people: translated, local times, as .xlsx or Excel-friendly CSV. */
  async acknowledgementsFile(input: ApiParsedInput<'reports.acknowledgements'>): Promise<OfficeFile> {
    const t = (await createI18n(input.locale)).t;
    const { rows, timeZone } = await this.ctx.store.read(async (tx) => ({
      rows: await this.acknowledgementRows(tx, input.campaign),
      timeZone: await workspaceTimeZone(tx, this.ctx),
    }));
    const h = (k: string) => t(`exports:acks.${k}`, { zone: timeZone });
    const table: OfficeTable = {
      sheet: h('sheet'),
      headers: [
        'campaign',
        'title',
        'department',
        'currentVersion',
        'state',
        'version',
        'by',
        'at',
        'stale',
        'note',
      ].map(h),
      rows: rows.map((r) => [
        r.campaign,
        r.title,
        r.department,
        r.currentVersion,
        t(`exports:ackState.${r.state}`),
        r.version,
        r.by,
        r.at === null ? null : { instant: r.at },
        r.stale ? t('exports:yes') : t('exports:no'),
        r.note,
      ]),
      timeZone,
    };
    const day = this.ctx.nowIso().slice(0, 10);
    return officeFile(
      table,
      input.format,
      `acknowledgements-${input.campaign ?? 'all'}-${day}`,
      input.locale,
    );
  }

  /** The readiness report for people: one row per campaign, its problems in words. */
  async readinessFile(input: ApiParsedInput<'reports.readiness'>): Promise<OfficeFile> {
    const language = pickLanguage([input.locale]);
    const t = (await createI18n(language)).t;
    const report = await this.readiness.report({ at: input.at });
    const data = await this.ctx.store.read(async (tx) => {
      const campaigns = await tx.allCampaigns();
      return {
        timeZone: await workspaceTimeZone(tx, this.ctx),
        metrics: new Map((await tx.listMetrics()).map((m) => [m.key, m])),
        departments: new Map((await tx.listDepartments()).map((d) => [d.key, d.name])),
        people: new Map((await tx.listPeople()).map((p) => [p.key, p.name])),
        versions: new Map(campaigns.map((c) => [c.key, currentVersion(c, report.at) ?? null])),
      };
    });
    const { timeZone } = data;
    const format = formatters(input.locale, timeZone);
    const personName = (k: string) => data.people.get(k) ?? k;
    const h = (k: string) => t(`exports:readiness.${k}`, { zone: timeZone });
    const table: OfficeTable = {
      sheet: h('sheet'),
      headers: [
        'campaign',
        'title',
        'phase',
        'readiness',
        'start',
        'end',
        'decision',
        'problems',
        'asOf',
      ].map(h),
      rows: report.campaigns.map((c) => {
        const failing = c.flags.some((f) => f.code === 'launched_while_failing');
        const decision = c.decision
          ? `${t(`common:decision.${c.decision.decision}`)} — ${personName(c.decision.by)}: ${c.decision.note}`
          : '';
        const problems = c.flags.map((flag) =>
          flagSentence(t, flag, {
            metrics: data.metrics,
            departmentName: (k) => data.departments.get(k) ?? k,
            personName,
            currentVersion: data.versions.get(c.key) ?? null,
            start: c.start,
            at: report.at,
            format,
          }),
        );
        return [
          c.key,
          c.title,
          t(`common:phase.${c.phase}`),
          t(`common:readiness.${c.readiness === 'ended' && failing ? 'ended_failing' : c.readiness}`),
          { instant: c.start },
          { instant: c.end },
          decision,
          problems.join('\n'),
          { instant: report.at },
        ];
      }),
      timeZone,
    };
    return officeFile(table, input.format, `readiness-${report.at.slice(0, 10)}`, input.locale);
  }

  /** One row per acknowledging department × campaign (see acknowledgementsCsv). */
  private async acknowledgementRows(tx: StoreReader, campaignKey: string | undefined): Promise<AckRow[]> {
    const now = this.ctx.nowIso();
    {
      const campaigns = await this.pick(tx, campaignKey);
      const [departments, people] = await Promise.all([tx.listDepartments(), tx.listPeople()]);
      const deptName = new Map(departments.map((d) => [d.key, d.name]));
      const personName = new Map(people.map((p) => [p.key, p.name]));
      const rows: AckRow[] = [];
      const archived = archivedDepartments(departments);
      for (const c of campaigns) {
        const current = currentVersion(c, now);
        for (const department of acknowledgingDepartments(c, now, archived)) {
          const latest = c.acknowledgements
            .filter((a) => a.department === department && a.at <= now)
            .reduce<Campaign['acknowledgements'][number] | undefined>(
              (best, a) => (!best || a.at >= best.at ? a : best),
              undefined,
            );
          const stale =
            latest !== undefined && current !== undefined && !ackValidFor(c, latest.version, current);
          rows.push({
            campaign: c.key,
            title: c.title,
            department: deptName.get(department) ?? department,
            currentVersion: current ?? null,
            state: latest?.state ?? 'missing',
            version: latest?.version ?? null,
            by: latest ? (personName.get(latest.by) ?? latest.by) : '',
            at: latest?.at ?? null,
            stale,
            note: latest?.note ?? '',
          });
        }
      }
      return rows;
    }
  }

  /**
   * Published campaigns (or one department's), and cancelled ones that were published, as
   * events subscribers' calendars keep in step (see reports/calendar.ts).
   */
  async calendarIcs(department: string | undefined, language = 'en'): Promise<string> {
    const t = (await createI18n(language)).t;
    const workspaceId = await ensureWorkspaceId(this.ctx);
    return this.ctx.store.read(async (tx) => {
      const departments = await tx.listDepartments();
      const named = departments.find((d) => d.key === department);
      if (department && !named) throw notFound('department', department);
      const campaigns = (await tx.allCampaigns()).filter(
        (c) =>
          (c.status === 'published' || (c.status === 'cancelled' && c.briefVersions.length > 0)) &&
          (!department || c.departments.includes(department)),
      );
      const options = await this.readiness.options({}, tx);
      const live = campaigns.filter((c) => c.status === 'published');
      const readiness = await this.readiness.forCampaigns(tx, live, options);
      const people = await tx.listPeople();
      const personName = (key: string) => people.find((p) => p.key === key)?.name ?? key;
      const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
      const timeZone = await workspaceTimeZone(tx, this.ctx);
      const format = formatters(language, timeZone);
      return calendarText({
        campaigns,
        readiness,
        at: options.at,
        workspaceId,
        timeZone,
        ...(named ? { department: named.name } : {}),
        language,
        t,
        // A standing GO or HOLD is the campaign's status: "[On hold — Anna Lindqvist, until 25 Nov, 12:00]".
        decisionOf: (c) => {
          const decision = readiness.get(c.key)?.decision;
          // Subscribers read it in their own calendar app: the instant names its zone.
          const inZone = (iso: string) => `${format.dateTime(iso)} ${timeZone}`;
          return decision ? decisionText(t, decision, personName, inZone) : undefined;
        },
        acknowledgementsOf: (c) =>
          acknowledgementText(
            t,
            acknowledgementSummary(
              c,
              readiness.get(c.key)?.phase === 'ended' ? c.start : options.at,
              archivedDepartments(departments),
            ),
            departmentName,
            // Any tag a caller sends: one Intl refuses falls back to our language for it.
            intlTag(language),
          ),
      });
    });
  }

  private async pick(tx: StoreReader, key: string | undefined): Promise<Campaign[]> {
    if (key === undefined) return (await tx.allCampaigns()).filter((c) => c.status === 'published');
    const c = await tx.getCampaign(key);
    if (!c) throw notFound('campaign', key);
    return [c];
  }
}

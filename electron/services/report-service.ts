// Exports for people outside the app: the acknowledgement matrix as CSV (for a
// spreadsheet) and the campaign calendar as .ics (for departments' own calendars).
import { stringify } from 'csv-stringify/sync';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Campaign } from '../../shared/domain.ts';
import { acknowledgementText } from '../../shared/i18n/acknowledgement-text.ts';
import { decisionText } from '../../shared/i18n/decision-text.ts';
import { formatters } from '../../shared/i18n/flag-text.ts';
import { createI18n, pickLanguage } from '../../shared/i18n/i18n.ts';
import { acknowledgementSummary } from '../../shared/rules/acknowledgement-summary.ts';
import { ackValidFor, acknowledgingDepartments, currentVersion } from '../../shared/rules/readiness.ts';
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
  acknowledgementsCsv(campaignKey: string | undefined): Promise<string> {
    const now = this.ctx.nowIso();
    return this.ctx.store.read(async (tx) => {
      const campaigns = await this.pick(tx, campaignKey);
      const [departments, people] = await Promise.all([tx.listDepartments(), tx.listPeople()]);
      const deptName = new Map(departments.map((d) => [d.key, d.name]));
      const personName = new Map(people.map((p) => [p.key, p.name]));
      const rows: string[][] = [];
      for (const c of campaigns) {
        const current = currentVersion(c, now);
        for (const department of acknowledgingDepartments(c)) {
          const latest = c.acknowledgements
            .filter((a) => a.department === department && a.at <= now)
            .reduce<Campaign['acknowledgements'][number] | undefined>(
              (best, a) => (!best || a.at >= best.at ? a : best),
              undefined,
            );
          const stale =
            latest !== undefined && current !== undefined && !ackValidFor(c, latest.version, current);
          rows.push([
            c.key,
            c.title,
            deptName.get(department) ?? department,
            current === undefined ? '' : String(current),
            latest?.state ?? 'missing',
            latest ? String(latest.version) : '',
            latest ? (personName.get(latest.by) ?? latest.by) : '',
            latest?.at ?? '',
            String(stale),
            latest?.note ?? '',
          ]);
        }
      }
      return stringify(rows, { header: true, columns: [...ACK_CSV_COLUMNS] });
    });
  }

  /** Published campaigns (or one department's) as all-window events, readiness now in the title. */
  async calendarIcs(department: string | undefined, language = 'en'): Promise<string> {
    const t = (await createI18n(language)).t;
    return this.ctx.store.read(async (tx) => {
      if (department && !(await tx.listDepartments()).some((d) => d.key === department))
        throw notFound('department', department);
      const campaigns = (await tx.allCampaigns()).filter(
        (c) => c.status === 'published' && (!department || c.departments.includes(department)),
      );
      const options = await this.readiness.options({}, tx);
      const readiness = await this.readiness.forCampaigns(tx, campaigns, options);
      const people = await tx.listPeople();
      const departments = await tx.listDepartments();
      const personName = (key: string) => people.find((p) => p.key === key)?.name ?? key;
      const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
      // Subscribers read it in their own calendar app: instants in the title are in UTC, and say so.
      const locale = intlLocaleOf(language);
      const format = formatters(locale, 'UTC');
      const utc = (iso: string) => `${format.dateTime(iso)} UTC`;
      const calendar = ical({
        name: 'Campaign Desk',
        prodId: { company: 'Campaign Desk', product: 'campaigns' },
      });
      calendar.method(ICalCalendarMethod.PUBLISH);
      for (const c of campaigns) {
        const r = readiness.get(c.key);
        const failing = r?.flags.some((f) => f.code === 'launched_while_failing') ?? false;
        const look = r?.readiness === 'ended' && failing ? 'ended_failing' : (r?.readiness ?? 'ready');
        const version = c.briefVersions.find((v) => v.version === currentVersion(c, options.at));
        // A standing GO or HOLD is the campaign's status: "[On hold — Anna Lindqvist, until 25 Nov, 12:00 UTC]".
        const status = r?.decision
          ? decisionText(t, r.decision, personName, utc)
          : t(`common:readiness.${look}`);
        const acks = acknowledgementText(
          t,
          acknowledgementSummary(c, r?.phase === 'ended' ? c.start : options.at),
          departmentName,
          locale,
        );
        calendar.createEvent({
          id: `${c.key}@campaign-desk`,
          start: new Date(c.start),
          end: new Date(c.end),
          stamp: new Date(options.at),
          summary: `[${status}] ${c.title}`,
          description: [acks, version?.promise, version?.keyMessage].filter(Boolean).join('\n\n') || null,
          categories: c.channels.map((name) => ({ name })),
        });
      }
      return calendar.toString();
    });
  }

  private async pick(tx: StoreReader, key: string | undefined): Promise<Campaign[]> {
    if (key === undefined) return (await tx.allCampaigns()).filter((c) => c.status === 'published');
    const c = await tx.getCampaign(key);
    if (!c) throw notFound('campaign', key);
    return [c];
  }
}

/** The asked language as an Intl locale ("en-GB" stays, "en" is English); a malformed tag falls back to its language. */
function intlLocaleOf(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return pickLanguage([language]);
  }
}

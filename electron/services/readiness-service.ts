import {
  type Campaign,
  type CampaignReadiness,
  type ReadinessOptions,
  type ReadinessReport,
  type Sample,
} from '../../shared/domain.ts';
import {
  archivedDepartments,
  campaignReadiness,
  readinessReport,
  reportWindow,
  type ReadinessInput,
} from '../../shared/rules/readiness.ts';
import type { SampleRequest, StoreReader } from '../store/store.ts';
import type { ServiceContext } from './context.ts';
import { readSettings } from './readiness-settings.ts';

export interface ReadinessQuery {
  at?: string | undefined;
  horizonDays?: number | undefined;
  lookbackDays?: number | undefined;
  ackDeadlineDays?: number | undefined;
}

/** Evaluates the pure readiness rules against what the store knew at `at`. */
export class ReadinessService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  /** Fills the options: explicit values, then the workspace's settings, then the spec's defaults. */
  async options(query: ReadinessQuery, tx: StoreReader): Promise<ReadinessOptions> {
    const { horizonDays, lookbackDays, ackDeadlineDays } = query;
    const at = query.at ?? this.ctx.nowIso();
    // All given (as the command line does): the saved settings are not read.
    if (horizonDays !== undefined && lookbackDays !== undefined && ackDeadlineDays !== undefined)
      return { at, horizonDays, lookbackDays, ackDeadlineDays };
    const saved = await readSettings(tx, this.ctx);
    return {
      at,
      horizonDays: horizonDays ?? saved.horizonDays,
      lookbackDays: lookbackDays ?? saved.lookbackDays,
      ackDeadlineDays: ackDeadlineDays ?? saved.ackDeadlineDays,
    };
  }

  report(query: ReadinessQuery): Promise<ReadinessReport> {
    return this.ctx.store.read(
      async (tx) => (await this.evaluate(tx, await this.options(query, tx), 'rules')).report,
    );
  }

  /**
   * The report at `options.at` with the campaigns it was computed from: live and upcoming ones with
   * their child rows known at `at`, ended ones without (they are judged on their launch alone).
   * `rules`: only the child rows the rules read (no brief content, only the acknowledgements in
   * force), for a caller that needs the report alone — a third of the report's time at 5,000 campaigns.
   */
  async evaluate(
    tx: StoreReader,
    options: ReadinessOptions,
    children: 'all' | 'rules' = 'all',
  ): Promise<{ report: ReadinessReport; campaigns: ReadonlyMap<string, Campaign> }> {
    const { at } = options;
    const { endFrom, startTo } = reportWindow(options);
    // Ended campaigns are judged on their launch alone (§5.1): their dates and departments are
    // enough, and skipping their brief versions and acknowledgements is most of the load.
    const atMs = Date.parse(at);
    const ended = (
      await tx.listCampaigns({ from: endFrom, to: at, publishedOnly: true, withoutChildren: true })
    ).filter((c) => Date.parse(c.end) < atMs); // phase `ended` (§4)
    const current = await tx.listCampaigns({
      from: at,
      to: startTo,
      publishedOnly: true,
      knownAt: at,
      // The store's reduction for the rules at `knownAt` (named for the calendar, its first user).
      forCalendar: children === 'rules',
    });
    const campaigns = [...ended, ...current];
    const input = await readinessInput(tx, campaigns, at);
    return { report: readinessReport(input, options), campaigns: new Map(campaigns.map((c) => [c.key, c])) };
  }

  /** Readiness of each given campaign (any phase) at `options.at`, keyed by campaign key. */
  async forCampaigns(
    tx: StoreReader,
    campaigns: readonly Campaign[],
    options: ReadinessOptions,
  ): Promise<Map<string, CampaignReadiness>> {
    const input = await readinessInput(tx, campaigns, options.at);
    return new Map(campaigns.map((c) => [c.key, campaignReadiness(c, input, options)]));
  }
}

/** Loads exactly the samples the rules will ask for: each metric at `at`, and at each launch already past. */
export async function readinessInput(
  tx: StoreReader,
  campaigns: readonly Campaign[],
  at: string,
): Promise<ReadinessInput> {
  const metrics = await tx.listMetrics();
  // One lookup per distinct (metric, instant): many campaigns launch at the same hour.
  const slots = new Map<string, number>();
  const requests: SampleRequest[] = [];
  const want = (metric: string, t: string) => {
    const slot = `${metric} ${t}`;
    if (slots.has(slot)) return;
    slots.set(slot, requests.length);
    // What the workspace knew at `at`: corrections recorded later do not count (spec §2).
    requests.push({ metric, at: t, knownAt: at });
  };
  for (const m of metrics) want(m.key, at);
  for (const c of campaigns) {
    if (c.start > at) continue;
    for (const m of metrics) if (c.departments.includes(m.department)) want(m.key, c.start);
  }
  const found = await tx.latestSamples(requests);
  const sampleAt = (metric: string, t: string): Sample | undefined => {
    const slot = slots.get(`${metric} ${t}`);
    return slot === undefined ? undefined : found[slot];
  };
  return { metrics, campaigns, sampleAt, archived: archivedDepartments(await tx.listDepartments()) };
}

import type { Board, BoardCampaign, BoardMetric } from '../../shared/board.ts';
import { thinTrend, TREND_DAYS } from '../../shared/board.ts';
import type { Campaign, CampaignReadiness } from '../../shared/domain.ts';
import { acknowledgementSummary } from '../../shared/rules/acknowledgement-summary.ts';
import { metricStatus } from '../../shared/rules/metric-status.ts';
import {
  archivedDepartments,
  currentVersion,
  type ArchivedDepartments,
} from '../../shared/rules/readiness.ts';
import type { StoreReader } from '../store/store.ts';
import type { ServiceContext } from './context.ts';
import type { ReadinessQuery, ReadinessService } from './readiness-service.ts';
import { workspaceTimeZone } from './readiness-settings.ts';

const DAY_MS = 86_400_000;

/** The readiness board's read model: the report with what the board shows beside each campaign. */
export class BoardService {
  private readonly ctx: ServiceContext;
  private readonly readiness: ReadinessService;

  constructor(ctx: ServiceContext, readiness: ReadinessService) {
    this.ctx = ctx;
    this.readiness = readiness;
  }

  get(query: ReadinessQuery): Promise<Board> {
    return this.ctx.store.read(async (tx) => {
      const options = await this.readiness.options(query, tx);
      const { report, campaigns } = await this.readiness.evaluate(tx, options);
      const rows: BoardCampaign[] = [];
      const archived = archivedDepartments(await tx.listDepartments());
      for (const entry of report.campaigns) {
        // Ended campaigns were evaluated without child rows; who knew at their launch needs them.
        const campaign = entry.phase === 'ended' ? await tx.getCampaign(entry.key) : campaigns.get(entry.key);
        if (campaign) rows.push(boardCampaign(entry, campaign, report.at, archived));
      }
      const { at: _at, ...readiness } = options;
      const settings = { ...readiness, timeZone: await workspaceTimeZone(tx, this.ctx) };
      return { at: report.at, settings, campaigns: rows, metrics: await metricHealth(tx, report.at) };
    });
  }
}

function boardCampaign(
  entry: CampaignReadiness,
  campaign: Campaign,
  at: string,
  archived: ArchivedDepartments,
): BoardCampaign {
  const standing = entry.decision;
  const record = standing && campaign.decisions.find((d) => d.at === standing.at && d.by === standing.by);
  return {
    ...entry,
    departments: campaign.departments,
    channels: campaign.channels,
    currentVersion: currentVersion(campaign, at) ?? null,
    acknowledgements: acknowledgementSummary(campaign, entry.phase === 'ended' ? entry.start : at, archived),
    ...(record?.flags ? { decisionFlags: record.flags } : {}),
    decisionExpiresEarly: standing?.expires !== undefined && expiresEarly(standing.expires, entry.end),
  };
}

/**
 * A decision's expiry is picked to the minute: one in the campaign's last minute (23:59 for an end
 * at 23:59:59, the dialog's default) runs to the end, not out "30 Nov, 23:59, before … (30 Nov, 23:59)".
 */
function expiresEarly(expires: string, end: string): boolean {
  return Date.parse(expires) < Math.floor(Date.parse(end) / 60_000) * 60_000;
}

/** Each metric's status at `at` with its recent samples for the trend line. */
async function metricHealth(tx: StoreReader, at: string): Promise<BoardMetric[]> {
  const metrics = await tx.listMetrics();
  const latest = await tx.latestSamples(metrics.map((m) => ({ metric: m.key, at, knownAt: at })));
  const from = new Date(Date.parse(at) - TREND_DAYS * DAY_MS).toISOString();
  return Promise.all(
    metrics.map(async (metric, i) => ({
      metric,
      status: metricStatus(metric, latest[i], at),
      latest: latest[i] ?? null,
      trend: thinTrend(await tx.listSamples(metric.key, from, at, at), from, at),
    })),
  );
}

import type { Store } from '../store/store.ts';
import { AccessService } from './access-service.ts';
import { BoardService } from './board-service.ts';
import { CampaignService } from './campaign-service.ts';
import { ServiceContext } from './context.ts';
import { MetricService } from './metric-service.ts';
import { PeopleService } from './people-service.ts';
import { ReadinessService } from './readiness-service.ts';
import { ReportService } from './report-service.ts';
import { SettingsService } from './settings-service.ts';
import { TokenService } from './token-service.ts';
import { FeedService } from './feed-service.ts';
import { WorkspaceService } from './workspace-service.ts';

export interface Services {
  ctx: ServiceContext;
  workspace: WorkspaceService;
  campaigns: CampaignService;
  metrics: MetricService;
  readiness: ReadinessService;
  board: BoardService;
  settings: SettingsService;
  reports: ReportService;
  people: PeopleService;
  access: AccessService;
  tokens: TokenService;
  feeds: FeedService;
}

export interface ServiceOptions {
  now?: () => Date;
  /** The machine's time zone (tests pin it); Intl's resolved zone when not given. */
  osTimeZone?: string;
  /** The bundled sample workspace document, loaded on request. */
  sampleDocument?: () => Promise<unknown>;
}

export function createServices(store: Store, options: ServiceOptions = {}): Services {
  const ctx = new ServiceContext(store, options.now, options.osTimeZone);
  const readiness = new ReadinessService(ctx);
  const metrics = new MetricService(ctx);
  const reports = new ReportService(ctx, readiness);
  return {
    ctx,
    readiness,
    board: new BoardService(ctx, readiness),
    workspace: new WorkspaceService(
      ctx,
      options.sampleDocument ??
        (async () => (await import('../sample/sample-workspace.ts')).loadSampleDocument()),
    ),
    campaigns: new CampaignService(ctx, readiness),
    metrics,
    settings: new SettingsService(ctx),
    reports,
    people: new PeopleService(ctx),
    access: new AccessService(ctx),
    tokens: new TokenService(ctx),
    feeds: new FeedService(metrics, reports),
  };
}

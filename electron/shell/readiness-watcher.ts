// Watches readiness for the acting person: on start, after every change and every
// few minutes (time alone makes campaigns go live), it recomputes the report and
// hands each new alert that concerns the person to the sink. The first report is
// the baseline: what already stood when the app started is not announced.
// Plain logic; the shell supplies the OS side.
import type { CampaignReadiness, Metric, ReadinessReport } from '../../shared/domain.ts';
import { alertConcerns, boardAlerts, type BoardAlert } from '../../shared/rules/alerts.ts';
import { currentVersion } from '../../shared/rules/readiness.ts';
import type { WorkspaceFeed } from './workspace-client.ts';

export const READINESS_CHECK_MS = 5 * 60_000;

/** What an alert's words need beyond the alert itself. */
export interface AlertFacts {
  at: string;
  /** The campaign as the new report shows it. */
  campaign: CampaignReadiness;
  metrics: ReadonlyMap<string, Metric>;
  departmentName(key: string): string;
  personName(key: string): string;
  /** The campaign's current brief version at `at`, for sentences about acknowledgements. */
  currentVersion: number | null;
}

export interface ReadinessSink {
  alert(alert: BoardAlert, facts: AlertFacts): void;
}

export class ReadinessWatcher {
  private readonly workspace: WorkspaceFeed;
  private readonly sink: ReadinessSink;
  private readonly unsubscribe: () => void;
  private readonly timer: ReturnType<typeof setInterval>;
  private person: string | undefined;
  private previous: ReadinessReport | null = null;
  private disposed = false;
  /** A recomputation is queued and not started yet: later changes are covered by it. */
  private pending = false;
  /** Recomputations run one after another, so each compares with the one before. */
  private queue: Promise<void> = Promise.resolve();

  constructor(workspace: WorkspaceFeed, sink: ReadinessSink, intervalMs = READINESS_CHECK_MS) {
    this.workspace = workspace;
    this.sink = sink;
    this.unsubscribe = workspace.onChange(() => void this.refresh());
    this.timer = setInterval(() => void this.refresh(), intervalMs);
    // The check never keeps the process alive on its own.
    this.timer.unref();
    void this.refresh();
  }

  /** Whom to notify from now on; null or an unknown person means nobody. */
  setActingPerson(personKey: string | null): Promise<void> {
    this.person = personKey ?? undefined;
    return this.queue;
  }

  refresh(): Promise<void> {
    if (this.pending) return this.queue;
    this.pending = true;
    // A failed recomputation must not stop later ones; the next change or tick retries.
    this.queue = this.queue
      .then(() => {
        this.pending = false;
        return this.recompute();
      })
      .catch(() => undefined);
    return this.queue;
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    clearInterval(this.timer);
  }

  private async recompute(): Promise<void> {
    if (this.disposed) return;
    const report = await this.workspace.call('readiness.report', {});
    const [health, people, departments] = await Promise.all([
      this.workspace.call('metrics.list', {}),
      this.workspace.call('people.list', {}),
      this.workspace.call('departments.list', {}),
    ]);
    const metrics = health.map((h) => h.metric);
    const alerts = boardAlerts(this.previous, report, metrics);
    this.previous = report;
    const person = people.find((p) => p.key === this.person);
    const mine = person ? alerts.filter((a) => alertConcerns(a, person)) : [];
    if (mine.length === 0) return;

    const byKey = new Map(metrics.map((m) => [m.key, m]));
    const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
    const personName = (key: string) => people.find((p) => p.key === key)?.name ?? key;
    for (const alert of mine) {
      const campaign = report.campaigns.find((c) => c.key === alert.campaign);
      if (!campaign) continue;
      const stored = await this.workspace.call('campaigns.get', { key: alert.campaign }).then(
        (detail) => detail.campaign,
        () => undefined,
      );
      if (this.disposed) return;
      this.sink.alert(alert, {
        at: report.at,
        campaign,
        metrics: byKey,
        departmentName,
        personName,
        currentVersion: (stored && currentVersion(stored, report.at)) ?? null,
      });
    }
  }
}

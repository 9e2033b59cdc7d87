import { CSV_PREVIEW_LIMIT, type CsvImportResult, type MetricHealth } from '../../shared/api.ts';
import type { Metric, Sample } from '../../shared/domain.ts';
import { metricStatus } from '../../shared/rules/metric-status.ts';
import { parseSampleFile, type SampleFile } from '../import/sample-file.ts';
import type { StoreReader } from '../store/store.ts';
import { workspaceTimeZone } from './readiness-settings.ts';
import { failure, notFound, requireRole, type Actor, type ServiceContext } from './context.ts';

export class MetricService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  list(at: string | undefined): Promise<MetricHealth[]> {
    const when = at ?? this.ctx.nowIso();
    return this.ctx.store.read(async (tx) => {
      const metrics = await tx.listMetrics();
      const latest = await tx.latestSamples(metrics.map((m) => ({ metric: m.key, at: when })));
      return metrics.map((metric, i) => ({
        metric,
        status: metricStatus(metric, latest[i], when),
        latest: latest[i] ?? null,
      }));
    });
  }

  async define(metric: Metric, actor: Actor): Promise<Metric> {
    requireRole(actor, ['admin'], 'define_metrics');
    const change = { action: 'metric.define', objectType: 'metric', objectKey: metric.key, detail: metric };
    await this.ctx.auditedWrite(
      actor,
      { ...change, entity: 'metric', changeAction: 'define' },
      async (tx) => {
        const departments = await tx.listDepartments();
        if (!departments.some((d) => d.key === metric.department))
          throw notFound('department', metric.department);
        await tx.upsertMetric(metric);
      },
    );
    return metric;
  }

  listSamples(metric: string, from: string, to: string): Promise<Sample[]> {
    return this.ctx.store.read((tx) => tx.listSamples(metric, from, to));
  }

  async addSample(sample: Sample, actor: Actor): Promise<Sample> {
    const change = { action: 'sample.add', objectType: 'metric', objectKey: sample.metric, detail: sample };
    await this.ctx.auditedWrite(actor, { ...change, entity: 'sample', changeAction: 'add' }, async (tx) => {
      const metric = await findMetric(tx, sample.metric);
      requireOwner(actor, metric);
      await tx.insertSamples([sample], { skipExisting: false });
    });
    return sample;
  }

  /**
   * Spec §8: every bad row is counted; nothing is imported while any row is bad. The answer
   * holds the counts and the first CSV_PREVIEW_LIMIT rows and problems, never the whole file.
   * A row for an instant its source already has a different value for is a correction: it is
   * stored after the old one, so it is the reading the rules take (spec readiness §1, "imported last").
   */
  async importCsv(input: SampleFile, dryRun: boolean, actor: Actor): Promise<CsvImportResult> {
    const done = await this.ctx.auditedWrite(
      actor,
      ({ answer, metrics }: { answer: CsvImportResult; metrics: string }) => {
        // A dry run, a file with bad rows: nothing written, nothing to record.
        if (dryRun || answer.bad > 0) return undefined;
        return {
          action: 'sample.import',
          objectType: 'metric',
          objectKey: metrics,
          detail: { rows: answer.good, imported: answer.imported, corrected: answer.corrected },
          entity: 'sample',
          changeAction: 'import',
        };
      },
      async (tx) => {
        const metrics = await tx.listMetrics();
        const known = new Set(metrics.map((m) => m.key));
        const timeZone = await workspaceTimeZone(tx, this.ctx.osTimeZone);
        const parsed = await parseSampleFile(input, known, { maxErrors: CSV_PREVIEW_LIMIT, timeZone });
        const { rows, errors, bad, format } = parsed;
        const base = {
          good: rows.length,
          bad,
          rows: rows.slice(0, CSV_PREVIEW_LIMIT),
          errors,
          format,
          timeZone,
        };
        const keys = [...new Set(rows.map((r) => r.metric))];
        if (bad > 0) return { answer: { ...base, imported: 0, corrected: 0 }, metrics: keys.join(',') };
        const plan = await planSamples(tx, rows);
        const answer = { ...base, imported: 0, corrected: plan.corrected };
        if (dryRun) return { answer, metrics: keys.join(',') };
        const byKey = new Map(metrics.map((m) => [m.key, m]));
        for (const key of keys) requireOwner(actor, byKey.get(key) as Metric);
        await tx.insertSamples(plan.store, { skipExisting: false });
        return {
          answer: { ...answer, imported: plan.store.length - plan.corrected },
          metrics: keys.join(','),
        };
      },
    );
    return done.answer;
  }
}

/**
 * Which rows to store: new instants, and corrections (a value differing from the one the same
 * source gave last for that instant, earlier rows of the same file included); a row repeating
 * the current value is already present and is left out.
 */
async function planSamples(
  tx: StoreReader,
  rows: readonly Sample[],
): Promise<{ store: Sample[]; corrected: number }> {
  const current = new Map<string, number>();
  const byMetric = new Map<string, Sample[]>();
  for (const r of rows) {
    const list = byMetric.get(r.metric);
    if (list) list.push(r);
    else byMetric.set(r.metric, [r]);
  }
  for (const [metric, list] of byMetric) {
    let from = list[0]!.at;
    let to = from;
    for (const r of list) {
      if (r.at < from) from = r.at;
      if (r.at > to) to = r.at;
    }
    for (const s of await tx.listSamples(metric, from, to))
      current.set(`${metric}\u0000${s.at}\u0000${s.source}`, s.value);
  }
  const store: Sample[] = [];
  let corrected = 0;
  for (const r of rows) {
    const id = `${r.metric}\u0000${r.at}\u0000${r.source}`;
    const before = current.get(id);
    if (before === r.value) continue;
    if (before !== undefined) corrected++;
    current.set(id, r.value);
    store.push({ metric: r.metric, at: r.at, value: r.value, source: r.source });
  }
  return { store, corrected };
}

async function findMetric(tx: StoreReader, key: string): Promise<Metric> {
  const metric = (await tx.listMetrics()).find((m) => m.key === key);
  if (!metric) throw notFound('metric', key);
  return metric;
}

/** Samples come from the metric's own department, or an admin. */
function requireOwner(actor: Actor, metric: Metric): void {
  if (
    actor.kind === 'person' &&
    !actor.person.roles.includes('admin') &&
    actor.person.department !== metric.department
  ) {
    throw failure('forbidden', 'samples_not_owner', {
      name: actor.person.name,
      metric: metric.name,
      department: metric.department,
    });
  }
  if (actor.kind === 'anonymous') requireRole(actor, ['admin'], 'enter_samples');
  // A feed token limited to some metrics (team-server.md §7).
  if (actor.kind === 'machine' && actor.metrics.length > 0 && !actor.metrics.includes(metric.key))
    throw failure('forbidden', 'token_metric_out_of_scope', { name: actor.name, metric: metric.key });
}

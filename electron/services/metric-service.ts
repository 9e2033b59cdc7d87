import { CSV_PREVIEW_LIMIT, type CsvImportResult, type MetricHealth } from '../../shared/api.ts';
import type { Metric, Sample } from '../../shared/domain.ts';
import { metricStatus } from '../../shared/rules/metric-status.ts';
import { parseSamplesCsv } from '../../shared/schemas/csv-samples.ts';
import type { StoreReader } from '../store/store.ts';
import { actorName, failure, notFound, requireRole, type Actor, type ServiceContext } from './context.ts';

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
   */
  async importCsv(csv: string, dryRun: boolean, actor: Actor): Promise<CsvImportResult> {
    const result = await this.ctx.store.write(async (tx) => {
      const metrics = await tx.listMetrics();
      const known = new Set(metrics.map((m) => m.key));
      const { rows, errors, bad } = parseSamplesCsv(csv, known, { maxErrors: CSV_PREVIEW_LIMIT });
      const answer = { good: rows.length, bad, rows: rows.slice(0, CSV_PREVIEW_LIMIT), errors, imported: 0 };
      if (bad > 0 || dryRun) return answer;
      const byKey = new Map(metrics.map((m) => [m.key, m]));
      for (const key of new Set(rows.map((r) => r.metric))) requireOwner(actor, byKey.get(key) as Metric);
      const imported = await tx.insertSamples(rows, { skipExisting: true });
      await tx.audit({
        actor: actorName(actor),
        action: 'sample.import',
        objectType: 'metric',
        objectKey: [...new Set(rows.map((r) => r.metric))].join(','),
        detail: { rows: rows.length, imported },
      });
      return { ...answer, imported };
    });
    if (result.imported > 0) this.ctx.emit({ entity: 'sample', key: '', action: 'import' }, actor);
    return result;
  }
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
}

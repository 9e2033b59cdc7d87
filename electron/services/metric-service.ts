import { CSV_PREVIEW_LIMIT, type CsvImportResult, type MetricHealth } from '../../shared/api.ts';
import type { Metric, Sample, SampleEntry } from '../../shared/domain.ts';
import { currentValue, rangeReason } from '../../shared/rules/sample-range.ts';
import { metricStatus } from '../../shared/rules/metric-status.ts';
import { readSampleSource, sampleSource, type SampleFile } from '../import/sample-file.ts';
import { CheckedFiles, type CheckedFile } from './checked-files.ts';
import { ApiError } from '../../shared/api.ts';
import type { StoreReader } from '../store/store.ts';
import { planSlices, writeSamples, writeSlice } from './sample-plan.ts';
import { workspaceTimeZone } from './readiness-settings.ts';
import { actorName, failure, notFound, requireRole, type Actor, type ServiceContext } from './context.ts';

export class MetricService {
  private readonly ctx: ServiceContext;
  /** Files a dry run read, for the import that follows it. */
  private readonly checked: CheckedFiles;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
    this.checked = new CheckedFiles(() => ctx.now().getTime());
  }

  list(at: string | undefined): Promise<MetricHealth[]> {
    const when = at ?? this.ctx.nowIso();
    return this.ctx.store.read(async (tx) => {
      const metrics = await tx.listMetrics();
      const latest = await tx.latestSamples(metrics.map((m) => ({ metric: m.key, at: when, knownAt: when })));
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

  /** Samples as recorded, with every correction (for the list people correct from). */
  sampleHistory(metric: string, from: string, to: string): Promise<SampleEntry[]> {
    return this.ctx.store.read((tx) => tx.sampleEntries(metric, from, to));
  }

  /** A sample outside its metric's range is refused; one for an instant its source already gave corrects it. */
  async addSample(sample: Sample, actor: Actor): Promise<Sample> {
    const change = { action: 'sample.add', objectType: 'metric', objectKey: sample.metric, detail: sample };
    const at = this.ctx.nowIso();
    await this.ctx.auditedWrite(actor, { ...change, entity: 'sample', changeAction: 'add' }, async (tx) => {
      const metric = await findMetric(tx, sample.metric);
      requireOwner(actor, metric);
      refuseOutOfRange(metric, sample.value);
      await writeSamples(tx, [sample], actorName(actor), at);
    });
    return sample;
  }

  /**
   * Corrects (`value`) or withdraws (`null`) a sample: a new record, recorded now, that supersedes
   * it from now on; the sample row is kept and reports as they stood before now are unchanged.
   */
  async correctSample(
    target: {
      metric: string;
      sampleId?: number | undefined;
      at?: string | undefined;
      source?: string | undefined;
    },
    value: number | null,
    reason: string,
    actor: Actor,
  ): Promise<SampleEntry> {
    const now = this.ctx.nowIso();
    const by = actorName(actor);
    const verb = value === null ? 'withdraw' : 'correct';
    return this.ctx.auditedWrite(
      actor,
      (entry: SampleEntry) => ({
        action: `sample.${verb}`,
        objectType: 'metric',
        objectKey: target.metric,
        detail: {
          sampleId: entry.id,
          at: entry.at,
          source: entry.source,
          recorded: entry.value,
          value,
          reason,
        },
        entity: 'sample',
        changeAction: verb,
      }),
      async (tx) => {
        const metric = await findMetric(tx, target.metric);
        requireOwner(actor, metric, 'samples_not_owner_fix');
        const entry = await findSample(tx, metric, target);
        const current = currentValue(entry);
        if (value === null && current === null)
          throw failure('conflict', 'sample_already_withdrawn', { metric: metric.name, at: entry.at });
        if (value !== null) {
          refuseOutOfRange(metric, value);
          if (value === current)
            throw failure('conflict', 'sample_correction_unchanged', {
              metric: metric.name,
              at: entry.at,
              value,
            });
        }
        await tx.addSampleCorrection({ sampleId: entry.id, value, reason, by, at: now });
        return (await tx.sampleEntry(metric.key, entry.id)) as SampleEntry;
      },
    );
  }

  /**
   * Spec §8: every bad row is counted; nothing is imported while any row is bad. The answer
   * holds the counts and the first CSV_PREVIEW_LIMIT rows and problems, never the whole file.
   * A row for an instant its source already has a different value for is a correction (sample-plan.ts);
   * a row outside its metric's range is a bad row naming the metric, the value and the range.
   * A dry run of a file without bad rows answers with a `fileId`: the import may send that
   * instead of the file (its checked rows kept a few minutes, for the same person: checked-files.ts).
   */
  async importCsv(
    input: SampleFile | { fileId: string },
    dryRun: boolean,
    actor: Actor,
  ): Promise<CsvImportResult> {
    const now = this.ctx.nowIso();
    const owner = actorName(actor);
    const fileId = 'fileId' in input ? input.fileId : undefined;
    const kept = fileId === undefined ? undefined : this.checked.take(owner, fileId);
    if (fileId !== undefined && !kept) throw failure('not_found', 'csv_file_expired');
    // Decoded before the transaction: a large file's bytes are not read while holding the workspace.
    const source = 'fileId' in input ? undefined : sampleSource(input);
    const done = await this.importChecked(kept, source, dryRun, actor, now).catch((err: unknown) => {
      // Not used: kept for another try (unless it no longer fits the workspace).
      if (kept && fileId !== undefined && !(err instanceof ApiError && err.key === 'csv_file_expired'))
        this.checked.putBack(owner, fileId, kept);
      throw err;
    });
    const keep = dryRun && done.answer.bad === 0 && !(source && 'refused' in source);
    if (!keep) {
      // Done with: the rows' memory back now, not at V8's next full collection.
      done.read.samples.release();
      return done.answer;
    }
    return { ...done.answer, fileId: this.checked.keep(owner, { read: done.read, basis: done.basis }) };
  }

  private importChecked(
    kept: CheckedFile | undefined,
    source: ReturnType<typeof sampleSource> | undefined,
    dryRun: boolean,
    actor: Actor,
    now: string,
  ) {
    const owner = actorName(actor);
    return this.ctx.auditedWrite(
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
        const ranges = new Map(metrics.map((m) => [m.key, m]));
        const timeZone = await workspaceTimeZone(tx, this.ctx);
        const options = { maxErrors: CSV_PREVIEW_LIMIT, timeZone, ranges };
        const basis = checkBasis(metrics, timeZone);
        // Checked against other metric definitions or another zone: its rows must be checked again.
        if (kept && kept.basis !== basis) throw failure('not_found', 'csv_file_expired');
        let read = kept?.read;
        if (!read) {
          const from = source as NonNullable<typeof source>;
          read = 'refused' in from ? from.refused : await readSampleSource(from, known, options);
        }
        const { samples, errors, bad, format } = read;
        const base = {
          good: samples.length,
          bad,
          rows: samples.rows(CSV_PREVIEW_LIMIT),
          errors,
          format,
          timeZone,
        };
        // The metrics in the order the file first names them.
        const keys = samples.metrics;
        if (bad > 0)
          return { answer: { ...base, imported: 0, corrected: 0 }, metrics: keys.join(','), read, basis };
        if (!dryRun) for (const key of keys) requireOwner(actor, ranges.get(key) as Metric);
        // Planned and written a slice at a time, all in this one transaction (all or nothing).
        const totals = await planSlices(tx, samples, (slice) =>
          dryRun ? undefined : writeSlice(tx, samples, slice, owner, now),
        );
        const inFile = totals.corrected - totals.corrections;
        return {
          answer: { ...base, imported: dryRun ? 0 : totals.stored - inFile, corrected: totals.corrected },
          metrics: keys.join(','),
          read,
          basis,
        };
      },
    );
  }
}

/** What a file's row checks read of the workspace: the metrics (keys, names, units, ranges) and the zone. */
function checkBasis(metrics: readonly Metric[], timeZone: string): string {
  return JSON.stringify([timeZone, metrics.map((m) => [m.key, m.name, m.unit, m.min, m.max])]);
}

async function findMetric(tx: StoreReader, key: string): Promise<Metric> {
  const metric = (await tx.listMetrics()).find((m) => m.key === key);
  if (!metric) throw notFound('metric', key);
  return metric;
}

function refuseOutOfRange(metric: Metric, value: number): void {
  const reason = rangeReason(metric, value);
  if (reason) throw failure('invalid_input', reason.key, reason.params);
}

async function findSample(
  tx: StoreReader,
  metric: Metric,
  target: { sampleId?: number | undefined; at?: string | undefined; source?: string | undefined },
): Promise<SampleEntry> {
  if (target.sampleId !== undefined) {
    const entry = await tx.sampleEntry(metric.key, target.sampleId);
    if (!entry)
      throw failure('not_found', 'sample_not_found_id', { metric: metric.name, id: target.sampleId });
    return entry;
  }
  const at = target.at as string;
  // Of several samples at that instant, the one the rules read (recorded last) unless the source is named.
  const found = (await tx.sampleEntries(metric.key, at, at))
    .filter((e) => target.source === undefined || e.source === target.source)
    .at(-1);
  if (!found)
    throw failure('not_found', 'sample_not_found_at', {
      metric: metric.name,
      at,
      source: target.source ?? '',
    });
  return found;
}

/** Samples come from the metric's own department, or an admin. */
function requireOwner(
  actor: Actor,
  metric: Metric,
  key: 'samples_not_owner' | 'samples_not_owner_fix' = 'samples_not_owner',
): void {
  if (
    actor.kind === 'person' &&
    !actor.person.roles.includes('admin') &&
    actor.person.department !== metric.department
  ) {
    throw failure('forbidden', key, {
      name: actor.person.name,
      metric: metric.name,
      department: metric.department,
    });
  }
  if (actor.kind === 'anonymous')
    requireRole(actor, ['admin'], key === 'samples_not_owner' ? 'enter_samples' : 'correct_samples');
  // A correction is a person's judgement, with a reason: a feed token only sends values (a changed value is a correction too).
  if (actor.kind === 'machine' && key === 'samples_not_owner_fix')
    throw failure('forbidden', key, { name: actor.name, metric: metric.name, department: metric.department });
  // A feed token limited to some metrics (team-server.md §7).
  if (actor.kind === 'machine' && actor.metrics.length > 0 && !actor.metrics.includes(metric.key))
    throw failure('forbidden', 'token_metric_out_of_scope', { name: actor.name, metric: metric.key });
}

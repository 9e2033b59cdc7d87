// CSV import rate: MetricService.importCsv (parse + validate + insert) beside a raw
// better-sqlite3 insert of the same rows, each into a fresh copy of the bench workspace.
import { readSamplesCsv } from '../shared/schemas/csv-samples.ts';
import { SYSTEM_CLI } from '../electron/services/context.ts';
import { createServices } from '../electron/services/services.ts';
import { openDatabase } from '../electron/store/sqlite/open-database.ts';
import { SqliteStore } from '../electron/store/sqlite/sqlite-store.ts';
import type { Metric } from '../shared/domain.ts';
import { median } from './measure.ts';
import { createRng } from './prng.ts';
import { copyWorkspace, removeWorkspace } from './workspace.ts';

export const CSV_ROWS = 200_000;
const FIRST_HOUR = Date.parse('2027-01-01T00:00:00Z');

export interface CsvFigures {
  serviceRowsPerSec: number;
  rawRowsPerSec: number;
  parseRowsPerSec: number;
  /** Median of each run's service rate ÷ the raw insert's rate in the same run (they alternate). */
  ratio: number;
}

/** 200,000 hourly rows after the workspace's history, round-robin over the metrics. */
export function generateCsv(metrics: readonly Metric[]): { csv: string; rows: [string, number, number][] } {
  const rng = createRng(7);
  const rows: [string, number, number][] = [];
  for (let i = 0; i < CSV_ROWS; i++) {
    const metric = metrics[i % metrics.length] as Metric;
    const at = FIRST_HOUR + Math.floor(i / metrics.length) * 3_600_000;
    rows.push([metric.key, at, Math.round((metric.warn + rng.normal() * 5) * 100) / 100]);
  }
  const lines = rows.map(([m, at, v]) => `${m},${new Date(at).toISOString().replace('.000Z', 'Z')},${v}`);
  return { csv: `metric,at,value\n${lines.join('\n')}\n`, rows };
}

export async function measureCsv(
  workspace: string,
  metrics: readonly Metric[],
  runs: number,
): Promise<CsvFigures> {
  const { csv, rows } = generateCsv(metrics);
  const service: number[] = [];
  const raw: number[] = [];
  const parse: number[] = [];
  const known = new Set(metrics.map((m) => m.key));
  for (let i = 0; i < runs; i++) {
    service.push(await serviceImport(copyWorkspace(workspace, 'csv-service'), csv));
    raw.push(rawInsert(copyWorkspace(workspace, 'csv-raw'), rows));
    const start = performance.now();
    const parsed = readSamplesCsv(csv, known);
    parse.push(performance.now() - start);
    if (parsed.errors.length > 0 || parsed.samples.length !== CSV_ROWS)
      throw new Error('the bench CSV does not parse');
  }
  const rate = (times: number[]) => CSV_ROWS / (median(times) / 1000);
  return {
    serviceRowsPerSec: rate(service),
    rawRowsPerSec: rate(raw),
    parseRowsPerSec: rate(parse),
    ratio: median(service.map((ms, i) => (raw[i] as number) / ms)),
  };
}

async function serviceImport(file: string, csv: string): Promise<number> {
  const store = SqliteStore.open(file);
  try {
    const metrics = createServices(store).metrics;
    const start = performance.now();
    const result = await metrics.importCsv({ csv }, false, SYSTEM_CLI);
    const ms = performance.now() - start;
    if (result.imported !== CSV_ROWS)
      throw new Error(`importCsv imported ${result.imported} of ${CSV_ROWS} rows`);
    return ms;
  } finally {
    await store.close();
    removeWorkspace(file);
  }
}

/**
 * The floor (issue 13: "a raw batched better-sqlite3 insert"): the rows already as (metric id, ms,
 * value, source) in index order, 200 to an INSERT statement, in one transaction.
 */
function rawInsert(file: string, rows: readonly [string, number, number][]): number {
  const db = openDatabase(file);
  try {
    const ids = new Map(
      db
        .prepare<[], { id: number; key: string }>('SELECT id, key FROM metrics')
        .all()
        .map((m) => [m.key, m.id]),
    );
    const prepared = rows
      .map(([metric, at, value]) => [ids.get(metric) as number, at, value, 'csv'] as const)
      .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const batch = 200;
    const insertMany = db.prepare(
      `INSERT INTO samples (metric_id, at, value, source) VALUES ${Array(batch).fill('(?, ?, ?, ?)').join(', ')}`,
    );
    const insert = db.prepare('INSERT INTO samples (metric_id, at, value, source) VALUES (?, ?, ?, ?)');
    const start = performance.now();
    db.transaction(() => {
      let i = 0;
      for (; i + batch <= prepared.length; i += batch) insertMany.run(prepared.slice(i, i + batch).flat());
      for (; i < prepared.length; i++)
        insert.run(...(prepared[i] as readonly [number, number, number, string]));
    }).immediate();
    return performance.now() - start;
  } finally {
    db.close();
    removeWorkspace(file);
  }
}

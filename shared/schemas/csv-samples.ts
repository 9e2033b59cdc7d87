import { parse } from 'csv-parse/sync';
import { parseInstant } from './primitives.ts';

/** One valid row of a metric-sample CSV (spec §8), with the line it came from. */
export interface CsvSampleRow {
  line: number;
  metric: string;
  at: string;
  value: number;
  source: string;
}

export interface CsvLineError {
  line: number;
  message: string;
}

export interface CsvSamplesParse {
  rows: CsvSampleRow[];
  errors: CsvLineError[];
}

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads `metric,at,value[,source]` rows. Every bad row is reported with its line
 * number; callers import nothing while `errors` is non-empty.
 */
export function parseSamplesCsv(
  csv: string,
  knownMetrics: ReadonlySet<string>,
  defaultSource = 'csv',
): CsvSamplesParse {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, message: `the file is not valid CSV (${(err as Error).message})` }] };
  }
  const first = records[0];
  if (!first)
    return {
      rows: [],
      errors: [{ line: 1, message: 'the file is empty; expected a header row "metric,at,value"' }],
    };
  const header = first.record.map((h) => h.toLowerCase());
  const col = {
    metric: header.indexOf('metric'),
    at: header.indexOf('at'),
    value: header.indexOf('value'),
    source: header.indexOf('source'),
  };
  if (col.metric < 0 || col.at < 0 || col.value < 0) {
    return {
      rows: [],
      errors: [{ line: 1, message: 'the header row must name the columns metric, at and value' }],
    };
  }

  const rows: CsvSampleRow[] = [];
  const errors: CsvLineError[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const metric = record[col.metric] ?? '';
    const atText = record[col.at] ?? '';
    const valueText = record[col.value] ?? '';
    const problems: string[] = [];
    if (!knownMetrics.has(metric))
      problems.push(metric ? `unknown metric "${metric}"` : 'the metric is missing');
    const at = parseInstant(atText);
    if (at === undefined)
      problems.push(`"${atText}" is not a date and time with a zone (use e.g. 2026-11-27T08:00:00Z)`);
    const value = NUMBER_PATTERN.test(valueText) ? Number(valueText) : Number.NaN;
    if (!Number.isFinite(value)) problems.push(`value "${valueText}" is not a number`);
    if (problems.length > 0 || at === undefined) {
      errors.push({ line, message: problems.join('; ') });
      continue;
    }
    const source = (col.source >= 0 ? record[col.source] : undefined) || defaultSource;
    rows.push({ line, metric, at, value, source });
  }
  return { rows, errors };
}

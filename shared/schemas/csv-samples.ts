import { csvParseRows } from 'd3-dsv';
import { englishMessage, type ErrorReason } from '../i18n/errors.ts';
import { instantOutOfRange, parseInstant, SOURCE_MAX } from './primitives.ts';

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
  /** The English text of `reasons`, joined by "; " (what the command line prints). */
  message: string;
  /** Every problem of the line as an `errors` message key, for front ends to translate. */
  reasons: ErrorReason[];
}

/** A line's error from its reasons, with the English message built from the same templates. */
function lineError(line: number, reasons: ErrorReason[]): CsvLineError {
  return { line, message: reasons.map((r) => englishMessage(r.key, r.params)).join('; '), reasons };
}

export interface CsvSamplesParse {
  rows: CsvSampleRow[];
  /** The first `maxErrors` bad rows (a file of a million bad rows must not hold a million messages). */
  errors: CsvLineError[];
  /** All bad rows. */
  bad: number;
}

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Calls `visit` with each CSV record and the line it starts on; blank lines are skipped. */
function eachRecord(csv: string, visit: (record: string[], line: number) => void): void {
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  let line = 1;
  // d3-dsv: RFC 4180 parsing, an order of magnitude faster than alternatives on large sample files.
  csvParseRows(text, (row) => {
    const start = line;
    for (const field of row) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) line++;
    line++;
    if (row.length > 1 || (row[0] ?? '').trim() !== '') visit(row, start);
    return null;
  });
}

/** The line of a quote left open at the end of the file (an odd number of quotes), if any. */
function unclosedQuoteLine(csv: string): number | undefined {
  let quotes = 0;
  let last = -1;
  for (let i = csv.indexOf('"'); i >= 0; i = csv.indexOf('"', i + 1)) {
    quotes++;
    last = i;
  }
  if (quotes % 2 === 0) return undefined;
  let line = 1;
  for (let i = csv.indexOf('\n'); i >= 0 && i < last; i = csv.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Reads `metric,at,value[,source]` rows. Every bad row is reported with its line
 * number; callers import nothing while `errors` is non-empty.
 */
export function parseSamplesCsv(
  csv: string,
  knownMetrics: ReadonlySet<string>,
  options: { defaultSource?: string; maxErrors?: number } = {},
): CsvSamplesParse {
  const defaultSource = options.defaultSource ?? 'csv';
  const maxErrors = options.maxErrors ?? Infinity;
  const unclosed = unclosedQuoteLine(csv);
  if (unclosed !== undefined) {
    return { rows: [], errors: [lineError(unclosed, [{ key: 'csv_unclosed_quote' }])], bad: 1 };
  }
  const rows: CsvSampleRow[] = [];
  const errors: CsvLineError[] = [];
  let bad = 0;
  let col: { metric: number; at: number; value: number; source: number } | undefined;
  let headerProblem = false;
  eachRecord(csv, (record, line) => {
    if (headerProblem) return;
    if (!col) {
      const header = record.map((h) => h.trim().toLowerCase());
      col = {
        metric: header.indexOf('metric'),
        at: header.indexOf('at'),
        value: header.indexOf('value'),
        source: header.indexOf('source'),
      };
      if (col.metric < 0 || col.at < 0 || col.value < 0) headerProblem = true;
      return;
    }
    const row = sampleRow(record, line, col, knownMetrics, defaultSource);
    if (!('reasons' in row)) rows.push(row);
    else if (++bad <= maxErrors) errors.push(row);
  });
  if (!col) return { rows: [], errors: [lineError(1, [{ key: 'csv_empty' }])], bad: 1 };
  if (headerProblem) return { rows: [], errors: [lineError(1, [{ key: 'csv_bad_header' }])], bad: 1 };
  return { rows, errors, bad };
}

/** One data record checked: the sample, or what is wrong with it. */
function sampleRow(
  record: readonly string[],
  line: number,
  col: { metric: number; at: number; value: number; source: number },
  knownMetrics: ReadonlySet<string>,
  defaultSource: string,
): CsvSampleRow | CsvLineError {
  const metric = (record[col.metric] ?? '').trim();
  const atText = (record[col.at] ?? '').trim();
  const valueText = (record[col.value] ?? '').trim();
  const at = parseInstant(atText);
  const value = NUMBER_PATTERN.test(valueText) ? Number(valueText) : Number.NaN;
  const knownMetric = knownMetrics.has(metric);
  const source = (col.source >= 0 ? record[col.source]?.trim() : undefined) || defaultSource;
  if (knownMetric && at !== undefined && Number.isFinite(value) && source.length <= SOURCE_MAX)
    return { line, metric, at, value, source };
  const reasons: ErrorReason[] = [];
  if (!knownMetric)
    reasons.push(metric ? { key: 'csv_unknown_metric', params: { metric } } : { key: 'csv_metric_missing' });
  if (at === undefined)
    reasons.push({
      key: instantOutOfRange(atText) ? 'csv_instant_out_of_range' : 'csv_bad_instant',
      params: { text: atText },
    });
  if (!Number.isFinite(value)) reasons.push({ key: 'csv_bad_number', params: { text: valueText } });
  if (source.length > SOURCE_MAX) reasons.push({ key: 'csv_source_too_long', params: { max: SOURCE_MAX } });
  return lineError(line, reasons);
}

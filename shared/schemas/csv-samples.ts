import { dsvFormat } from 'd3-dsv';
import type { Metric } from '../domain.ts';
import { englishMessage, type ErrorReason } from '../i18n/errors.ts';
import { rangeReason } from '../rules/sample-range.ts';
import { parseInstantIn } from '../tabular/local-instant.ts';
import { inferDecimalMark, parseLocaleNumber, type DecimalMark } from '../tabular/locale-number.ts';
import { parseInstant, SOURCE_MAX } from './primitives.ts';
import { SampleColumns, type CsvSampleRow } from './sample-columns.ts';
import { readPlainCsv } from './csv-plain-scan.ts';

export type { CsvSampleRow };

export interface CsvLineError {
  line: number;
  /** The English text of `reasons`, joined by "; " (what the command line prints). */
  message: string;
  /** Every problem of the line as an `errors` message key, for front ends to translate. */
  reasons: ErrorReason[];
}

/** A line's error from its reasons, with the English message built from the same templates. */
export function lineError(line: number, reasons: ErrorReason[]): CsvLineError {
  return { line, message: reasons.map((r) => englishMessage(r.key, r.params)).join('; '), reasons };
}

/** A file's checked rows: the good ones as columns (what imports use), the first bad ones. */
export interface CsvSamplesRead {
  samples: SampleColumns;
  /** The first `maxErrors` bad rows (a file of a million bad rows must not hold a million messages). */
  errors: CsvLineError[];
  /** All bad rows. */
  bad: number;
}

export interface CsvSamplesParse {
  rows: CsvSampleRow[];
  /** The first `maxErrors` bad rows (a file of a million bad rows must not hold a million messages). */
  errors: CsvLineError[];
  /** All bad rows. */
  bad: number;
}

export interface SampleParseOptions {
  defaultSource?: string;
  maxErrors?: number;
  /** The zone of instants written without one (the workspace's); UTC when not given. */
  timeZone?: string;
  /** Metric definitions: a value outside its metric's plausible range is a bad row. */
  ranges?: ReadonlyMap<string, Pick<Metric, 'name' | 'unit' | 'min' | 'max'>>;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of the header line: the one that splits it into metric, at and value;
 * otherwise the most frequent of `,` `;` tab (Excel in uk, ru, sv, sr settings writes `;`).
 */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const names = (d: string) => header.split(d).map((h) => h.trim().toLowerCase());
  const fits = DELIMITERS.find((d) => ['metric', 'at', 'value'].every((n) => names(d).includes(n)));
  if (fits) return fits;
  const count = (d: string) => header.split(d).length;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Calls `visit` with each CSV record and the line it starts on; blank lines are skipped. */
function eachRecord(text: string, delimiter: string, visit: (record: string[], line: number) => void): void {
  let line = 1;
  // d3-dsv: RFC 4180 parsing, an order of magnitude faster than alternatives on large sample files.
  dsvFormat(delimiter).parseRows(text, (row) => {
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

/** The decimal mark of the file, judged from the value column of its first 64 KiB. */
function decimalMarkOf(text: string, delimiter: string): DecimalMark {
  const head = text.slice(0, 65_536);
  const rows = dsvFormat(delimiter).parseRows(head.slice(0, head.lastIndexOf('\n') + 1 || undefined));
  const column = (rows[0] ?? []).map((h) => h.trim().toLowerCase()).indexOf('value');
  return inferDecimalMark(
    rows.slice(1).map((r) => r[column] ?? ''),
    delimiter,
  );
}

/**
 * Reads `metric,at,value[,source]` rows separated by `,`, `;` or tab, numbers and times as
 * offices write them. Every bad row is reported with its line number; callers import
 * nothing while `errors` is non-empty.
 */
export function parseSamplesCsv(
  csv: string,
  knownMetrics: ReadonlySet<string>,
  options: SampleParseOptions = {},
): CsvSamplesParse {
  return withRows(readSamplesCsv(csv, knownMetrics, options));
}

/** A read with its good rows as objects (small files, tests). */
export function withRows({ samples, errors, bad }: CsvSamplesRead): CsvSamplesParse {
  return { rows: samples.rows(), errors, bad };
}

/** parseSamplesCsv, the good rows as columns. */
export function readSamplesCsv(
  csv: string,
  knownMetrics: ReadonlySet<string>,
  options: SampleParseOptions = {},
): CsvSamplesRead {
  const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
  const unclosed = unclosedQuoteLine(text);
  if (unclosed !== undefined) return refused(unclosed, 'csv_unclosed_quote');
  const delimiter = detectDelimiter(text);
  const decimal = decimalMarkOf(text, delimiter);
  const sink = new SampleSink(knownMetrics, decimal, options);
  // Without quotes (nearly every large file), fields are read in place, not as strings (issue 13).
  if (!text.includes('"')) readPlainCsv(text, delimiter, sink);
  else eachRecord(text, delimiter, (record, line) => sink.record(record, line));
  return sink.done();
}

/**
 * readSamplesCsv for a quote-free file given as pieces of whole lines, the first holding at least
 * its first 64 KiB (header, decimal mark): a large file's bytes are decoded a piece at a time, so
 * no string the size of the file is made (issue 13). `rowsFor` sizes the columns from the first.
 */
export function readPlainSamplesCsv(
  pieces: Iterable<string>,
  rowsFor: (first: string) => number,
  knownMetrics: ReadonlySet<string>,
  options: SampleParseOptions = {},
): CsvSamplesRead {
  let sink: SampleSink | undefined;
  let delimiter = ',';
  let line = 1;
  for (const piece of pieces) {
    let text = piece;
    if (!sink) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      delimiter = detectDelimiter(text);
      sink = new SampleSink(knownMetrics, decimalMarkOf(text, delimiter), options);
      sink.samples.reserve(rowsFor(text));
    }
    line = readPlainCsv(text, delimiter, sink, line);
  }
  return sink ? sink.done() : readSamplesCsv('', knownMetrics, options);
}

/**
 * Checks records (a header, then samples) from any tabular source — a CSV or the first
 * sheet of a workbook — each with the line or row it came from.
 */
export function readSampleRecords(
  records: (visit: (record: string[], line: number) => void) => void,
  knownMetrics: ReadonlySet<string>,
  decimal: DecimalMark,
  options: SampleParseOptions = {},
): CsvSamplesRead {
  const sink = new SampleSink(knownMetrics, decimal, options);
  records((record, line) => sink.record(record, line));
  return sink.done();
}

const refused = (
  line: number,
  key: 'csv_unclosed_quote' | 'csv_empty' | 'csv_bad_header',
): CsvSamplesRead => ({
  samples: new SampleColumns(),
  errors: [lineError(line, [{ key }])],
  bad: 1,
});

/** Where the columns are: -1 for one the header lacks. */
export interface SampleHeader {
  metric: number;
  at: number;
  value: number;
  source: number;
}

/** What one row is checked against. */
export interface RowChecks {
  decimal: DecimalMark;
  timeZone: string;
  defaultSource: string;
  ranges: SampleParseOptions['ranges'];
}

/**
 * Takes a file's records in order: the header, then rows, good ones into columns and the first
 * `maxErrors` bad ones as errors.
 */
export class SampleSink {
  readonly samples = new SampleColumns();
  readonly errors: CsvLineError[] = [];
  bad = 0;
  header: SampleHeader | undefined;
  headerProblem = false;
  readonly known: ReadonlySet<string>;
  readonly read: RowChecks;
  private readonly maxErrors: number;

  constructor(known: ReadonlySet<string>, decimal: DecimalMark, options: SampleParseOptions) {
    this.known = known;
    this.maxErrors = options.maxErrors ?? Infinity;
    this.read = {
      decimal,
      timeZone: options.timeZone ?? 'UTC',
      defaultSource: options.defaultSource ?? 'csv',
      ranges: options.ranges,
    };
  }

  /** A record (blank records are skipped by the readers). */
  record(record: readonly string[], line: number): void {
    if (this.headerProblem) return;
    if (!this.header) return this.setHeader(record);
    this.add(sampleRow(record, line, this.header, this.known, this.read));
  }

  setHeader(record: readonly string[]): void {
    const header = record.map((h) => h.trim().toLowerCase());
    this.header = {
      metric: header.indexOf('metric'),
      at: header.indexOf('at'),
      value: header.indexOf('value'),
      source: header.indexOf('source'),
    };
    if (this.header.metric < 0 || this.header.at < 0 || this.header.value < 0) this.headerProblem = true;
  }

  add(row: CsvSampleRow | CsvLineError): void {
    if ('reasons' in row) {
      if (++this.bad <= this.maxErrors) this.errors.push(row);
      return;
    }
    const s = this.samples;
    s.push(s.metricOf(row.metric), Date.parse(row.at), row.value, s.sourceOf(row.source), row.line);
  }

  done(): CsvSamplesRead {
    if (!this.header) return refused(1, 'csv_empty');
    if (this.headerProblem) return refused(1, 'csv_bad_header');
    return { samples: this.samples, errors: this.errors, bad: this.bad };
  }
}

/** One data record checked: the sample, or what is wrong with it. */
function sampleRow(
  record: readonly string[],
  line: number,
  col: SampleHeader,
  knownMetrics: ReadonlySet<string>,
  read: RowChecks,
): CsvSampleRow | CsvLineError {
  const metric = (record[col.metric] ?? '').trim();
  const atText = (record[col.at] ?? '').trim();
  const valueText = (record[col.value] ?? '').trim();
  // Nearly every row of a large file has a zone: that path allocates nothing.
  const zoned = parseInstant(atText);
  const instant = zoned === undefined ? parseInstantIn(atText, read.timeZone) : undefined;
  const at = zoned ?? (instant?.ok ? instant.iso : undefined);
  const value = parseLocaleNumber(valueText, read.decimal);
  const knownMetric = knownMetrics.has(metric);
  const source = (col.source >= 0 ? record[col.source]?.trim() : undefined) || read.defaultSource;
  const definition = read.ranges?.get(metric);
  const range = definition && Number.isFinite(value) ? rangeReason(definition, value) : undefined;
  if (knownMetric && at !== undefined && Number.isFinite(value) && !range && source.length <= SOURCE_MAX)
    return { line, metric, at, value, source };
  const reasons: ErrorReason[] = [];
  if (!knownMetric)
    reasons.push(metric ? { key: 'csv_unknown_metric', params: { metric } } : { key: 'csv_metric_missing' });
  if (at === undefined)
    reasons.push({
      key: instant && !instant.ok && instant.outOfRange ? 'csv_instant_out_of_range' : 'csv_bad_instant',
      params: { text: atText },
    });
  if (!Number.isFinite(value)) reasons.push({ key: 'csv_bad_number', params: { text: valueText } });
  if (range) reasons.push(range);
  if (source.length > SOURCE_MAX) reasons.push({ key: 'csv_source_too_long', params: { max: SOURCE_MAX } });
  return lineError(line, reasons);
}

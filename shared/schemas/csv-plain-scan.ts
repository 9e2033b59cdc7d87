// A quote-free sample CSV read in place (issue 13): fields are found as offsets in the text and
// the common row — a known metric, `YYYY-MM-DDTHH:mm:ss[.sss]Z`, a plain decimal number, a short
// source — goes into the columns without a string per field. Any other row is handed, as strings,
// to the same checks every reader uses (SampleSink.record), so results and messages never differ.
import { sampleRange } from '../rules/sample-range.ts';
import type { SampleSink } from './csv-samples.ts';
import { SOURCE_MAX } from './primitives.ts';

const NEWLINE = 10;
const RETURN = 13;
const ZERO = 48;
/** `m,YYYY-MM-DDTHH:mm:ssZ,1` and its line end: no good row of the common form is shorter. */
const SHORTEST_ROW = 25;

/** A known metric, its index in the columns (-1 until a good row names it) and its plausible range. */
interface MetricCheck {
  key: string;
  index: number;
  min: number;
  max: number;
}

/**
 * Records as d3-dsv's parseRows splits a quote-free text: `\n`, `\r\n` or `\r` end a record.
 * The text may be one piece of whole lines of a file, its first line numbered `firstLine`;
 * answers the number of the line after it.
 */
export function readPlainCsv(text: string, delimiter: string, sink: SampleSink, firstLine = 1): number {
  let end = text.length;
  if (text.charCodeAt(end - 1) === NEWLINE) end--;
  if (text.charCodeAt(end - 1) === RETURN) end--;
  if (end <= 0) return firstLine + (text.length > 0 ? 1 : 0);
  const rows = new PlainRows(text, sink);
  // Columns sized once for the rows a file this long can hold: doubling them as rows come would
  // leave as much again behind. Blank lines do not count (a file of them reserves nothing much).
  sink.samples.reserve(Math.min(lineCount(text, end), Math.ceil(end / SHORTEST_ROW)));
  return text.includes('\r')
    ? splitByChar(text, end, delimiter.charCodeAt(0), rows, firstLine)
    : splitByIndex(text, end, delimiter, rows, firstLine);
}

/** Lines up to `end` (a `\r`-only file counts as one; its columns grow as rows come). */
function lineCount(text: string, end: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** Records ended by `\n` only: fields found with indexOf (native, no per-character loop). */
function splitByIndex(
  text: string,
  end: number,
  delimiter: string,
  rows: PlainRows,
  firstLine: number,
): number {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let line = firstLine, pos = 0; ; line++) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > end) eol = end;
    let count = 0;
    for (let from = pos; ;) {
      let to = text.indexOf(delimiter, from);
      if (to < 0 || to > eol) to = eol;
      starts[count] = from;
      ends[count] = to;
      count++;
      if (to === eol) break;
      from = to + 1;
    }
    rows.take(starts, ends, count, line);
    if (eol >= end) return line + 1;
    pos = eol + 1;
  }
}

/** Records ended by `\n`, `\r\n` or `\r`, read character by character. */
function splitByChar(text: string, end: number, d: number, rows: PlainRows, firstLine: number): number {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (let line = firstLine; ; line++) {
    let count = 0;
    let from = pos;
    let last = false;
    for (;;) {
      let p = from;
      let c = 0;
      while (p < end && (c = text.charCodeAt(p)) !== d && c !== NEWLINE && c !== RETURN) p++;
      starts[count] = from;
      ends[count] = p;
      count++;
      if (p >= end) {
        last = true;
        break;
      }
      if (c === d) {
        from = p + 1;
        continue;
      }
      pos = p + 1;
      if (c === RETURN && text.charCodeAt(pos) === NEWLINE) pos++;
      break;
    }
    rows.take(starts, ends, count, line);
    if (last) return line + 1;
  }
}

class PlainRows {
  private readonly text: string;
  private readonly sink: SampleSink;
  private checks: Map<number, MetricCheck[]> | undefined;
  private lastCheck: MetricCheck | undefined;
  private lastSource = '';
  private lastSourceIndex = -1;
  private defaultSourceIndex = -1;

  constructor(text: string, sink: SampleSink) {
    this.text = text;
    this.sink = sink;
  }

  take(starts: number[], ends: number[], count: number, line: number): void {
    const sink = this.sink;
    if (sink.headerProblem) return;
    const header = sink.header;
    if (header && count > Math.max(header.metric, header.at, header.value)) {
      if (this.fast(starts, ends, count, line, header)) return;
    } else if (count === 1 && this.text.slice(starts[0], ends[0]).trim() === '') return;
    sink.record(
      Array.from({ length: count }, (_, i) => this.text.slice(starts[i], ends[i])),
      line,
    );
  }

  /** The common row, stored without strings; false when the full checks must read it. */
  private fast(
    starts: number[],
    ends: number[],
    count: number,
    line: number,
    header: { metric: number; at: number; value: number; source: number },
  ): boolean {
    const check = this.metric(starts[header.metric] as number, ends[header.metric] as number);
    if (!check) return false;
    const at = plainUtcMs(this.text, starts[header.at] as number, ends[header.at] as number);
    if (at < 0) return false;
    const value = plainNumber(
      this.text,
      starts[header.value] as number,
      ends[header.value] as number,
      this.sink.read.decimal === ',' ? 44 : 46,
    );
    if (Number.isNaN(value) || value < check.min || value > check.max) return false;
    const source =
      header.source >= 0 && header.source < count
        ? this.source(starts[header.source] as number, ends[header.source] as number)
        : this.defaultSource();
    if (source < 0) return false;
    // Metrics are numbered in the order good rows first name them (as SampleSink.add does).
    if (check.index < 0) check.index = this.sink.samples.metricOf(check.key);
    this.sink.samples.push(check.index, at, value, source, line);
    return true;
  }

  /** A known metric named with no spaces around it, else undefined. */
  private metric(from: number, to: number): MetricCheck | undefined {
    const text = this.text;
    if (to <= from || !bare(text, from, to)) return undefined;
    const last = this.lastCheck;
    if (last && to - from === last.key.length && text.startsWith(last.key, from)) return last;
    // Found by a hash of the field's length and three of its characters: no string is made.
    this.checks ??= this.knownChecks();
    for (const check of this.checks.get(fieldHash(text, from, to)) ?? [])
      if (check.key.length === to - from && text.startsWith(check.key, from)) return (this.lastCheck = check);
    return undefined;
  }

  private knownChecks(): Map<number, MetricCheck[]> {
    const checks = new Map<number, MetricCheck[]>();
    for (const key of this.sink.known) {
      const definition = this.sink.read.ranges?.get(key);
      const range = definition ? sampleRange(definition) : { min: undefined, max: undefined };
      const check = { key, index: -1, min: range.min ?? -Infinity, max: range.max ?? Infinity };
      const hash = fieldHash(key, 0, key.length);
      checks.set(hash, [...(checks.get(hash) ?? []), check]);
    }
    return checks;
  }

  /** The source's index; the default for an empty field; -1 when the full checks must read it. */
  private source(from: number, to: number): number {
    if (from === to) return this.defaultSource();
    const text = this.text;
    if (to - from > SOURCE_MAX || !bare(text, from, to)) return -1;
    const last = this.lastSource;
    if (to - from === last.length && text.startsWith(last, from)) return this.lastSourceIndex;
    this.lastSource = text.slice(from, to);
    this.lastSourceIndex = this.sink.samples.sourceOf(this.lastSource);
    return this.lastSourceIndex;
  }

  private defaultSource(): number {
    if (this.defaultSourceIndex < 0)
      this.defaultSourceIndex = this.sink.samples.sourceOf(this.sink.read.defaultSource);
    return this.defaultSourceIndex;
  }
}

const fieldHash = (text: string, from: number, to: number): number =>
  ((to - from) << 21) ^
  (text.charCodeAt(from) << 14) ^
  (text.charCodeAt((from + to) >> 1) << 7) ^
  text.charCodeAt(to - 1);

/** Printable ASCII at both ends: trimming would change nothing. */
function bare(text: string, from: number, to: number): boolean {
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(to - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}

function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `YYYY-MM-DDTHH:mm:ssZ` or `YYYY-MM-DDTHH:mm:ss.sssZ` naming a real date and time (year
 * 1000–9999) as ms since 1970; -1 for anything else (the full checks read it).
 */
export function plainUtcMs(text: string, from: number, to: number): number {
  const length = to - from;
  if (length !== 20 && length !== 24) return -1;
  if (
    text.charCodeAt(from + 4) !== 45 ||
    text.charCodeAt(from + 7) !== 45 ||
    text.charCodeAt(from + 10) !== 84 ||
    text.charCodeAt(from + 13) !== 58 ||
    text.charCodeAt(from + 16) !== 58 ||
    text.charCodeAt(to - 1) !== 90
  )
    return -1;
  let millis = 0;
  if (length === 24) {
    millis = text.charCodeAt(from + 19) === 46 ? digitsAt(text, from + 20, 3) : -1;
    if (millis < 0) return -1;
  }
  const year = digitsAt(text, from, 4);
  const month = digitsAt(text, from + 5, 2);
  const day = digitsAt(text, from + 8, 2);
  const hour = digitsAt(text, from + 11, 2);
  const minute = digitsAt(text, from + 14, 2);
  const second = digitsAt(text, from + 17, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return -1;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return -1;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  return (((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second) * 1000 + millis;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

// Exact powers of ten: an integer below 2^53 divided by one is correctly rounded, so the
// result is the double Number() gives for the same decimal text (Clinger's fast path).
const POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * `-?digits[<mark>digits]` with at most 15 digits, exactly as Number() reads it (the mark being
 * the file's decimal mark); NaN for anything else (the full checks read it).
 */
export function plainNumber(text: string, from: number, to: number, mark: number): number {
  let i = from;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let n = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= ZERO + 9) {
      n = n * 10 + (c - ZERO);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === mark && fraction < 0 && digits > 0) fraction = 0;
    else return Number.NaN;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return Number.NaN;
  const value = fraction > 0 ? n / (POWERS[fraction] as number) : n;
  return negative ? -value : value;
}

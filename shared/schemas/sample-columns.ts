// The checked samples of a file as columns: a 200,000-row import holds five typed arrays
// (≈ 28 bytes a row) instead of 200,000 row objects with their instant strings, and the plan
// compares instants as numbers (issue 13).
import type { Sample } from '../domain.ts';
import { isoFromMs } from '../instant.ts';

/** One good row of a sample file, with the line it came from (instants as normalised text). */
export interface CsvSampleRow {
  line: number;
  metric: string;
  at: string;
  value: number;
  source: string;
}

const FIRST_CAPACITY = 1024;

export class SampleColumns {
  /** Metric keys by index, in the order the file first names them. */
  readonly metrics: string[] = [];
  /** Source names by index. */
  readonly sources: string[] = [];
  length = 0;
  metric = new Int32Array(FIRST_CAPACITY);
  /** Instants, ms since 1970 (UTC). */
  at = new Float64Array(FIRST_CAPACITY);
  value = new Float64Array(FIRST_CAPACITY);
  source = new Int32Array(FIRST_CAPACITY);
  line = new Int32Array(FIRST_CAPACITY);
  private readonly metricIndex = new Map<string, number>();
  private readonly sourceIndex = new Map<string, number>();

  /** The index of a metric key (added on first use). */
  metricOf(key: string): number {
    let i = this.metricIndex.get(key);
    if (i === undefined) {
      i = this.metrics.push(key) - 1;
      this.metricIndex.set(key, i);
    }
    return i;
  }

  /** The index of a source name (added on first use). */
  sourceOf(name: string): number {
    let i = this.sourceIndex.get(name);
    if (i === undefined) {
      i = this.sources.push(name) - 1;
      this.sourceIndex.set(name, i);
    }
    return i;
  }

  push(metric: number, at: number, value: number, source: number, line: number): void {
    const i = this.length;
    if (i === this.at.length) this.grow();
    this.metric[i] = metric;
    this.at[i] = at;
    this.value[i] = value;
    this.source[i] = source;
    this.line[i] = line;
    this.length = i + 1;
  }

  /** Row `i` as an object (previews, tests). */
  row(i: number): CsvSampleRow {
    return {
      line: this.line[i] as number,
      metric: this.metrics[this.metric[i] as number] as string,
      at: isoFromMs(this.at[i] as number),
      value: this.value[i] as number,
      source: this.sources[this.source[i] as number] as string,
    };
  }

  /** The first `count` rows as objects. */
  rows(count = this.length): CsvSampleRow[] {
    return Array.from({ length: Math.min(count, this.length) }, (_, i) => this.row(i));
  }

  /** Samples given as objects (manual entry, a JSON document), row i being line i + 1. */
  static of(samples: readonly Sample[]): SampleColumns {
    const columns = new SampleColumns();
    samples.forEach((s, i) =>
      columns.push(columns.metricOf(s.metric), Date.parse(s.at), s.value, columns.sourceOf(s.source), i + 1),
    );
    return columns;
  }

  /**
   * Empties the columns and gives their memory back now: left to V8, a large file's columns stay
   * until its next full collection, which an idle server does not run (issue 13).
   */
  release(): void {
    for (const column of [this.metric, this.at, this.value, this.source, this.line]) {
      // ES2024's ArrayBuffer.prototype.transfer: the old buffer's memory is freed at once.
      (column.buffer as Transferable).transfer?.(0);
    }
    this.length = 0;
    this.metric = new Int32Array(0);
    this.at = new Float64Array(0);
    this.value = new Float64Array(0);
    this.source = new Int32Array(0);
    this.line = new Int32Array(0);
  }

  /** Room for `rows` rows in all, allocated once (a reader that can count its rows first). */
  reserve(rows: number): void {
    if (rows > this.at.length) this.grow(rows);
  }

  private grow(size = Math.max(FIRST_CAPACITY, this.at.length * 2)): void {
    this.metric = new Int32Array(resized(this.metric, size * 4));
    this.at = new Float64Array(resized(this.at, size * 8));
    this.value = new Float64Array(resized(this.value, size * 8));
    this.source = new Int32Array(resized(this.source, size * 4));
    this.line = new Int32Array(resized(this.line, size * 4));
  }
}

type Transferable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

/**
 * A column's buffer at `bytes`, its rows kept. ES2024's transfer moves them (the old buffer is
 * emptied and its memory freed at once, not left for V8's next full collection); else a copy.
 */
function resized(column: Int32Array | Float64Array, bytes: number): ArrayBuffer {
  const buffer = column.buffer as Transferable;
  if (buffer.transfer) return buffer.transfer(bytes);
  const copy = new ArrayBuffer(bytes);
  new Uint8Array(copy).set(new Uint8Array(buffer));
  return copy;
}

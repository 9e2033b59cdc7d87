// The calendar's campaigns by period, kept per workspace revision so moving to the next or
// previous period shows at once: after a period loads, the periods either side are fetched
// in the background, and a period inside what is already loaded needs no request at all.
import type { CalendarItem } from '../../../../shared/api.ts';

export interface Range {
  from: string;
  to: string;
}

interface Loaded extends Range {
  items: CalendarItem[];
}

type Fetch = (range: Range) => Promise<CalendarItem[]>;

/** The server's overlap rule (campaigns.list): starts by `to` and ends from `from` on. */
const overlaps = (item: CalendarItem, { from, to }: Range) => item.start <= to && item.end >= from;

const byStart = (a: CalendarItem, b: CalendarItem) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

export class RangeCache {
  private revision: unknown;
  private loaded: Loaded[] = [];
  private pending = new Map<string, { range: Range; promise: Promise<CalendarItem[]> }>();
  private readonly fetch: Fetch;
  private readonly prefetchDelayMs: number;

  constructor(fetch: Fetch, prefetchDelayMs = 0) {
    this.fetch = fetch;
    this.prefetchDelayMs = prefetchDelayMs;
  }

  /**
   * The campaigns overlapping `range` as of `revision` (anything loaded before a change is
   * dropped); then, unless `neighbours` is false, the periods either side in the background.
   */
  async get(range: Range, revision: unknown, { neighbours = true } = {}): Promise<CalendarItem[]> {
    if (revision !== this.revision) {
      this.revision = revision;
      this.loaded = [];
      this.pending.clear();
    }
    let items = this.covered(range);
    if (
      !items &&
      this.coveredWith(
        range,
        [...this.pending.values()].map((p) => p.range),
      )
    ) {
      // What is on its way (a prefetch) covers it: wait for that rather than ask again.
      await Promise.allSettled([...this.pending.values()].map((p) => p.promise));
      items = this.covered(range);
    }
    items ??= await this.load(range, revision);
    if (neighbours) this.schedulePrefetch(range, revision);
    return items;
  }

  /** The campaigns overlapping `range` when already loaded as of `revision`, without waiting; else undefined. */
  peek(range: Range, revision: unknown): CalendarItem[] | undefined {
    return revision === this.revision ? this.covered(range) : undefined;
  }

  /** Whether `parts` (and what is loaded) cover `range` end to end. */
  private coveredWith(range: Range, extra: Range[] = []): boolean {
    const parts = [...this.loaded, ...extra].filter((l) => l.from <= range.to && l.to >= range.from);
    parts.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    let reach = range.from;
    for (const part of parts) {
      if (part.from > reach) return false;
      if (part.to > reach) reach = part.to;
    }
    return parts.length > 0 && reach >= range.to;
  }

  /** The items for `range` when loaded periods cover it end to end, else undefined. */
  private covered(range: Range): CalendarItem[] | undefined {
    if (!this.coveredWith(range)) return undefined;
    const parts = this.loaded.filter((l) => l.from <= range.to && l.to >= range.from);
    const byKey = new Map<string, CalendarItem>();
    for (const part of parts)
      for (const item of part.items)
        if (overlaps(item, range) && !byKey.has(item.key)) byKey.set(item.key, item);
    return [...byKey.values()].sort(byStart);
  }

  private load(range: Range, revision: unknown): Promise<CalendarItem[]> {
    const id = `${range.from}/${range.to}`;
    const known = this.pending.get(id);
    if (known) return known.promise;
    const promise = this.fetch(range).then((items) => {
      if (revision === this.revision) this.loaded.push({ ...range, items });
      return items;
    });
    promise.finally(() => this.pending.delete(id)).catch(() => undefined);
    this.pending.set(id, { range, promise });
    return promise;
  }

  /** The periods of the same length just before and after `range`, in the background. */
  private schedulePrefetch(range: Range, revision: unknown): void {
    const span = Date.parse(range.to) - Date.parse(range.from);
    const shift = (iso: string, by: number) => new Date(Date.parse(iso) + by).toISOString();
    const neighbours = [
      { from: range.to, to: shift(range.to, span) },
      { from: shift(range.from, -span), to: range.from },
    ];
    const run = () => {
      const underway = [...this.pending.values()].map((p) => p.range);
      for (const next of neighbours)
        if (revision === this.revision && !this.coveredWith(next, underway))
          this.load(next, revision).catch(() => undefined);
    };
    // When the browser is next idle (the period just loaded painted first), else after the delay.
    setTimeout(
      () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 300 }) : run()),
      this.prefetchDelayMs,
    );
  }
}

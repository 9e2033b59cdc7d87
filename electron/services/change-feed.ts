// The change feed reads the workspace's change log, so a change made by any process
// (this one, the command line, another `serve` on the same workspace) reaches every
// listener. While anybody listens, the log is polled (one indexed `seq > ?` read);
// a write made here asks for a poll at once, so in-process listeners hear it before
// the write returns.
import type { ChangeEvent } from '../../shared/api.ts';
import type { Store, StoredChange } from '../store/store.ts';

export const POLL_INTERVAL_MS = 250;
const PAGE = 500;

interface Subscriber {
  listener: (event: ChangeEvent) => void;
  /** The last sequence number this subscriber has heard (undefined until known). */
  after: number | undefined;
  ready: Promise<void>;
}

export class ChangeFeed {
  private readonly subscribers = new Set<Subscriber>();
  private readonly store: Store;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  /** A poll asked for but not started yet: later requests share it. */
  private queued: Promise<void> | undefined;
  private tail: Promise<void> = Promise.resolve();

  constructor(store: Store, intervalMs = POLL_INTERVAL_MS) {
    this.store = store;
    this.intervalMs = intervalMs;
  }

  /**
   * Calls `listener` for every change committed after the moment of subscribing, or, with
   * `after`, for every change with a higher sequence number first (in order), then on.
   */
  subscribe(listener: (event: ChangeEvent) => void, after?: number): () => void {
    const subscriber: Subscriber = { listener, after, ready: Promise.resolve() };
    if (after === undefined) {
      subscriber.ready = this.store
        .read((tx) => tx.lastChangeSeq())
        .then((seq) => {
          subscriber.after ??= seq;
        })
        .catch(() => {
          subscriber.after ??= 0;
        });
    }
    this.subscribers.add(subscriber);
    this.timer ??= setInterval(() => void this.poll(), this.intervalMs).unref();
    if (after !== undefined) void this.poll();
    return () => {
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** Reads the log for changes nobody has heard yet and hands them out; never throws. */
  poll(): Promise<void> {
    if (this.subscribers.size === 0) return Promise.resolve();
    if (this.queued) return this.queued;
    const next = this.tail.then(() => {
      this.queued = undefined;
      return this.deliver().catch(() => undefined); // a closed store: listeners catch up next time
    });
    this.queued = next;
    this.tail = next;
    return next;
  }

  private async deliver(): Promise<void> {
    for (;;) {
      const subscribers = [...this.subscribers];
      await Promise.all(subscribers.map((s) => s.ready));
      const cursors = subscribers.map((s) => s.after ?? Number.MAX_SAFE_INTEGER);
      if (cursors.length === 0) return;
      const from = Math.min(...cursors);
      const rows = await this.store.read((tx) => tx.changesSince(from, PAGE));
      for (const row of rows) {
        const event = toEvent(row);
        for (const s of subscribers) {
          if (s.after === undefined || row.seq <= s.after || !this.subscribers.has(s)) continue;
          s.after = row.seq;
          try {
            s.listener(event);
          } catch {
            // One failing listener must not keep the change from the others.
          }
        }
      }
      if (rows.length < PAGE) return;
    }
  }
}

function toEvent(row: StoredChange): ChangeEvent {
  return { seq: row.seq, at: row.at, entity: row.entity, key: row.key, action: row.action, actor: row.actor };
}

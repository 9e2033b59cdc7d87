// Wakes the change feed when any process commits a change-log row: one dedicated connection
// LISTENs on CHANGE_CHANNEL; appendChange NOTIFYs it in the writer's transaction, so the
// notification arrives on commit (one per transaction: PostgreSQL folds identical ones).
// A lost connection is reopened after a pause; meanwhile the feed's poll still runs.
import pg from 'pg';

export const CHANGE_CHANNEL = 'campaign_desk_changes';
const RECONNECT_MS = 1000;

export class ChangeListener {
  private readonly url: string;
  private readonly wakes = new Set<() => void>();
  private client: pg.Client | undefined;
  private closed = false;

  constructor(url: string) {
    this.url = url;
  }

  watch(wake: () => void): () => void {
    this.wakes.add(wake);
    if (!this.client) void this.connect();
    return () => {
      this.wakes.delete(wake);
      if (this.wakes.size === 0) void this.disconnect();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.disconnect();
  }

  private async connect(): Promise<void> {
    if (this.closed || this.wakes.size === 0) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'campaign-desk listener' });
    this.client = client;
    const retry = () => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      setTimeout(() => void this.connect(), RECONNECT_MS).unref();
    };
    client.on('error', retry);
    client.on('notification', () => {
      for (const wake of this.wakes) wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      // Changes committed while (re)connecting: one catch-up read.
      for (const wake of this.wakes) wake();
    } catch {
      retry();
    }
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}

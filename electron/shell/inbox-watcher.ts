// Watches the acting person's department inbox: after every change it recomputes
// the inbox, reports the count (the badge) and each brief that newly started
// waiting (a notification). Briefs already waiting when the person is chosen are
// counted but not announced. Plain logic; the shell supplies the OS side.
import type { InboxItem } from '../../shared/api.ts';
import type { WorkspaceFeed } from './workspace-client.ts';

export interface InboxSink {
  waiting(item: InboxItem): void;
  count(count: number): void;
}

/** A brief waits anew when a new version is published, so the version is part of the identity. */
const idOf = (item: InboxItem) => `${item.campaign.key}@${item.currentVersion}`;

export class InboxWatcher {
  private readonly workspace: WorkspaceFeed;
  private readonly sink: InboxSink;
  private readonly unsubscribe: () => void;
  private department: string | undefined;
  private seen = new Set<string>();
  /** Recomputations run one after another, so announcements never race. */
  private queue: Promise<void> = Promise.resolve();

  constructor(workspace: WorkspaceFeed, sink: InboxSink) {
    this.workspace = workspace;
    this.sink = sink;
    this.unsubscribe = workspace.onChange(() => void this.refresh());
  }

  /** Chooses whose department to watch; null or an unknown person stops watching. */
  setActingPerson(personKey: string | null): Promise<void> {
    return this.enqueue(async () => {
      const people = personKey ? await this.workspace.call('people.list', {}) : [];
      this.department = people.find((p) => p.key === personKey)?.department;
      this.seen = new Set();
      await this.recompute(false);
    });
  }

  refresh(): Promise<void> {
    return this.enqueue(() => this.recompute(true));
  }

  dispose(): void {
    this.unsubscribe();
    this.department = undefined;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    // A failed recomputation must not stop later ones; the next change retries.
    this.queue = this.queue.then(work).catch(() => undefined);
    return this.queue;
  }

  private async recompute(announce: boolean): Promise<void> {
    const department = this.department;
    if (!department) return this.sink.count(0);
    const items = await this.workspace.call('inbox.list', { department });
    if (department !== this.department) return;
    const ids = new Set(items.map(idOf));
    if (announce) for (const item of items) if (!this.seen.has(idOf(item))) this.sink.waiting(item);
    this.seen = ids;
    this.sink.count(items.length);
  }
}

// Sample files a dry run has read, kept briefly so the import that follows sends only their id
// instead of the whole file again (issue 13). Each is kept for the person who checked it, for a
// few minutes, and only the last few are kept; the import re-checks the rows against the
// workspace as it is then, so nothing decided at the dry run is trusted.
import { randomUUID } from 'node:crypto';
import type { SampleSource } from '../import/sample-file.ts';

const KEEP_MS = 10 * 60 * 1000;
const MAX_FILES = 4;

interface Kept {
  owner: string;
  source: SampleSource;
  until: number;
}

export class CheckedFiles {
  private readonly files = new Map<string, Kept>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  /** Keeps `source` for `owner`; returns its id. The owner's earlier file is dropped. */
  keep(owner: string, source: SampleSource): string {
    this.expire();
    for (const [id, kept] of this.files) if (kept.owner === owner) this.files.delete(id);
    while (this.files.size >= MAX_FILES) this.files.delete(this.files.keys().next().value as string);
    const id = randomUUID();
    this.files.set(id, { owner, source, until: this.now() + KEEP_MS });
    return id;
  }

  /** The file `id` if `owner` checked it and it is still kept. */
  get(owner: string, id: string): SampleSource | undefined {
    this.expire();
    const kept = this.files.get(id);
    return kept?.owner === owner ? kept.source : undefined;
  }

  drop(id: string): void {
    this.files.delete(id);
  }

  private expire(): void {
    const now = this.now();
    for (const [id, kept] of this.files) if (kept.until <= now) this.files.delete(id);
  }
}

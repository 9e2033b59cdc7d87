// Sample files a dry run has checked, kept briefly so the import that follows sends only their id
// instead of the whole file again (issue 13). Each is kept for the person who checked it, for a
// few minutes, and only the last few are kept. What is kept is the file's checked rows (typed
// columns, ≈ 28 bytes a row), not its text: the import uses them only while the workspace's metric
// definitions and time zone — all the row checks read — are as they were (`basis`), and plans and
// writes them against the samples stored then; otherwise the file must be sent again.
import { randomUUID } from 'node:crypto';
import type { SampleFileRead } from '../import/sample-file.ts';

/** A dry run's check of a file without bad rows, and what it was checked against. */
export interface CheckedFile {
  read: SampleFileRead;
  basis: string;
}

const KEEP_MS = 10 * 60 * 1000;
const MAX_FILES = 4;

interface Kept {
  owner: string;
  file: CheckedFile;
  until: number;
}

export class CheckedFiles {
  private readonly files = new Map<string, Kept>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  /** Keeps `file` for `owner`; returns its id. The owner's earlier file is dropped. */
  keep(owner: string, file: CheckedFile): string {
    this.expire();
    for (const [id, kept] of this.files) if (kept.owner === owner) this.files.delete(id);
    while (this.files.size >= MAX_FILES) this.files.delete(this.files.keys().next().value as string);
    const id = randomUUID();
    this.files.set(id, { owner, file, until: this.now() + KEEP_MS });
    return id;
  }

  /**
   * The file `id` if `owner` checked it and it is still kept, taken out: one request at a time
   * uses it (its columns are released once used: metric-service.ts). `putBack` keeps it again.
   */
  take(owner: string, id: string): CheckedFile | undefined {
    this.expire();
    const kept = this.files.get(id);
    if (kept?.owner !== owner) return undefined;
    this.files.delete(id);
    return kept.file;
  }

  /** Keeps a taken file again under its id (the request that took it failed), for its time left. */
  putBack(owner: string, id: string, file: CheckedFile): void {
    this.files.set(id, { owner, file, until: this.now() + KEEP_MS });
  }

  private expire(): void {
    const now = this.now();
    for (const [id, kept] of this.files) if (kept.until <= now) this.files.delete(id);
  }
}

// The daily automatic backup of an embedded workspace: at most one a day (UTC), then
// the older automatic ones beyond the retention policy are deleted. Backups a person
// asked for and those kept by a restore are never deleted here.
import fs from 'node:fs';
import { backupPath, listBackups } from './backups.ts';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from './retention.ts';
import type { SqliteStore } from './sqlite-store.ts';

export interface DailyBackupResult {
  written: string | undefined;
  removed: string[];
}

export async function dailyBackup(
  store: Pick<SqliteStore, 'location' | 'backup'>,
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Promise<DailyBackupResult> {
  const today = now.toISOString().slice(0, 10);
  const autos = () => listBackups(store.location).filter((b) => b.kind === 'auto');
  let written: string | undefined;
  if (!autos().some((b) => b.at.toISOString().slice(0, 10) === today))
    written = await store.backup(now, backupPath(store.location, 'auto', now));
  const all = autos();
  const keep = new Set(backupsToKeep(all, policy).map((b) => b.path));
  const removed = all.filter((b) => !keep.has(b.path)).map((b) => b.path);
  for (const file of removed) fs.rmSync(file, { force: true });
  return { written, removed };
}

/** Runs `dailyBackup` now and then every hour; a failure is reported, not thrown. Returns the stopper. */
export function scheduleDailyBackups(
  store: Pick<SqliteStore, 'location' | 'backup'>,
  now: () => Date,
  report: (err: unknown) => void,
  everyMs = 60 * 60 * 1000,
): () => void {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(() => dailyBackup(store, now())).catch(report);
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

// A copy of a workspace that is known to be good before anyone can mistake it for
// a backup: written under a temporary name, checked (integrity, schema version,
// rows per table equal to the source's), then renamed into place. A copy that fails
// any step is removed, so a failed backup never leaves a file that looks like one.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** What a workspace file holds, compared between source and copy. */
export interface Contents {
  version: number;
  rows: Record<string, number>;
}

export class BackupCheckError extends Error {}

export function contentsOf(db: Database.Database): Contents {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  const rows: Record<string, number> = {};
  for (const { name } of tables) {
    rows[name] = (
      db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }
    ).n;
  }
  return { version: db.pragma('user_version', { simple: true }) as number, rows };
}

/** Checks `db` is a whole SQLite database; returns what it holds. */
export function checkDatabase(db: Database.Database): Contents {
  const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const first = problems[0]?.integrity_check;
  if (first !== 'ok') throw new BackupCheckError(`integrity check failed: ${first ?? 'no answer'}`);
  return contentsOf(db);
}

// Pages a copy or a check reads once: a small cache, so reading a whole workspace never
// leaves the process holding it (the 16 MB default stays resident after the connection closes).
const STREAMING_CACHE_KIB = 512;

/** `file` opened read-only for one pass over it; close it after. */
function openForOnePass(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(`cache_size = -${STREAMING_CACHE_KIB}`);
  return db;
}

/** Opens `file` read-only and checks it (checkDatabase). */
export function checkDatabaseFile(file: string): Contents {
  const db = openForOnePass(file);
  try {
    return checkDatabase(db);
  } finally {
    db.close();
  }
}

/**
 * writeVerifiedCopy of the workspace file `source` through a connection of its own, closed
 * after: the open workspace's cache is left as it was, not filled with every page.
 */
export function writeVerifiedCopyOfFile(source: string, target: string): Contents {
  const db = openForOnePass(source);
  try {
    return writeVerifiedCopy(db, target);
  } finally {
    db.close();
  }
}

const same = (a: Contents, b: Contents) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a verified copy of `source` to `target` (which must not exist). `VACUUM INTO`
 * reads one consistent snapshot even while the workspace is in use; should another
 * process write meanwhile, the source's contents before and after differ and the copy
 * is taken again.
 */
export function writeVerifiedCopy(source: Database.Database, target: string): Contents {
  if (fs.existsSync(target)) throw new BackupCheckError(`${target} already exists`);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    for (let attempt = 1; ; attempt++) {
      fs.rmSync(temp, { force: true });
      const before = contentsOf(source);
      source.prepare('VACUUM INTO ?').run(temp);
      const after = contentsOf(source);
      if (!same(before, after) && attempt < 3) continue;
      const copied = checkDatabaseFile(temp);
      if (!same(copied, after)) {
        throw new BackupCheckError(
          `the copy does not hold what the workspace holds (${JSON.stringify(copied)} vs ${JSON.stringify(after)})`,
        );
      }
      fsync(temp);
      fs.renameSync(temp, target);
      fsyncFolder(path.dirname(target));
      return copied;
    }
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

/** Flushes the copy to disk, so a backup survives a power cut right after it is reported. */
function fsync(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The rename too; some platforms (Windows) cannot open a folder for that, and need not. */
function fsyncFolder(folder: string): void {
  try {
    fsync(folder);
  } catch {
    // the copy itself is on disk already
  }
}

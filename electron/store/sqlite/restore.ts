// Puts a backup in place of a workspace. Refuses a backup that is damaged, is not a
// Campaign Desk workspace or comes from a newer version, and a workspace another
// process has open (the desktop app or `serve` would go on writing to the file it
// holds, and lose the restore or damage it). The replaced workspace is kept as a
// `before-restore` backup, and its -wal/-shm are removed so SQLite cannot replay
// the old journal onto the restored file ("database disk image is malformed").
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkspaceStorageError } from '../storage-error.ts';
import { backupPath } from './backups.ts';
import { LATEST_VERSION } from './migrations.ts';
import { checkDatabase, writeVerifiedCopy, type Contents } from './verified-copy.ts';

export type RefusalReason = 'missing' | 'damaged' | 'not_workspace' | 'newer';

/** The backup file cannot be restored; nothing was changed. */
export class BackupRefused extends Error {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, message: string) {
    super(message);
    this.name = 'BackupRefused';
    this.reason = reason;
  }
}

/**
 * A backup opened read-only without leaving -wal/-shm beside it: a copy of a workspace in WAL
 * mode with no -wal of its own is read from memory as a plain file. With a -wal beside it,
 * SQLite reads both (the -wal may hold its latest writes).
 */
function openBackup(file: string): Database.Database {
  const bytes = fs.readFileSync(file);
  if (bytes[18] === 2 && bytes[19] === 2 && !fs.existsSync(`${file}-wal`)) {
    bytes.fill(1, 18, 20);
    return new Database(bytes, { readonly: true });
  }
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** Checks a backup file: whole, a workspace, and not newer than this app. */
export function inspectBackup(file: string): Contents {
  const db = checkedBackup(file);
  db.close();
  return db.contents;
}

type CheckedBackup = Database.Database & { contents: Contents };

function checkedBackup(file: string): CheckedBackup {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new BackupRefused('missing', `${file}: there is no such file.`);
  }
  if (!stat.isFile() || stat.size === 0)
    throw new BackupRefused(
      'damaged',
      `${file} is empty or not a file: it is not a backup. Nothing was changed.`,
    );
  let db: Database.Database | undefined;
  let contents: Contents;
  try {
    db = openBackup(file);
    contents = checkDatabase(db);
  } catch (err) {
    db?.close();
    throw new BackupRefused(
      'damaged',
      `${file} is damaged (${(err as Error).message}): it cannot be restored. Nothing was changed.`,
    );
  }
  if (contents.version > LATEST_VERSION) {
    db.close();
    throw new BackupRefused(
      'newer',
      `${file} was written by a newer Campaign Desk (workspace version ${contents.version}; this app knows up to ${LATEST_VERSION}). ` +
        'Update Campaign Desk to restore it. Nothing was changed.',
    );
  }
  if (contents.version < 1 || !('campaigns' in contents.rows)) {
    db.close();
    throw new BackupRefused(
      'not_workspace',
      `${file} is not a Campaign Desk workspace. Nothing was changed.`,
    );
  }
  return Object.assign(db, { contents }) as CheckedBackup;
}

export interface Restored {
  contents: Contents;
  /** Where the replaced workspace was kept, if there was one. */
  keptAs: string | undefined;
}

/** Replaces `workspace` by the backup `file`; the workspace must not be open anywhere. */
export function restoreWorkspace(file: string, workspace: string, at: Date): Restored {
  const source = checkedBackup(file);
  const { contents } = source;
  const incoming = `${workspace}.restoring-${process.pid}`;
  let keptAs: string | undefined;
  try {
    keptAs = fs.existsSync(workspace) ? keepCurrent(workspace, at) : undefined;
    fs.mkdirSync(path.dirname(path.resolve(workspace)), { recursive: true });
    fs.rmSync(incoming, { force: true });
    writeVerifiedCopy(source, incoming);
  } finally {
    source.close();
  }
  try {
    for (const stale of [`${workspace}-wal`, `${workspace}-shm`, `${workspace}-journal`])
      fs.rmSync(stale, { force: true });
    fs.renameSync(incoming, workspace);
  } catch (err) {
    fs.rmSync(incoming, { force: true });
    throw err;
  }
  return { contents, keptAs };
}

/**
 * Keeps the workspace about to be replaced. An exclusive lock first proves no other
 * process has it open; a workspace SQLite cannot read (damaged, empty) is kept byte for byte.
 */
function keepCurrent(workspace: string, at: Date): string {
  if (fs.statSync(workspace).size === 0) return keepBytes(workspace, at);
  let db: Database.Database | undefined;
  try {
    db = new Database(workspace, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    const target = backupPath(workspace, 'before-restore', at);
    writeVerifiedCopy(db, target);
    return target;
  } catch (err) {
    const code = String((err as { code?: unknown }).code);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
      throw new WorkspaceStorageError('in_use', workspace);
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) {
      db?.close();
      db = undefined;
      return keepBytes(workspace, at);
    }
    throw err;
  } finally {
    db?.close();
  }
}

/** The unreadable workspace as it is (and its journal), for whoever wants to try to rescue it. */
function keepBytes(workspace: string, at: Date): string {
  const target = backupPath(workspace, 'before-restore', at, 'damaged');
  fs.copyFileSync(workspace, target, fs.constants.COPYFILE_EXCL);
  if (fs.existsSync(`${workspace}-wal`)) fs.copyFileSync(`${workspace}-wal`, `${target}-wal`);
  return target;
}

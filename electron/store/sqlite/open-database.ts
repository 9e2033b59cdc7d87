import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, sqlFor, type Migration } from '../migrations/index.ts';
import { newerWorkspaceError } from '../errors.ts';
import { asStorageError, WorkspaceStorageError, WorkspaceVersionError } from '../storage-error.ts';

// Re-exported: callers have long imported it from here.
export { WorkspaceVersionError };

// SQLite's own page cache per connection. better-sqlite3 builds SQLite with 16 MB, which a
// process that has read or written a whole workspace then keeps resident; the file's pages stay
// in the system's cache anyway, so a miss costs a read call, not a disk read. Measured (issue 13):
// a 200,000-row import, the readiness report, board and inbox take as long with 4 MiB.
const PAGE_CACHE_KIB = 4096;

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix to build an older workspace. */
  migrations?: readonly Migration[];
  readonly?: boolean;
}

/**
 * Opens (or creates) a workspace file: WAL, foreign keys, full sync, and every
 * pending migration in one transaction after a backup copy of the file.
 * A file that cannot be written is opened read-only (reading and export still work);
 * an empty file is refused rather than silently replaced by a new workspace.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = migrations.at(-1)?.version ?? 0;
  let db: Database.Database;
  try {
    const existing = file === ':memory:' ? undefined : sizeOf(file);
    if (existing === 0) throw new WorkspaceStorageError('empty_file', file);
    if (file !== ':memory:' && existing === undefined)
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const readonly = options.readonly === true || (existing !== undefined && !writable(file));
    db = readonly ? openReadonly(file) : new Database(file);
  } catch (err) {
    throw asStorageError(err, file);
  }
  try {
    if (!db.readonly) {
      db.pragma('journal_mode = WAL');
      // Acknowledgements and decisions are promises people rely on: sync every commit.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > LATEST_VERSION || current > target) {
      throw newerWorkspaceError(file, current, target);
    }
    const pending = migrations.filter((m) => m.version > current);
    if (pending.length > 0 && db.readonly && !options.readonly)
      throw new WorkspaceStorageError('read_only', file);
    if (pending.length > 0 && !db.readonly) {
      if (current > 0 && file !== ':memory:') backup(db, file, current);
      db.transaction(() => {
        for (const migration of pending) {
          db.exec(sqlFor(migration, 'sqlite'));
          migration.migrate?.sqlite(db);
        }
        db.pragma(`user_version = ${target}`);
      }).immediate();
    }
    return db;
  } catch (err) {
    db.close();
    throw asStorageError(err, file);
  }
}

function sizeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** SQLite writes the file and, beside it, its -wal and -shm: both need write access. */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A WAL workspace in a folder that cannot be written has no -shm to share, so SQLite
 * cannot open it even read-only. Unless a -wal with unsaved pages lies beside it, its
 * bytes are the whole workspace: read them into memory (read-only) instead.
 */
function openReadonly(file: string): Database.Database {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('user_version'); // the open is lazy: fail here, not on the first query
    return db;
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'SQLITE_CANTOPEN' || (sizeOf(`${file}-wal`) ?? 0) > 0) throw err;
    const bytes = fs.readFileSync(file);
    // Header bytes 18–19 say "WAL"; an in-memory copy has no WAL, so read it as a rollback-journal file.
    if (bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
    return new Database(bytes, { readonly: true });
  }
}

/** Copies the workspace before migrating it: `<file>.v<N>-<timestamp>.bak`. */
function backup(db: Database.Database, file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${version}-${stamp}.bak`;
  db.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
  return target;
}

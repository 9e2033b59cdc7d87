import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.ts';

export class WorkspaceVersionError extends Error {
  /** The file's workspace version and the newest this app knows, for a message in the user's language. */
  readonly versions: { found: number; known: number } | undefined;
  constructor(message: string, versions?: { found: number; known: number }) {
    super(message);
    this.versions = versions;
  }
}

export interface OpenOptions {
  /** Migrations to apply; tests pass a prefix to build an older workspace. */
  migrations?: readonly Migration[];
  readonly?: boolean;
}

/**
 * Opens (or creates) a workspace file: WAL, foreign keys, full sync, and every
 * pending migration in one transaction after a backup copy of the file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = migrations.at(-1)?.version ?? 0;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Acknowledgements and decisions are promises people rely on: sync every commit.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > LATEST_VERSION || current > target) {
      throw new WorkspaceVersionError(
        `${file} was written by a newer Campaign Desk (workspace version ${current}; this app knows up to ${target}). ` +
          'Update Campaign Desk to open it.',
        { found: current, known: target },
      );
    }
    const pending = migrations.filter((m) => m.version > current);
    if (pending.length > 0 && !options.readonly) {
      if (current > 0 && file !== ':memory:') backup(db, file, current);
      db.transaction(() => {
        for (const migration of pending) {
          db.exec(migration.sql);
          migration.migrate?.(db);
        }
        db.pragma(`user_version = ${target}`);
      }).immediate();
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Copies the workspace before migrating it: `<file>.v<N>-<timestamp>.bak`. */
function backup(db: Database.Database, file: string, version: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${version}-${stamp}.bak`;
  db.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
  return target;
}

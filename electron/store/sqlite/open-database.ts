import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, sqlFor, type Migration } from '../migrations/index.ts';
import { newerWorkspaceError } from '../errors.ts';

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
      throw newerWorkspaceError(file, current, target);
    }
    const pending = migrations.filter((m) => m.version > current);
    if (pending.length > 0 && !options.readonly) {
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

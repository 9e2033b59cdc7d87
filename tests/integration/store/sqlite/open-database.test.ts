// SQLite only: a workspace file opens with WAL and foreign keys, and a file from a newer app
// is left byte for byte as it was. (What both engines share: ../../../contract/store.)
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../../electron/store/migrations/index.ts';
import { WorkspaceVersionError } from '../../../../electron/store/errors.ts';
import { SqliteStore } from '../../../../electron/store/sqlite/sqlite-store.ts';
import { sha256 } from '../../../helpers/files.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

describe('a new workspace', () => {
  it('is created with WAL, foreign keys and the latest schema version', async () => {
    const file = path.join(tempDir(), 'nested', 'workspace.sqlite');
    const store = SqliteStore.open(file);
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(await store.read((tx) => tx.isEmpty())).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('enforces references: a person of an unknown department cannot be stored', async () => {
    const store = SqliteStore.open(path.join(tempDir(), 'workspace.sqlite'));
    try {
      expect(() =>
        store.db
          .prepare("INSERT INTO people (key, name, department_id, roles) VALUES ('x', 'X', 42, '[]')")
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      await store.close();
    }
  });
});

describe('a workspace written by a newer Campaign Desk', () => {
  it('is refused with a message naming both versions, and left as it was', async () => {
    const file = path.join(tempDir(), 'future.sqlite');
    await SqliteStore.open(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = sha256(file);

    let error: unknown;
    try {
      SqliteStore.open(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(WorkspaceVersionError);
    const message = (error as Error).message;
    expect(message).toContain(`workspace version ${LATEST_VERSION + 1}`);
    expect(message).toContain(`up to ${LATEST_VERSION}`);
    expect(message).toMatch(/newer Campaign Desk/);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(tempDir()).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

// Every migration keeps the rows people entered and leaves a backup of the older file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/services/audit-service.ts';
import { auditHash } from '../../../electron/store/audit-chain.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/store/sqlite/migrations.ts';
import { SqliteStore } from '../../../electron/store/sqlite/sqlite-store.ts';
import { openDatabase } from '../../../electron/store/sqlite/open-database.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tempDir = useTempDir();

/** Real rows in every table of the version-1 schema (later migrations keep these tables). */
function insertRows(db: Database.Database): void {
  const t = Date.parse('2026-11-20T08:00:00Z');
  db.exec(`
    INSERT INTO departments (id, key, name, color) VALUES (1, 'marketing', 'Marketing', '#8e24aa'), (2, 'delivery', 'Delivery', '#2e7d32');
    INSERT INTO people (id, key, name, department_id, roles) VALUES (1, 'maria', 'Maria', 1, '["marketing"]'), (2, 'taras', 'Taras', 2, '["member"]');
    INSERT INTO metrics (id, key, name, department_id, unit, direction, warn, fail, max_age_hours)
      VALUES (1, 'on_time', 'On-time delivery', 2, '%', 'higher_is_better', 95, 90, 48);
    INSERT INTO samples (metric_id, at, value, source) VALUES (1, ${t}, 87.5, 'csv'), (1, ${t}, 88, 'csv');
    INSERT INTO campaigns (id, key, title, starts_at, ends_at, status, channels, owner_id, draft)
      VALUES (1, 'bf', 'Black Friday', ${t + 7 * 86_400_000}, ${t + 10 * 86_400_000}, 'published', '["email"]', 1, NULL);
    INSERT INTO campaign_departments (campaign_id, department_id, position) VALUES (1, 1, 0), (1, 2, 1);
    INSERT INTO brief_versions (campaign_id, version, published_at, change, published_by, content)
      VALUES (1, 1, ${t}, 'material', 'maria', '{"promise":"Next-day delivery"}');
    INSERT INTO acknowledgements (campaign_id, department_id, version, person_id, at, state, note)
      VALUES (1, 2, 1, 2, ${t + 3_600_000}, 'concern', 'Two vans in repair');
    INSERT INTO decisions (campaign_id, decision, person_id, at, expires, note, flags)
      VALUES (1, 'go', 1, ${t + 7_200_000}, NULL, 'Extra couriers', '[]');
    INSERT INTO audit_events (at, actor, action, object_type, object_key, detail)
      VALUES (${t}, 'maria', 'campaign.publish', 'campaign', 'bf', '{}');
    INSERT INTO settings (key, value) VALUES ('readiness', '{"horizonDays":21}');
  `);
}

/** Every row of every table, selecting only the columns the older schema had. */
function dump(db: Database.Database, columns: Map<string, string[]>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [table, cols] of columns) {
    const list = cols.map((c) => `"${c}"`).join(', ');
    out[table] = db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all();
  }
  return out;
}

function columnsOf(db: Database.Database): Map<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return new Map(
    tables.map(({ name }) => [
      name,
      (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name),
    ]),
  );
}

describe('migration 1 (an empty file)', () => {
  it('creates the schema; with nothing to lose there is no backup', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    openDatabase(file, { migrations: [] }).close();
    const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      insertRows(db);
    } finally {
      db.close();
    }
    expect(fs.readdirSync(tempDir()).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe.each(MIGRATIONS.filter((m) => m.version >= 2).map((m) => [m.version, m.name] as const))(
  'migration %i (%s)',
  (n) => {
    it(`keeps the rows of a version ${n - 1} workspace and backs it up first`, () => {
      const file = path.join(tempDir(), 'workspace.sqlite');
      const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, n - 1) });
      insertRows(old);
      const columns = columnsOf(old);
      const before = dump(old, columns);
      old.close();

      const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, n) });
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(n);
        expect(dump(db, columns)).toEqual(before);
        // The append-only triggers survive the migration.
        expect(() => db.prepare('DELETE FROM acknowledgements').run()).toThrow(/append-only/);
      } finally {
        db.close();
      }

      const escaped = path.basename(file).replace(/\./g, '\\.');
      const backups = fs
        .readdirSync(tempDir())
        .filter((f) => new RegExp(`^${escaped}\\.v${n - 1}-.+\\.bak$`).test(f));
      expect(backups).toHaveLength(1);
      const backup = new Database(path.join(tempDir(), backups[0] as string), { readonly: true });
      try {
        expect(backup.pragma('user_version', { simple: true })).toBe(n - 1);
        expect(dump(backup, columns)).toEqual(before);
      } finally {
        backup.close();
      }
    });
  },
);

describe('migration 3 on real rows', () => {
  it('gives campaigns revision 1 and their last editor, chains the stored audit events, and guards history', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 2) });
    insertRows(old);
    const t = Date.parse('2026-11-20T08:00:00Z');
    // A later acknowledgement event: it is not a change of the campaign itself.
    old.exec(`INSERT INTO audit_events (at, actor, action, object_type, object_key, detail)
      VALUES (${t + 3_600_000}, 'taras', 'campaign.acknowledge', 'campaign', 'bf', '{"status":"published"}'),
             (${t + 7_200_000}, 'maria', 'sample.add', 'metric', 'on_time', NULL);`);
    old.close();

    const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
    try {
      expect(db.prepare('SELECT key, revision, changed_by, changed_at FROM campaigns').all()).toEqual([
        { key: 'bf', revision: 1, changed_by: 'maria', changed_at: t },
      ]);
      const events = db.prepare('SELECT * FROM audit_events ORDER BY id').all() as {
        id: number;
        at: number;
        actor: string;
        action: string;
        object_type: string;
        object_key: string;
        detail: string | null;
        hash: string;
      }[];
      expect(events).toHaveLength(3);
      let previous = '';
      for (const e of events) {
        const expected = auditHash(previous, {
          id: e.id,
          at: new Date(e.at).toISOString(),
          actor: e.actor,
          action: e.action,
          objectType: e.object_type,
          objectKey: e.object_key,
          detail: e.detail,
        });
        expect(e.hash).toBe(expected);
        previous = e.hash;
      }
      expect(db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 0 });
      // The update trigger lifted while chaining is back; REPLACE and brief-version edits are refused.
      expect(() => db.prepare("UPDATE audit_events SET actor = 'x'").run()).toThrow(/append-only/);
      expect(() =>
        db.prepare('INSERT OR REPLACE INTO acknowledgements SELECT * FROM acknowledgements').run(),
      ).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE brief_versions SET content = '{}'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM samples').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    // The services read the migrated workspace: the chain verifies, the campaign carries its revision.
    const store = SqliteStore.open(file);
    try {
      expect(await verifyAuditChain(store)).toEqual({ events: 3 });
      expect(await store.read((tx) => tx.getCampaign('bf'))).toMatchObject({
        revision: 1,
        changedBy: 'maria',
        changedAt: '2026-11-20T08:00:00.000Z',
      });
    } finally {
      await store.close();
    }
  });
});

describe('an up-to-date workspace', () => {
  it('is opened without a new backup and without changing its version', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
    expect(fs.readdirSync(tempDir()).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

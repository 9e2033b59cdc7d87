// Spec §5 and §6: campaign revisions (a write based on an older one is refused), the change log
// every accepted write appends to, append-only brief versions, samples and change log, and the
// hash-chained audit trail (existing events are chained here, oldest first).
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { isoFromMs } from '../../../shared/instant.ts';
import { auditHash, CHAIN_START } from '../audit-chain.ts';
import { appendOnlyPostgres, appendOnlySqlite } from './append-only.ts';
import type { Migration } from './migration.ts';

/**
 * Refuses an insert that would take the place of a stored row (`INSERT OR REPLACE`, `REPLACE`,
 * an upsert): REPLACE deletes without firing delete triggers, so the delete trigger alone is not enough.
 */
const noReplaceSqlite = (table: string, clash: string) => `
CREATE TRIGGER ${table}_no_replace BEFORE INSERT ON ${table}
WHEN EXISTS (SELECT 1 FROM ${table} WHERE ${clash})
BEGIN SELECT RAISE(ABORT, '${table} are append-only: rows cannot be replaced'); END;
`;

const AUDIT_NO_UPDATE_SQLITE = `
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events are append-only: rows cannot be changed'); END;
`;

/** Both engines: revisions seeded from the audit trail; the hash column. */
const revisionsAndHashes = (instant: string) => `
-- A campaign's revision counts its changes; a write based on an older one is refused (spec §6).
ALTER TABLE campaigns ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE campaigns ADD COLUMN changed_by TEXT;
ALTER TABLE campaigns ADD COLUMN changed_at ${instant};
UPDATE campaigns SET revision = 1;
UPDATE campaigns SET (changed_by, changed_at) = (
  SELECT a.actor, a.at FROM audit_events a
  WHERE a.object_type = 'campaign' AND a.object_key = campaigns.key
    AND a.action NOT IN ('campaign.acknowledge', 'campaign.decide')
  ORDER BY a.id DESC LIMIT 1);

-- Every accepted write appends one row in its own transaction; listeners read it (spec §5).
CREATE TABLE change_log (
  seq ${instant} PRIMARY KEY,
  at ${instant} NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  key TEXT NOT NULL,
  action TEXT NOT NULL
);

ALTER TABLE audit_events ADD COLUMN hash TEXT NOT NULL DEFAULT '';
`;

const sqlite = `${revisionsAndHashes('INTEGER')}
${appendOnlySqlite('brief_versions')}
${appendOnlySqlite('samples')}
${appendOnlySqlite('change_log')}
${noReplaceSqlite('acknowledgements', 'id = NEW.id')}
${noReplaceSqlite('decisions', 'id = NEW.id')}
${noReplaceSqlite('audit_events', 'id = NEW.id')}
${noReplaceSqlite('samples', 'id = NEW.id')}
${noReplaceSqlite('change_log', 'seq = NEW.seq')}
${noReplaceSqlite('brief_versions', 'id = NEW.id OR (campaign_id = NEW.campaign_id AND version = NEW.version)')}
`;

// PostgreSQL runs an upsert's conflict branch as an UPDATE, which the append-only triggers
// refuse; there is no REPLACE to guard against. change_log.seq is assigned as max + 1 inside
// the writer's SERIALIZABLE transaction, so sequence order is commit order.
const postgres = `${revisionsAndHashes('BIGINT')}
${appendOnlyPostgres('brief_versions')}
${appendOnlyPostgres('samples')}
${appendOnlyPostgres('change_log')}
`;

interface AuditRow {
  id: number;
  at: number;
  actor: string;
  action: string;
  object_type: string;
  object_key: string;
  detail: string | null;
}

const chained = (previous: string, r: AuditRow) =>
  auditHash(previous, {
    id: r.id,
    at: isoFromMs(r.at),
    actor: r.actor,
    action: r.action,
    objectType: r.object_type,
    objectKey: r.object_key,
    detail: r.detail,
  });

const AUDIT_PAGE = 'SELECT id, at, actor, action, object_type, object_key, detail FROM audit_events';

/** Chains the audit events already stored, oldest first (the update trigger is lifted meanwhile). */
function chainSqlite(db: Database.Database): void {
  db.exec('DROP TRIGGER audit_events_no_update');
  const page = db.prepare<[number], AuditRow>(`${AUDIT_PAGE} WHERE id > ? ORDER BY id LIMIT 1000`);
  const setHash = db.prepare('UPDATE audit_events SET hash = ? WHERE id = ?');
  let previous = CHAIN_START;
  for (let rows = page.all(0); rows.length > 0; rows = page.all((rows.at(-1) as AuditRow).id)) {
    for (const r of rows) {
      previous = chained(previous, r);
      setHash.run(previous, r.id);
    }
  }
  db.exec(AUDIT_NO_UPDATE_SQLITE);
}

async function chainPostgres(client: pg.ClientBase): Promise<void> {
  await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change');
  let previous = CHAIN_START;
  for (let after = 0; ;) {
    const { rows } = await client.query<AuditRow>(`${AUDIT_PAGE} WHERE id > $1 ORDER BY id LIMIT 1000`, [
      after,
    ]);
    if (rows.length === 0) break;
    for (const r of rows) {
      previous = chained(previous, r);
      await client.query('UPDATE audit_events SET hash = $1 WHERE id = $2', [previous, r.id]);
    }
    after = (rows.at(-1) as AuditRow).id;
  }
  await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change');
}

export const migration: Migration = {
  version: 3,
  name: 'revisions, change log, append-only history, hash-chained audit',
  sql: { sqlite, postgres },
  migrate: { sqlite: chainSqlite, postgres: chainPostgres },
};

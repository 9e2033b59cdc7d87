// Numbered schema migrations. The workspace's `user_version` is the number of
// the last one applied; never edit a migration that has shipped, add the next.
// Instants are stored as integer milliseconds since the epoch (UTC).
import type Database from 'better-sqlite3';
import { isoFromMs } from '../../../shared/instant.ts';
import { auditHash, CHAIN_START } from '../audit-chain.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** A data step SQL cannot express (e.g. hashing), run after `sql` in the same transaction. */
  migrate?: (db: Database.Database) => void;
}

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} are append-only: rows cannot be changed'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table} are append-only: rows cannot be deleted'); END;
`;

/**
 * Refuses an insert that would take the place of a stored row (`INSERT OR REPLACE`, `REPLACE`,
 * an upsert): REPLACE deletes without firing delete triggers, so the delete trigger alone is not enough.
 */
const noReplace = (table: string, clash: string) => `
CREATE TRIGGER ${table}_no_replace BEFORE INSERT ON ${table}
WHEN EXISTS (SELECT 1 FROM ${table} WHERE ${clash})
BEGIN SELECT RAISE(ABORT, '${table} are append-only: rows cannot be replaced'); END;
`;

const AUDIT_NO_UPDATE = `
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events are append-only: rows cannot be changed'); END;
`;

/** Chains the audit events already stored, oldest first (the update trigger is lifted meanwhile). */
function chainStoredAuditEvents(db: Database.Database): void {
  db.exec('DROP TRIGGER audit_events_no_update');
  const page = db.prepare<[number], AuditRow>(
    'SELECT id, at, actor, action, object_type, object_key, detail FROM audit_events WHERE id > ? ORDER BY id LIMIT 1000',
  );
  const setHash = db.prepare('UPDATE audit_events SET hash = ? WHERE id = ?');
  let previous = CHAIN_START;
  for (let rows = page.all(0); rows.length > 0; rows = page.all((rows.at(-1) as AuditRow).id)) {
    for (const r of rows) {
      previous = auditHash(previous, {
        id: r.id,
        at: isoFromMs(r.at),
        actor: r.actor,
        action: r.action,
        objectType: r.object_type,
        objectKey: r.object_key,
        detail: r.detail,
      });
      setHash.run(previous, r.id);
    }
  }
  db.exec(AUDIT_NO_UPDATE);
}

interface AuditRow {
  id: number;
  at: number;
  actor: string;
  action: string;
  object_type: string;
  object_key: string;
  detail: string | null;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'workspace core',
    sql: `
CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  color TEXT NOT NULL
);
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  roles TEXT NOT NULL
);
CREATE TABLE metrics (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  unit TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
  warn REAL NOT NULL,
  fail REAL NOT NULL,
  max_age_hours REAL NOT NULL CHECK (max_age_hours > 0)
);
CREATE TABLE samples (
  id INTEGER PRIMARY KEY,
  metric_id INTEGER NOT NULL REFERENCES metrics(id),
  at INTEGER NOT NULL,
  value REAL NOT NULL,
  source TEXT NOT NULL
);
-- "latest sample of a metric at or before t" is one seek on this index.
CREATE INDEX samples_by_metric_time ON samples(metric_id, at, id);

CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL CHECK (ends_at >= starts_at),
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'cancelled')),
  channels TEXT NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES people(id),
  draft TEXT
);
-- Visible-range queries seek on start, bounded below by the longest campaign's duration.
CREATE INDEX campaigns_by_start ON campaigns(starts_at);
CREATE INDEX campaigns_by_duration ON campaigns(ends_at - starts_at);

CREATE TABLE campaign_departments (
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
  department_id INTEGER NOT NULL REFERENCES departments(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (campaign_id, department_id)
) WITHOUT ROWID;

CREATE TABLE brief_versions (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  published_at INTEGER NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('material', 'minor')),
  published_by TEXT,
  content TEXT NOT NULL,
  UNIQUE (campaign_id, version)
);

CREATE TABLE acknowledgements (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
  department_id INTEGER NOT NULL REFERENCES departments(id),
  version INTEGER NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people(id),
  at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('acknowledged', 'concern')),
  note TEXT
);
CREATE INDEX acknowledgements_by_campaign ON acknowledgements(campaign_id, id);

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
  decision TEXT NOT NULL CHECK (decision IN ('go', 'hold')),
  person_id INTEGER NOT NULL REFERENCES people(id),
  at INTEGER NOT NULL,
  expires INTEGER,
  note TEXT NOT NULL,
  flags TEXT
);
CREATE INDEX decisions_by_campaign ON decisions(campaign_id, id);

CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_key TEXT NOT NULL,
  detail TEXT
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
${appendOnly('acknowledgements')}
${appendOnly('decisions')}
${appendOnly('audit_events')}
`,
  },
  {
    version: 2,
    name: 'audit history per object',
    sql: `CREATE INDEX audit_events_by_object ON audit_events(object_type, object_key, id);`,
  },
  {
    version: 3,
    name: 'revisions, change log, append-only history, hash-chained audit',
    sql: `
-- A campaign's revision counts its changes; a write based on an older one is refused (spec §6).
ALTER TABLE campaigns ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE campaigns ADD COLUMN changed_by TEXT;
ALTER TABLE campaigns ADD COLUMN changed_at INTEGER;
UPDATE campaigns SET revision = 1;
UPDATE campaigns SET (changed_by, changed_at) = (
  SELECT a.actor, a.at FROM audit_events a
  WHERE a.object_type = 'campaign' AND a.object_key = campaigns.key
    AND a.action NOT IN ('campaign.acknowledge', 'campaign.decide')
  ORDER BY a.id DESC LIMIT 1);

-- Every accepted write appends one row in its own transaction; listeners read it (spec §5).
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  key TEXT NOT NULL,
  action TEXT NOT NULL
);

ALTER TABLE audit_events ADD COLUMN hash TEXT NOT NULL DEFAULT '';

${appendOnly('brief_versions')}
${appendOnly('samples')}
${appendOnly('change_log')}
${noReplace('acknowledgements', 'id = NEW.id')}
${noReplace('decisions', 'id = NEW.id')}
${noReplace('audit_events', 'id = NEW.id')}
${noReplace('samples', 'id = NEW.id')}
${noReplace('change_log', 'seq = NEW.seq')}
${noReplace('brief_versions', 'id = NEW.id OR (campaign_id = NEW.campaign_id AND version = NEW.version)')}
`,
    migrate: chainStoredAuditEvents,
  },
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

// Issue 12: in PostgreSQL the history tables are also guarded by privileges, not only by the
// append-only triggers, which their owner (the app's role) may disable. SQLite has no privileges:
// its triggers (migrations 1 and 3) are the guard there, so this migration changes nothing in it.
import type { Migration } from './migration.ts';

/** The append-only tables: acknowledgements, decisions, brief versions, samples, audit, change log. */
export const HISTORY_TABLES = [
  'acknowledgements',
  'decisions',
  'brief_versions',
  'samples',
  'audit_events',
  'change_log',
] as const;

// The app's role owns these tables, so it could GRANT the privileges back; the triggers stay as
// the second guard, and each refuses on its own. Migration 3's hashing of stored audit rows (the
// only UPDATE the app ever ran on them) comes before this one.
const postgres = `REVOKE UPDATE, DELETE, TRUNCATE ON ${HISTORY_TABLES.join(', ')} FROM CURRENT_USER;`;

export const migration: Migration = {
  version: 4,
  name: 'history tables refuse UPDATE, DELETE and TRUNCATE by privilege too (PostgreSQL)',
  sql: { sqlite: '', postgres },
};

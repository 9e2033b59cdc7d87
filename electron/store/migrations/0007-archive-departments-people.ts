// Issue 10: a department or person can be archived, never deleted — history (campaigns, acknowledgements,
// the audit trail) keeps naming them. `archived_at` is the instant (ms since the epoch) it was archived;
// NULL while active. Readiness needs the instant, not a flag: an archived department owes no
// acknowledgement of a brief version published after it was archived.
import type { Migration } from './migration.ts';

const sqlite = `
ALTER TABLE departments ADD COLUMN archived_at INTEGER;
ALTER TABLE people ADD COLUMN archived_at INTEGER;
`;

const postgres = `
ALTER TABLE departments ADD COLUMN archived_at BIGINT;
ALTER TABLE people ADD COLUMN archived_at BIGINT;
`;

export const migration: Migration = {
  version: 7,
  name: 'departments and people can be archived',
  sql: { sqlite, postgres },
};

// Team workspace access (team-server.md §3, §7): password hashes, sign-in sessions, failed
// sign-in attempts and machine tokens. Only slow salted hashes of passwords and SHA-256 hashes of
// tokens are stored. Person keys rather than row ids: people are archived, never deleted.
// One SQL text serves both engines (BIGINT has integer affinity in SQLite).
import type { Migration } from './migration.ts';

const sql = `
CREATE TABLE person_passwords (
  person_key TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  set_at BIGINT NOT NULL
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  person_key TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT NOT NULL,
  absolute_expiry BIGINT NOT NULL,
  ended_at BIGINT
);
CREATE INDEX sessions_person ON sessions (person_key);

-- Failed attempts per person key (also keys nobody has: both answers must look the same).
CREATE TABLE sign_in_failures (
  person_key TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_person_at ON sign_in_failures (person_key, at);

CREATE TABLE machine_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  scope TEXT NOT NULL,
  metrics TEXT NOT NULL,
  department TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);
-- A revoked token's name may be given to a new one.
CREATE UNIQUE INDEX machine_tokens_live_name ON machine_tokens (name) WHERE revoked_at IS NULL;
`;

export const migration: Migration = {
  version: 5,
  name: 'team access: passwords, sessions, sign-in failures, machine tokens',
  sql,
};

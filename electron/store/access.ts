// The team workspace's access records (migration 5): password hashes, sessions, failed sign-ins
// and machine tokens. The SQL is the same on both engines, so one implementation serves both
// through a small runner; instants are stored as milliseconds, as everywhere in the store.
import { isoFromMs as iso } from '../../shared/instant.ts';
import type { TokenScope } from '../../shared/schemas/access.ts';

export interface StoredSession {
  id: string;
  person: string;
  createdAt: string;
  lastUsedAt: string;
  absoluteExpiry: string;
  endedAt: string | null;
}

export interface NewSession {
  id: string;
  tokenHash: string;
  person: string;
  at: string;
  absoluteExpiry: string;
}

export interface StoredMachineToken {
  id: string;
  name: string;
  scope: TokenScope;
  metrics: string[];
  department: string | null;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewMachineToken extends Omit<StoredMachineToken, 'lastUsedAt' | 'revokedAt'> {
  tokenHash: string;
}

export interface AccessReader {
  passwordHash(person: string): Promise<string | undefined>;
  sessionByTokenHash(tokenHash: string): Promise<StoredSession | undefined>;
  /** Sessions not ended, last used after `idleSince` and not past their absolute expiry at `now`. */
  openSessions(now: string, idleSince: string): Promise<StoredSession[]>;
  /** Failed sign-ins for `person` at or after `since`. */
  failuresSince(person: string, since: string): Promise<number>;
  machineTokenByHash(tokenHash: string): Promise<StoredMachineToken | undefined>;
  /** Tokens not revoked, by name. */
  liveMachineTokens(): Promise<StoredMachineToken[]>;
}

export interface AccessWriter extends AccessReader {
  setPasswordHash(person: string, hash: string, at: string): Promise<void>;
  insertSession(session: NewSession): Promise<void>;
  touchSession(id: string, at: string): Promise<void>;
  /** Ends one session; false when it was not open. */
  endSession(id: string, at: string): Promise<boolean>;
  /** Ends every open session of `person` except `keep`; returns how many. */
  endSessionsOf(person: string, at: string, keep?: string): Promise<number>;
  /** Records a failed attempt and forgets those older than `forgetBefore` (any person). */
  recordFailure(person: string, at: string, forgetBefore: string): Promise<void>;
  clearFailures(person: string): Promise<void>;
  insertMachineToken(token: NewMachineToken): Promise<void>;
  touchMachineToken(id: string, at: string): Promise<void>;
  /** Revokes the live token of that name; false when there is none. */
  revokeMachineToken(name: string, at: string): Promise<boolean>;
}

/** Runs one statement with `?` placeholders in the caller's transaction. */
export interface SqlRunner {
  all<R>(sql: string, params: readonly unknown[]): Promise<R[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params: readonly unknown[]): Promise<number>;
}

const ms = (instant: string): number => Date.parse(instant);

interface SessionRow {
  id: string;
  person_key: string;
  created_at: number;
  last_used_at: number;
  absolute_expiry: number;
  ended_at: number | null;
}

interface TokenRow {
  id: string;
  name: string;
  scope: string;
  metrics: string;
  department: string | null;
  created_at: number;
  created_by: string;
  last_used_at: number | null;
  revoked_at: number | null;
}

const SESSION_COLUMNS = 'id, person_key, created_at, last_used_at, absolute_expiry, ended_at';
const TOKEN_COLUMNS =
  'id, name, scope, metrics, department, created_at, created_by, last_used_at, revoked_at';

const session = (r: SessionRow): StoredSession => ({
  id: r.id,
  person: r.person_key,
  createdAt: iso(r.created_at),
  lastUsedAt: iso(r.last_used_at),
  absoluteExpiry: iso(r.absolute_expiry),
  endedAt: r.ended_at === null ? null : iso(r.ended_at),
});

const token = (r: TokenRow): StoredMachineToken => ({
  id: r.id,
  name: r.name,
  scope: r.scope as TokenScope,
  metrics: JSON.parse(r.metrics) as string[],
  department: r.department,
  createdAt: iso(r.created_at),
  createdBy: r.created_by,
  lastUsedAt: r.last_used_at === null ? null : iso(r.last_used_at),
  revokedAt: r.revoked_at === null ? null : iso(r.revoked_at),
});

export class AccessQueries implements AccessWriter {
  private readonly sql: SqlRunner;

  constructor(sql: SqlRunner) {
    this.sql = sql;
  }

  async passwordHash(person: string): Promise<string | undefined> {
    const rows = await this.sql.all<{ hash: string }>(
      'SELECT hash FROM person_passwords WHERE person_key = ?',
      [person],
    );
    return rows[0]?.hash;
  }

  async sessionByTokenHash(tokenHash: string): Promise<StoredSession | undefined> {
    const rows = await this.sql.all<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = ?`,
      [tokenHash],
    );
    return rows[0] && session(rows[0]);
  }

  async openSessions(now: string, idleSince: string): Promise<StoredSession[]> {
    const rows = await this.sql.all<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM sessions
       WHERE ended_at IS NULL AND last_used_at > ? AND absolute_expiry > ?
       ORDER BY person_key, created_at`,
      [ms(idleSince), ms(now)],
    );
    return rows.map(session);
  }

  async failuresSince(person: string, since: string): Promise<number> {
    const rows = await this.sql.all<{ n: number }>(
      'SELECT count(*) AS n FROM sign_in_failures WHERE person_key = ? AND at >= ?',
      [person, ms(since)],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async machineTokenByHash(tokenHash: string): Promise<StoredMachineToken | undefined> {
    const rows = await this.sql.all<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM machine_tokens WHERE token_hash = ?`,
      [tokenHash],
    );
    return rows[0] && token(rows[0]);
  }

  async liveMachineTokens(): Promise<StoredMachineToken[]> {
    const rows = await this.sql.all<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM machine_tokens WHERE revoked_at IS NULL ORDER BY name`,
      [],
    );
    return rows.map(token);
  }

  async setPasswordHash(person: string, hash: string, at: string): Promise<void> {
    // Passwords are access data, not history: replacing the hash is the point.
    await this.sql.run('DELETE FROM person_passwords WHERE person_key = ?', [person]);
    await this.sql.run('INSERT INTO person_passwords (person_key, hash, set_at) VALUES (?, ?, ?)', [
      person,
      hash,
      ms(at),
    ]);
  }

  async insertSession(s: NewSession): Promise<void> {
    await this.sql.run(
      `INSERT INTO sessions (id, token_hash, person_key, created_at, last_used_at, absolute_expiry)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [s.id, s.tokenHash, s.person, ms(s.at), ms(s.at), ms(s.absoluteExpiry)],
    );
  }

  async touchSession(id: string, at: string): Promise<void> {
    await this.sql.run('UPDATE sessions SET last_used_at = ? WHERE id = ? AND last_used_at < ?', [
      ms(at),
      id,
      ms(at),
    ]);
  }

  async endSession(id: string, at: string): Promise<boolean> {
    return (
      (await this.sql.run('UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL', [
        ms(at),
        id,
      ])) > 0
    );
  }

  async endSessionsOf(person: string, at: string, keep = ''): Promise<number> {
    return this.sql.run(
      'UPDATE sessions SET ended_at = ? WHERE person_key = ? AND ended_at IS NULL AND id <> ?',
      [ms(at), person, keep],
    );
  }

  async recordFailure(person: string, at: string, forgetBefore: string): Promise<void> {
    await this.sql.run('DELETE FROM sign_in_failures WHERE at < ?', [ms(forgetBefore)]);
    await this.sql.run('INSERT INTO sign_in_failures (person_key, at) VALUES (?, ?)', [person, ms(at)]);
  }

  async clearFailures(person: string): Promise<void> {
    await this.sql.run('DELETE FROM sign_in_failures WHERE person_key = ?', [person]);
  }

  async insertMachineToken(t: NewMachineToken): Promise<void> {
    await this.sql.run(
      `INSERT INTO machine_tokens (id, name, token_hash, scope, metrics, department, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        t.id,
        t.name,
        t.tokenHash,
        t.scope,
        JSON.stringify(t.metrics),
        t.department,
        ms(t.createdAt),
        t.createdBy,
      ],
    );
  }

  async touchMachineToken(id: string, at: string): Promise<void> {
    await this.sql.run(
      'UPDATE machine_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
      [ms(at), id, ms(at)],
    );
  }

  async revokeMachineToken(name: string, at: string): Promise<boolean> {
    return (
      (await this.sql.run('UPDATE machine_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL', [
        ms(at),
        name,
      ])) > 0
    );
  }
}

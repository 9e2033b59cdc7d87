// Brings a PostgreSQL workspace to the latest schema when it is opened. The table
// campaign_desk_schema plays SQLite's user_version. All pending migrations run in one
// transaction under an advisory lock, so two processes opening one workspace at once
// migrate it once; a workspace from a newer Campaign Desk is refused and left as it was.
import type pg from 'pg';
import { LATEST_VERSION, MIGRATIONS, sqlFor, type Migration } from '../migrations/index.ts';
import { newerWorkspaceError } from '../errors.ts';

/** Any fixed number: the advisory lock every Campaign Desk takes while migrating. */
const MIGRATION_LOCK = 0x43_44_45_53_4b; // "CDESK"

export async function migrate(
  pool: pg.Pool,
  location: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  const target = migrations.at(-1)?.version ?? 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const current = await schemaVersion(client);
      if (current > LATEST_VERSION || current > target) throw newerWorkspaceError(location, current, target);
      const pending = migrations.filter((m) => m.version > current);
      if (pending.length > 0) {
        await client.query('CREATE TABLE IF NOT EXISTS campaign_desk_schema (version INTEGER NOT NULL)');
        for (const migration of pending) {
          await client.query(sqlFor(migration, 'postgres'));
          await migration.migrate?.postgres(client);
        }
        await client.query('DELETE FROM campaign_desk_schema');
        await client.query('INSERT INTO campaign_desk_schema (version) VALUES ($1)', [target]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  } finally {
    client.release();
  }
}

/** The workspace's schema version; 0 for an empty database. */
async function schemaVersion(client: pg.PoolClient): Promise<number> {
  const exists = await client.query<{ t: string | null }>(
    "SELECT to_regclass('campaign_desk_schema')::text AS t",
  );
  if (exists.rows[0]?.t == null) return 0;
  const row = await client.query<{ version: number }>(
    'SELECT max(version) AS version FROM campaign_desk_schema',
  );
  return row.rows[0]?.version ?? 0;
}

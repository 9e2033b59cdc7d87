// The two workspace engines, for tests that must hold on both: a SQLite file in a temporary
// folder, or a fresh PostgreSQL database on the server named by CAMPAIGN_DESK_TEST_PG.
// Without that variable the PostgreSQL half fails with a message saying what to set: never skipped.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { MIGRATIONS } from '../../electron/store/migrations/index.ts';
import { migrate } from '../../electron/store/postgres/migrate.ts';
import { openDatabase } from '../../electron/store/sqlite/open-database.ts';
import { createPool, PG_TYPES } from '../../electron/store/postgres/pool.ts';
import { PostgresStore } from '../../electron/store/postgres/postgres-store.ts';
import { SqliteStore } from '../../electron/store/sqlite/sqlite-store.ts';
import type { Store, StoreWriter } from '../../electron/store/store.ts';

export type EngineName = 'sqlite' | 'postgres';
export const ENGINES: readonly EngineName[] = ['sqlite', 'postgres'];

export const TEST_PG_ENV = 'CAMPAIGN_DESK_TEST_PG';

/** The server's admin URL (any database the role may connect to; it creates the test databases). */
export function testServerUrl(): string {
  const url = process.env[TEST_PG_ENV];
  if (!url)
    throw new Error(
      `${TEST_PG_ENV} is not set: the PostgreSQL tests need a server, e.g. ` +
        `${TEST_PG_ENV}=postgres://cdesk:cdesk@127.0.0.1:5432/postgres (a role that may create databases; see README).`,
    );
  return url;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new, empty database (or a copy of `template`); returns its URL. */
export async function createDatabase(template?: string): Promise<string> {
  const name = `cdesk_test_${crypto.randomBytes(6).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return databaseUrl(name);
}

/**
 * Drops a test database. FORCE ends the test's own leftover connections, but a role that is not a
 * superuser may not end an autovacuum worker that PostgreSQL started on the database after a test
 * wrote many rows (42501): that worker finishes within moments, so the drop is tried again.
 */
export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '42501' || attempt >= 20) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A new, empty workspace location of the engine; `remove` deletes it again. */
export async function createLocation(engine: EngineName, template?: string): Promise<string> {
  if (engine === 'postgres') return createDatabase(template && new URL(template).pathname.slice(1));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-desk-test-'));
  const file = path.join(dir, 'workspace.sqlite');
  if (template) fs.copyFileSync(template, file);
  return file;
}

export async function removeLocation(location: string): Promise<void> {
  if (isUrl(location)) await dropDatabase(location);
  else fs.rmSync(path.dirname(location), { recursive: true, force: true });
}

const isUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

/** For each test, a fresh empty workspace location of the engine, removed afterwards. */
export function useLocation(engine: EngineName): () => string {
  let location: string | undefined;
  beforeEach(async () => {
    location = await createLocation(engine);
  });
  afterEach(async () => {
    if (location) await removeLocation(location);
    location = undefined;
  });
  return () => {
    if (!location) throw new Error('useLocation: the workspace exists only while a test runs');
    return location;
  };
}

/** For the whole test file, one workspace location filled by `fill` once; each call gives a fresh copy. */
export function useTemplate(engine: EngineName, fill: (location: string) => Promise<void>) {
  let template: string | undefined;
  const copies: string[] = [];
  beforeAll(async () => {
    template = await createLocation(engine);
    await fill(template);
  });
  afterEach(async () => {
    for (const copy of copies.splice(0)) await removeLocation(copy);
  });
  afterAll(async () => {
    if (template) await removeLocation(template);
  });
  return async (): Promise<string> => {
    if (!template) throw new Error('useTemplate: the template exists only while the tests run');
    const copy = await createLocation(engine, template);
    copies.push(copy);
    return copy;
  };
}

/** Opens the workspace at `location` with the engine its form names (as the command line does). */
export async function openStoreAt(location: string): Promise<Store> {
  return isUrl(location) ? PostgresStore.open(location) : SqliteStore.open(location);
}

/** Brings the workspace to the schema of migrations up to `version` only (an older workspace). */
export async function migrateTo(location: string, version: number): Promise<void> {
  // By number, not position: a number may be missing while a branch that holds it is not yet merged.
  const migrations = MIGRATIONS.filter((m) => m.version <= version);
  if (!isUrl(location)) {
    openDatabase(location, { migrations }).close();
    return;
  }
  const pool = createPool(location);
  try {
    await migrate(pool, location, migrations);
  } finally {
    await pool.end();
  }
}

/**
 * Runs SQL straight on the database, beside the store: tests use it only to look at rows
 * or to try what the store never does (changing an append-only row). Returns the rows.
 */
export async function rawSql(location: string, sql: string): Promise<Record<string, unknown>[]> {
  if (isUrl(location)) {
    // BIGINT as numbers, as the store reads them.
    const client = new pg.Client({ connectionString: location, types: PG_TYPES });
    await client.connect();
    try {
      const result = await client.query(sql);
      return (Array.isArray(result) ? (result.at(-1) as pg.QueryResult) : result).rows;
    } finally {
      await client.end();
    }
  }
  const db = new Database(location);
  try {
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all() as Record<string, unknown>[];
    statement.run();
    return [];
  } finally {
    db.close();
  }
}

/** Runs several SQL statements straight on the database (test data, like rawSql). */
export async function execSql(location: string, sql: string): Promise<void> {
  if (isUrl(location)) {
    await rawSql(location, sql);
    return;
  }
  const db = new Database(location);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Each table's column names, in table order. */
export async function columnsOf(location: string): Promise<Map<string, string[]>> {
  const columns = new Map<string, string[]>();
  for (const table of await tableNames(location)) {
    const rows = await rawSql(
      location,
      isUrl(location)
        ? `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`
        : `SELECT name FROM pragma_table_info('${table}')`,
    );
    columns.set(
      table,
      rows.map((r) => String(r.name)),
    );
  }
  return columns;
}

/** The workspace's schema version: SQLite's user_version, PostgreSQL's campaign_desk_schema. */
export async function schemaVersion(location: string): Promise<number> {
  const sql = isUrl(location)
    ? 'SELECT max(version) AS v FROM campaign_desk_schema'
    : 'SELECT user_version AS v FROM pragma_user_version';
  return Number((await rawSql(location, sql))[0]?.v ?? 0);
}

/** Sets the schema version behind the store's back (a workspace "from a newer Campaign Desk"). */
export async function setSchemaVersion(location: string, version: number): Promise<void> {
  await rawSql(
    location,
    isUrl(location)
      ? `UPDATE campaign_desk_schema SET version = ${version}`
      : `PRAGMA user_version = ${version}`,
  );
}

/** The names of the workspace's tables, sorted. */
export async function tableNames(location: string): Promise<string[]> {
  const rows = await rawSql(
    location,
    isUrl(location)
      ? "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  return rows.map((r) => String(r.name)).sort();
}

/** Every row of every table: a write anywhere shows up here. */
export async function snapshot(location: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of await tableNames(location))
    out[name] = await rawSql(location, `SELECT * FROM "${name}"`);
  return out;
}

/** The delivery department and its `on_time` metric (%), written into a store: what the sample contract tests start from. */
export async function addOnTimeMetric(tx: StoreWriter): Promise<void> {
  await tx.upsertDepartment({ key: 'delivery', name: 'Delivery', color: '#2e7d32' });
  await tx.upsertMetric({
    key: 'on_time',
    name: 'On-time delivery',
    department: 'delivery',
    unit: '%',
    direction: 'higher_is_better',
    warn: 95,
    fail: 90,
    maxAgeHours: 48,
  });
}

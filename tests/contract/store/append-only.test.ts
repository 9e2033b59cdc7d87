// Acknowledgements, decisions, published brief versions, samples, the audit trail and the
// change log are promises people rely on: the database itself refuses to change, delete or
// replace them on both engines, also through upserts (and in SQLite through REPLACE, which
// would otherwise slip past UPDATE and DELETE triggers).
import { describe, expect, it } from 'vitest';
import { ENGINES, openStoreAt, rawSql, useTemplate, type EngineName } from '../../helpers/engines.ts';
import { createFixtureWorkspace } from '../../helpers/workspace.ts';

/** Each append-only table: its key column and a column an attacker would like to change. */
const TABLES: [table: string, key: string, column: string][] = [
  ['acknowledgements', 'id', 'at'],
  ['decisions', 'id', 'at'],
  ['brief_versions', 'id', 'published_at'],
  ['samples', 'id', 'value'],
  ['audit_events', 'id', 'at'],
  ['change_log', 'seq', 'at'],
];

/** SQLite's triggers refuse; in PostgreSQL the revoked privilege refuses before any trigger runs. */
const REFUSED: Record<EngineName, RegExp> = {
  sqlite: /append-only/,
  postgres: /permission denied for table/,
};

function attempts(engine: EngineName, table: string, key: string, column: string): string[] {
  const first = `(SELECT min(${key}) FROM ${table})`;
  const both = [
    `UPDATE ${table} SET ${column} = ${column} + 1`,
    `DELETE FROM ${table} WHERE ${key} = ${first}`,
    `DELETE FROM ${table}`,
    `INSERT INTO ${table} SELECT * FROM ${table} WHERE true AND ${key} = ${first}
       ON CONFLICT (${key}) DO UPDATE SET ${column} = excluded.${column} + 1`,
  ];
  if (engine === 'postgres') return [...both, `TRUNCATE ${table} CASCADE`];
  return [
    ...both,
    `INSERT OR REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${key} = ${first}`,
    `REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${key} = ${first}`,
    `UPDATE OR REPLACE ${table} SET ${column} = ${column} + 1 WHERE ${key} = ${first}`,
  ];
}

describe.each(ENGINES)('%s', (engine) => {
  const fixtureCopy = useTemplate(engine, createFixtureWorkspace);
  const fixtureStore = async () => openStoreAt(await fixtureCopy());

  describe.each(TABLES)('%s', (table, key, column) => {
    it('UPDATE, DELETE, replacing and upserts fail and leave every row as it was', async () => {
      const location = await fixtureCopy();
      const all = () => rawSql(location, `SELECT * FROM ${table} ORDER BY ${key}`);
      const rows = await all();
      expect(rows.length).toBeGreaterThan(0);
      for (const sql of attempts(engine, table, key, column))
        await expect(rawSql(location, sql), sql).rejects.toThrow(REFUSED[engine]);
      expect(await all()).toEqual(rows);
    });

    if (engine === 'postgres') {
      // The app's role owns the tables: it may disable a trigger, or grant itself the privilege
      // back. Each guard refuses on its own.
      it('with the trigger disabled, the missing privilege still refuses', async () => {
        const location = await fixtureCopy();
        const all = () => rawSql(location, `SELECT * FROM ${table} ORDER BY ${key}`);
        const rows = await all();
        for (const sql of attempts(engine, table, key, column))
          await expect(
            rawSql(location, `ALTER TABLE ${table} DISABLE TRIGGER USER; ${sql}`),
            sql,
          ).rejects.toThrow(`permission denied for table ${table}`);
        expect(await all()).toEqual(rows);
      });

      it('with the privilege granted back, the trigger still refuses', async () => {
        const location = await fixtureCopy();
        const all = () => rawSql(location, `SELECT * FROM ${table} ORDER BY ${key}`);
        const rows = await all();
        for (const sql of attempts(engine, table, key, column))
          await expect(
            rawSql(location, `GRANT UPDATE, DELETE, TRUNCATE ON ${table} TO CURRENT_USER; ${sql}`),
            sql,
          ).rejects.toThrow(/append-only/);
        expect(await all()).toEqual(rows);
      });
    }
  });

  it('appending an acknowledgement still works', async () => {
    const store = await fixtureStore();
    try {
      const added = await store.write((tx) =>
        tx.addAcknowledgement('bf-next-day', {
          department: 'sales',
          version: 2,
          by: 'ivan',
          at: '2026-11-22T10:00:00.000Z',
          state: 'acknowledged',
        }),
      );
      expect(added).toBe(true);
      const campaign = await store.read((tx) => tx.getCampaign('bf-next-day'));
      expect(campaign?.acknowledgements.at(-1)).toMatchObject({ department: 'sales', by: 'ivan' });
    } finally {
      await store.close();
    }
  });

  it('a brief version with a number already published is an error, never an overwrite', async () => {
    const store = await fixtureStore();
    try {
      const before = (await store.read((tx) => tx.getCampaign('bf-next-day')))?.briefVersions;
      await expect(
        store.write((tx) =>
          tx.insertBriefVersion('bf-next-day', {
            version: 1,
            publishedAt: '2026-11-22T10:00:00.000Z',
            change: 'material',
            promise: 'Rewritten history',
          }),
        ),
      ).rejects.toThrow(engine === 'sqlite' ? /append-only/ : /duplicate key/);
      expect((await store.read((tx) => tx.getCampaign('bf-next-day')))?.briefVersions).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('creating a campaign whose key exists is an error, never an overwrite', async () => {
    const store = await fixtureStore();
    try {
      const before = await store.read((tx) => tx.getCampaign('bf-next-day'));
      await expect(
        store.write((tx) =>
          tx.insertCampaign({
            key: 'bf-next-day',
            title: 'Somebody else’s campaign',
            start: '2027-01-01T00:00:00.000Z',
            end: '2027-01-02T00:00:00.000Z',
            status: 'draft',
            channels: [],
            departments: ['marketing'],
            owner: 'maria',
          }),
        ),
      ).rejects.toThrow(engine === 'sqlite' ? /UNIQUE/ : /duplicate key/);
      expect(await store.read((tx) => tx.getCampaign('bf-next-day'))).toEqual(before);
    } finally {
      await store.close();
    }
  });
});

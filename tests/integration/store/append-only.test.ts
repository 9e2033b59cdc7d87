// Acknowledgements, decisions, published brief versions, samples, the audit trail and the
// change log are promises people rely on: the workspace file itself refuses to change,
// delete or replace them — also through INSERT OR REPLACE and upserts, which would
// otherwise slip past UPDATE and DELETE triggers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../electron/store/sqlite/sqlite-store.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { createFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();

/** Each append-only table: its key column and a column an attacker would like to change. */
const TABLES: [table: string, key: string, column: string][] = [
  ['acknowledgements', 'id', 'at'],
  ['decisions', 'id', 'at'],
  ['brief_versions', 'id', 'published_at'],
  ['samples', 'id', 'value'],
  ['audit_events', 'id', 'at'],
  ['change_log', 'seq', 'at'],
];

async function fixtureStore(): Promise<SqliteStore> {
  const file = path.join(tempDir(), 'workspace.sqlite');
  await createFixtureWorkspace(file);
  return SqliteStore.open(file);
}

describe.each(TABLES)('%s', (table, key, column) => {
  it('UPDATE, DELETE, REPLACE and upserts fail and leave every row as it was', async () => {
    const store = await fixtureStore();
    try {
      const all = () => store.db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all();
      const rows = all();
      expect(rows.length).toBeGreaterThan(0);
      const first = `(SELECT min(${key}) FROM ${table})`;
      const attempts = [
        `UPDATE ${table} SET ${column} = ${column} + 1`,
        `DELETE FROM ${table} WHERE ${key} = ${first}`,
        `DELETE FROM ${table}`,
        `INSERT OR REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${key} = ${first}`,
        `REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${key} = ${first}`,
        `INSERT INTO ${table} SELECT * FROM ${table} WHERE true AND ${key} = ${first}
           ON CONFLICT DO UPDATE SET ${column} = excluded.${column} + 1`,
        `UPDATE OR REPLACE ${table} SET ${column} = ${column} + 1 WHERE ${key} = ${first}`,
      ];
      for (const sql of attempts) expect(() => store.db.prepare(sql).run(), sql).toThrow(/append-only/);
      expect(all()).toEqual(rows);
    } finally {
      await store.close();
    }
  });
});

describe('inserts', () => {
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
      ).rejects.toThrow(/append-only/);
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
      ).rejects.toThrow(/UNIQUE/);
      expect(await store.read((tx) => tx.getCampaign('bf-next-day'))).toEqual(before);
    } finally {
      await store.close();
    }
  });
});

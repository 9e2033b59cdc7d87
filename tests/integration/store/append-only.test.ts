// Acknowledgements, decisions and the audit trail are promises people rely on:
// the workspace file itself refuses to change or delete them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../electron/store/sqlite/sqlite-store.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { createFixtureWorkspace } from '../../helpers/workspace.ts';

const tempDir = useTempDir();

describe.each(['acknowledgements', 'decisions', 'audit_events'])('%s', (table) => {
  it('UPDATE and DELETE fail and leave every row as it was', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    await createFixtureWorkspace(file);
    const store = SqliteStore.open(file);
    try {
      const rows = store.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
      expect(rows.length).toBeGreaterThan(0);
      expect(() => store.db.prepare(`UPDATE ${table} SET at = at + 1`).run()).toThrow(/append-only/);
      expect(() =>
        store.db.prepare(`DELETE FROM ${table} WHERE id = (SELECT min(id) FROM ${table})`).run(),
      ).toThrow(/append-only/);
      expect(() => store.db.prepare(`DELETE FROM ${table}`).run()).toThrow(/append-only/);
      expect(store.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()).toEqual(rows);
    } finally {
      await store.close();
    }
  });
});

describe('inserts', () => {
  it('appending an acknowledgement still works', async () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    await createFixtureWorkspace(file);
    const store = SqliteStore.open(file);
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
});

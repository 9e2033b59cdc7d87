// Acknowledgements, decisions and the audit trail are promises people rely on:
// the database itself refuses to change or delete them, on both engines.
import { describe, expect, it } from 'vitest';
import { ENGINES, openStoreAt, rawSql, useTemplate } from '../../helpers/engines.ts';
import { createFixtureWorkspace } from '../../helpers/workspace.ts';

describe.each(ENGINES)('%s', (engine) => {
  const fixtureCopy = useTemplate(engine, createFixtureWorkspace);

  describe.each(['acknowledgements', 'decisions', 'audit_events'])('%s', (table) => {
    it('UPDATE and DELETE fail and leave every row as it was', async () => {
      const location = await fixtureCopy();
      const rows = () => rawSql(location, `SELECT * FROM ${table} ORDER BY id`);
      const before = await rows();
      expect(before.length).toBeGreaterThan(0);
      await expect(rawSql(location, `UPDATE ${table} SET at = at + 1`)).rejects.toThrow(/append-only/);
      await expect(
        rawSql(location, `DELETE FROM ${table} WHERE id = (SELECT min(id) FROM ${table})`),
      ).rejects.toThrow(/append-only/);
      await expect(rawSql(location, `DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      expect(await rows()).toEqual(before);
    });
  });

  it('appending an acknowledgement still works', async () => {
    const store = await openStoreAt(await fixtureCopy());
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
